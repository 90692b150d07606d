package org.enrollflow.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.testing.Browser;
import org.enrollflow.testing.BrowserTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.PointsScenario;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's case pages on a phone: the list with the campaigns to start, general-path cases at
 * several statuses, a points-path case, an admitted case with its notice, the messages, and another
 * parent's case not found; in Chinese and in English, each page checked with axe-core.
 */
@BrowserTest
@AutoConfigureMockMvc
class CasePagesBrowserTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aParentFollowsGeneralCasesAtEachStatusInChineseAndInEnglish(Browser browser) throws Exception {
		EnrollmentScenario first = scenario();
		EnrollmentScenario second = scenario();
		EnrollmentScenario third = scenario();
		Family family = first.localFamily("张小明");
		String bound = first.apply(family, "LOCAL");
		first.runDueJobs(bound);
		String failed = second.apply(family, "LOCAL");
		second.runDueJobs(failed);
		second.saveDetails(family, failed, "FATHER", "苏(2022)常州市不动产权第9999999号").andExpect(status().isOk());
		second.action(family, failed, "submit").andExpect(status().isAccepted());
		second.runDueJobs(failed);
		String awaiting = third.apply(family, "LOCAL");
		third.runDueJobs(awaiting);
		third.saveDetails(family, awaiting, "FATHER", family.certificate()).andExpect(status().isOk());
		third.action(family, awaiting, "submit").andExpect(status().isAccepted());
		third.runDueJobs(awaiting);
		assertThat(List.of(first.statusOf(family, bound), second.statusOf(family, failed),
				third.statusOf(family, awaiting))).containsExactly("DRAFT", "VERIFICATION_FAILED", "AWAITING_CONFIRMATION");

		logIn(browser, family.phone());
		assertThat(browser.url()).endsWith("/portal/applications");
		assertThat(browser.title()).isEqualTo("我的报名");
		assertThat(browser.all("li.card h2").stream().map(WebElement::getText)).containsExactly("张小明", "张小明", "张小明");
		assertThat(browser.all("li.card .status").stream().map(WebElement::getText))
			.containsExactly("待家长确认", "大数据校验未通过", "待填写入学信息");
		assertThat(browser.all("li.card .id-number").stream().map(WebElement::getText))
			.allMatch(shown -> shown.matches("\\d{6}\\*{8}\\d{3}[\\dX]"));
		for (EnrollmentScenario scenario : List.of(first, second, third)) {
			assertThat(browser.find("a.start[href='/portal/general/new?campaign=" + scenario.campaignId + "']").getText())
				.isEqualTo("报名:常州市 2027 年小学入学");
		}
		assertNoFullIdNumber(browser, family);
		browser.screenshot("list").assertAccessible();

		browser.click("a[href='/portal/applications/" + bound + "']");
		assertThat(browser.title()).isEqualTo("张小明的报名");
		assertThat(browser.text(".case-status .status")).isEqualTo("待填写入学信息");
		assertThat(browser.text(".id-number")).matches("320402\\*{8}\\d{3}[\\dX]");
		assertThat(timelineNotes(browser)).contains("提交子女身份绑定", "请填写入学相关信息");
		assertThat(browser.all(".timeline li time").get(0).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(browser.all(".timeline li .actor").stream().map(WebElement::getText)).contains("您", "系统");
		assertDeadlines(browser, first.read(family, bound));
		assertThat(browser.all(".checks li.passed")).isNotEmpty();
		assertNoFullIdNumber(browser, family);
		browser.screenshot("bound").assertAccessible();

		browser.open("/portal/applications/" + failed);
		assertThat(browser.text(".case-status .status")).isEqualTo("大数据校验未通过");
		List<WebElement> failures = browser.all(".checks li.failed");
		assertThat(failures).isNotEmpty();
		assertThat(failures.stream().map(check -> check.findElement(org.openqa.selenium.By.cssSelector(".reason")).getText()))
			.anyMatch(reason -> reason.startsWith("不动产登记中查不到这个证号"));
		assertThat(failures.get(0).getText()).contains("未通过");
		assertNoFullIdNumber(browser, family);
		browser.screenshot("verification-failed").assertAccessible();

		browser.open("/portal/applications/" + awaiting);
		assertThat(browser.text(".case-status .status")).isEqualTo("待家长确认");
		assertDeadlines(browser, third.read(family, awaiting));
		assertThat(browser.text("[data-deadline=confirmation] .left")).matches("还剩 19 天 2[23] 小时");
		assertThat(browser.text("[data-deadline=registrationCloses] .left")).matches("还剩 29 天 2[23] 小时");
		assertThat(timelineNotes(browser)).contains("提交子女身份绑定", "请填写入学相关信息");
		assertNoFullIdNumber(browser, family);
		browser.screenshot("awaiting-confirmation").assertAccessible();

		browser.open("/portal/applications/" + awaiting + "?lang=en");
		assertThat(browser.title()).isEqualTo("张小明's application");
		assertThat(browser.text(".case-status .status")).isEqualTo("Awaiting your confirmation");
		assertThat(browser.text("[data-deadline=confirmation] .deadline-label")).isEqualTo("Confirmation closes");
		assertThat(browser.text("[data-deadline=confirmation] .left")).matches("19 days 2[23] hours left");
		assertThat(timelineNotes(browser)).contains("Identity binding submitted", "Please fill in the enrollment details");
		assertThat(browser.all(".timeline li .actor").stream().map(WebElement::getText)).contains("You", "System");
		browser.screenshot("awaiting-confirmation-en").assertAccessible();
		browser.open("/portal/applications");
		assertThat(browser.title()).isEqualTo("My applications");
		assertThat(browser.all("li.card .status").stream().map(WebElement::getText))
			.containsExactly("Awaiting your confirmation", "Verification failed", "Enrollment details to fill in");
		assertThat(browser.find("a.start[href='/portal/general/new?campaign=" + first.campaignId + "']").getText())
			.isEqualTo("Apply: 常州市 2027 年小学入学");
		browser.screenshot("list-en").assertAccessible();
	}

	@Test
	void aPointsCaseShowsItsDeadlinesChecksAndDocuments(Browser browser) throws Exception {
		EnrollmentScenario base = scenario();
		PointsScenario points = scenarios.points(base);
		PointsScenario.Family family = points.family("林小雨");
		String id = points.underReview(family);
		String documentId = JsonPath.read(points.body(points.upload(family, id, "HOUSEHOLD_BOOKLET_HEAD")
			.andExpect(status().isCreated())), "$.id");

		logIn(browser, family.phone());
		assertThat(browser.find("a.start[href='/portal/points/new?campaign=" + points.campaignId + "']").getText())
			.isEqualTo("报名:同安区 2027 年积分入学");
		assertThat(browser.text("li.card .status")).isEqualTo("审核中");
		browser.screenshot("list-points").assertAccessible();

		browser.click("a[href='/portal/applications/" + id + "']");
		assertThat(browser.title()).isEqualTo("林小雨的报名");
		assertThat(browser.text(".case-status .status")).isEqualTo("审核中");
		assertThat(browser.all(".deadlines li").stream().map(li -> li.getAttribute("data-deadline")))
			.containsExactly("registrationCloses", "modificationCloses", "recheckCloses");
		assertThat(browser.text("[data-deadline=registrationCloses] time")).isEqualTo(SHOWN.format(points.registrationCloses));
		assertThat(browser.text("[data-deadline=modificationCloses] .left")).matches("还剩 14 天 2[23] 小时");
		assertThat(browser.text("[data-deadline=recheckCloses] .left")).matches("还剩 19 天 2[23] 小时");
		assertThat(browser.all(".checks li")).isNotEmpty();
		assertThat(browser.all(".checks li .meta").stream().map(WebElement::getText)).contains("大数据校验");
		assertThat(timelineNotes(browser)).isNotEmpty();
		String href = "/portal/applications/" + id + "/documents/" + documentId;
		assertThat(browser.find("a[href='" + href + "']").getText()).startsWith("户口簿户主页:");
		assertThat(browser.fetch(href)).isEqualTo(new Browser.Fetched(200, "image/png"));
		assertThat(withSessionOf(browser, "/api/applications/" + id + "/documents/" + documentId))
			.as("the API does not take the portal's session").isEqualTo(401);
		assertThat(browser.source()).doesNotContain(family.father()).doesNotContain(family.mother())
			.doesNotContain(family.children().get(0));
		browser.screenshot("points-under-review").assertAccessible();

		browser.open("/portal/applications/" + id + "?lang=en");
		assertThat(browser.text(".case-status .status")).isEqualTo("Under review");
		assertThat(browser.text("[data-deadline=recheckCloses] .deadline-label")).isEqualTo("Recheck requests close");
		assertThat(browser.find("a[href='" + href + "']").getText()).startsWith("Household register, page of the head of household:");
		browser.screenshot("points-under-review-en").assertAccessible();
	}

	@Test
	void anAdmittedCaseLinksItsNotice(Browser browser) throws Exception {
		EnrollmentScenario scenario = scenario();
		Family family = scenario.localFamily("张小禾");
		String id = scenario.confirmedCase(family);
		String campaign = "/api/admin/campaigns/" + scenario.campaignId;
		EnrollmentScenario.moveClockTo(scenario.signupOpens.plusSeconds(60));
		scenario.runDueJobs(id);
		scenario.admin(post(campaign + "/lottery/commitment")).andExpect(status().isCreated());
		EnrollmentScenario.moveClockTo(scenario.signupCloses.plusSeconds(60));
		scenario.runDueJobs(id);
		scenario.admin(post(campaign + "/lottery")).andExpect(status().isOk());
		scenario.admin(post(campaign + "/allocation")).andExpect(status().isOk());
		scenario.admin(post(campaign + "/results/publication")).andExpect(status().isOk());
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("ADMITTED");

		logIn(browser, family.phone());
		browser.open("/portal/applications/" + id);
		assertThat(browser.text(".case-status .status")).isEqualTo("已录取");
		assertThat(browser.text(".admission .school")).isEqualTo("青洋实验小学");
		assertThat(browser.text("[data-deadline=confirmation] .left")).isEqualTo("已截止");
		assertThat(browser.text("[data-deadline=registrationCloses] .left")).matches("还剩 4 天 2[23] 小时");
		String notice = "/portal/applications/" + id + "/notice";
		assertThat(browser.find("a.notice-link").getAttribute("href")).endsWith(notice);
		assertThat(browser.fetch(notice)).isEqualTo(new Browser.Fetched(200, "application/pdf"));
		assertNoFullIdNumber(browser, family);
		browser.screenshot("admitted").assertAccessible();
	}

	@Test
	void anotherParentFindsNoSuchCase(Browser browser) throws Exception {
		EnrollmentScenario scenario = scenario();
		Family owner = scenario.localFamily("张小帆");
		String id = scenario.apply(owner, "LOCAL");
		scenario.runDueJobs(id);
		Family other = scenario.localFamily("张小舟");

		logIn(browser, other.phone());
		assertThat(browser.text(".notice")).isEqualTo("您还没有报名。");
		browser.open("/portal/applications/" + id);
		assertThat(browser.title()).isEqualTo("未找到该报名");
		assertThat(browser.source()).doesNotContain("张小帆");
		browser.screenshot("not-found").assertAccessible();
		assertThat(browser.fetch("/portal/applications/" + id).status()).isEqualTo(404);
		assertThat(browser.fetch("/portal/applications/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(browser.fetch("/portal/applications/not-a-case").status()).isEqualTo(404);
		assertThat(browser.fetch("/portal/applications/" + id + "/documents/" + java.util.UUID.randomUUID()).status())
			.isEqualTo(404);
		assertThat(browser.fetch("/portal/applications/" + id + "/notice").status()).isEqualTo(404);

		browser.open("/portal/applications/" + id + "?lang=en");
		assertThat(browser.title()).isEqualTo("Application not found");
		browser.screenshot("not-found-en").assertAccessible();
	}

	@Test
	void theMessagesPageListsTheMailsNewestFirst(Browser browser) throws Exception {
		EnrollmentScenario scenario = scenario();
		Family family = scenario.localFamily("张小雪");
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		scenario.saveDetails(family, id, "FATHER", family.certificate()).andExpect(status().isOk());
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);
		String mails = mvc.perform(get("/api/messages").with(httpBasic(family.phone(), EnrollmentScenario.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> subjects = JsonPath.read(mails, "$[*].subject");
		List<String> created = JsonPath.read(mails, "$[*].createdAt");
		assertThat(subjects).hasSizeGreaterThanOrEqualTo(2);

		logIn(browser, family.phone());
		browser.click("nav a[href='/portal/messages']");
		assertThat(browser.title()).isEqualTo("消息");
		assertThat(browser.all(".message h2").stream().map(WebElement::getText)).containsExactlyElementsOf(subjects);
		assertThat(browser.all(".message time").stream().map(WebElement::getText))
			.containsExactlyElementsOf(created.stream().map(at -> SHOWN.format(Instant.parse(at))).toList());
		assertThat(browser.all(".message .message-body").get(0).getText()).isNotBlank();
		assertThat(browser.all(".message a").get(0).getAttribute("href")).endsWith("/portal/applications/" + id);
		assertNoFullIdNumber(browser, family);
		browser.screenshot("messages").assertAccessible();

		browser.open("/portal/messages?lang=en");
		assertThat(browser.title()).isEqualTo("Messages");
		assertThat(browser.all(".message h2")).hasSize(subjects.size());
		browser.screenshot("messages-en").assertAccessible();
	}

	private EnrollmentScenario scenario() throws Exception {
		return scenarios.general();
	}

	private static void logIn(Browser browser, String phone) {
		browser.open("/portal/login");
		browser.type("username", phone).type("password", EnrollmentScenario.PASSWORD).click("button.primary");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(driver -> driver.getCurrentUrl().contains("/portal/applications"));
	}

	/** The status of a plain GET with the browser's session cookie, which a browser asks to log in for. */
	private static int withSessionOf(Browser browser, String path) throws Exception {
		String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		URI uri = URI.create(browser.url()).resolve(path);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session).GET().build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static List<String> timelineNotes(Browser browser) {
		return browser.all(".timeline li .note").stream().map(WebElement::getText).toList();
	}

	/** The deadlines the API gives, shown in Shanghai time with the time left. */
	private static void assertDeadlines(Browser browser, String json) {
		String confirmation = JsonPath.read(json, "$.deadlines.confirmation");
		String registration = JsonPath.read(json, "$.deadlines.registrationCloses");
		assertThat(browser.all(".deadlines li").stream().map(li -> li.getAttribute("data-deadline")))
			.containsExactly("confirmation", "registrationCloses");
		assertThat(browser.text("[data-deadline=confirmation] time")).isEqualTo(SHOWN.format(Instant.parse(confirmation)));
		assertThat(browser.text("[data-deadline=registrationCloses] time"))
			.isEqualTo(SHOWN.format(Instant.parse(registration)));
		assertThat(browser.text("[data-deadline=confirmation] .deadline-label")).isEqualTo("信息确认截止");
		assertThat(browser.text("[data-deadline=confirmation] .left")).matches("还剩 \\d+ 天 \\d+ 小时");
	}

	private static void assertNoFullIdNumber(Browser browser, Family family) {
		assertThat(browser.source()).doesNotContain(family.childId())
			.doesNotContain(family.fatherId())
			.doesNotContain(family.motherId());
	}

}
