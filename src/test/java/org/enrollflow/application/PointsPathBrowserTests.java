package org.enrollflow.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.document.DocumentSamples;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.testing.Browser;
import org.enrollflow.testing.BrowserTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.PointsScenario;
import org.enrollflow.testing.PointsScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.enrollflow.testing.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The points path (积分入学) in the portal on a phone, in Chinese and in English: a family with
 * twins picks the district, reads the notice until its start button opens, saves a partial draft,
 * comes back to it, adds the second child with a disability and its proof, is refused at submission
 * for the missing housing entry, completes, submits with the code from its messages, sees the points
 * once the auditors approved, chooses its schools and asks for a recheck and a modification; a second
 * family withdraws with a code and registers again in the other district. Every page is photographed,
 * checked with axe-core and searched for the families' full ID numbers.
 * <p>
 * The notice holds its start button {@value #NOTICE_SECONDS} seconds here instead of 30, through the
 * test-only setting {@code enrollflow.portal.points-notice-wait}.
 */
@BrowserTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "enrollflow.portal.points-notice-wait=PT" + PointsPathBrowserTests.NOTICE_SECONDS + "S")
class PointsPathBrowserTests {

	static final int NOTICE_SECONDS = 6;

	private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

	@Autowired
	Scenarios scenarios;

	PointsScenario scenario;

	/** Every full ID number the pages must never hold. */
	private final java.util.Set<String> idNumbers = new java.util.HashSet<>();

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.points();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void twinsRegisterWithADisabilityAreReviewedAndAFamilyWithdrawsAndRegistersAgainInChinese(Browser browser)
			throws Exception {
		walkThrough(browser, Texts.CHINESE);
	}

	@Test
	void twinsRegisterWithADisabilityAreReviewedAndAFamilyWithdrawsAndRegistersAgainInEnglish(Browser browser)
			throws Exception {
		walkThrough(browser, Texts.ENGLISH);
	}

	private void walkThrough(Browser browser, Texts texts) throws Exception {
		Family family = scenario.family(List.of("林一诺", "林一鸣"), 1);
		Family other = scenario.family("林小撤");
		remember(family);
		remember(other);
		logIn(browser, family, texts);

		// the district, then the notice whose start button waits for the reading time and the tick
		browser.open("/portal/points/new?campaign=" + scenario.campaignId);
		assertThat(browser.title()).isEqualTo(texts.districtTitle);
		assertThat(browser.all("input[name=district]")).hasSize(2);
		assertThat(browser.text("label[for=district-350212]")).isEqualTo(texts.tongan);
		check(browser, "district", texts);
		browser.click("#district-350212");
		go(browser, "#district-next");
		String id = startDraft(browser, family, 0, texts, Probe.CONSENT);

		// a partial draft, saved; leaving and coming back loses nothing
		check(browser, "form-new", texts);
		new Select(browser.find("#guardian1-relation")).selectByValue("FATHER");
		browser.type("address", "厦门市同安区祥平街道 88 号");
		go(browser, "#save");
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.saved);
		browser.open("/portal/points/" + id);
		assertThat(browser.title()).isEqualTo(texts.overviewTitle);
		assertThat(browser.find("#points-status").getAttribute("data-status")).isEqualTo("DRAFT");
		check(browser, "overview-draft", texts);
		go(browser, "a[href$='/form']");
		assertThat(new Select(browser.find("#guardian1-relation")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("FATHER");
		assertThat(browser.find("#address").getAttribute("value")).isEqualTo("厦门市同安区祥平街道 88 号");
		assertThat(browser.find("#children-0-name").getAttribute("value")).isEqualTo("林一诺");
		assertThat(browser.text("#children-0-idNumber-hint")).contains(IdNumbers.mask(family.children().get(0)));
		assertThat(browser.text("#children-0-pinyin-shown")).isEqualTo("LIN YI NUO");

		// the second child: a new row, with what was typed but not saved kept
		browser.type("guardian2-name", "黄美玲");
		go(browser, "#add-child");
		assertThat(browser.all("fieldset.child")).hasSize(2);
		assertThat(browser.find("#guardian2-name").getAttribute("value")).isEqualTo("黄美玲");
		assertThat(browser.find("#address").getAttribute("value")).isEqualTo("厦门市同安区祥平街道 88 号");
		check(browser, "form-second-child", texts);
		new Select(browser.find("#guardian2-idType")).selectByValue("RESIDENT_ID");
		browser.type("guardian2-idNumber", family.mother()).type("guardian2-phone", "13900000000");
		new Select(browser.find("#guardian2-relation")).selectByValue("MOTHER");
		browser.type("children-1-name", "林一鸣").type("children-1-idNumber", family.children().get(1));
		browser.click("#children-1-disabled-yes").click("#children-1-disability-types-HEARING");
		browser.type("children-1-disability-certificateNumber", family.disability());
		browser.click("#parentChildCase-1");
		go(browser, "#save");
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.saved);
		assertThat(browser.text("#children-1-pinyin-shown")).isEqualTo("LIN YI MING");
		assertThat(browser.find("#children-1-disabled-yes").isSelected()).isTrue();
		assertThat(browser.text("#guardian2-idNumber-hint")).contains(IdNumbers.mask(family.mother()));
		check(browser, "form-twins", texts);

		// the disability proof: a real PNG from the phone
		Path proof = Files.createTempFile("disability-proof", ".png");
		Files.write(proof, DocumentSamples.png());
		assertThat(browser.find("#documents-DISABILITY_PROOF").getAttribute("capture")).isEqualTo("environment");
		browser.find("#documents-DISABILITY_PROOF").sendKeys(proof.toString());
		go(browser, "#upload");
		assertThat(browser.text("#documents-DISABILITY_PROOF-count")).isEqualTo(texts.oneOfOne);
		assertThat(browser.text("#uploaded")).contains(proof.getFileName().toString());
		check(browser, "form-uploaded", texts);

		// a file uploaded by mistake is deleted, with what was typed meanwhile saved first; a delete button
		// of a page left open while the file was deleted elsewhere says so
		Path mistaken = Files.createTempFile("not-the-proof", ".jpg");
		Files.write(mistaken, DocumentSamples.jpeg());
		browser.find("#documents-DISABILITY_PROOF").sendKeys(mistaken.toString());
		go(browser, "#upload");
		assertThat(browser.text("#documents-DISABILITY_PROOF-count")).isEqualTo(texts.twoOfOne);
		String mistakenId = browser.find("#uploaded li:last-child button[name=deleteDocument]").getAttribute("value");
		scenario.parent(family, delete("/api/applications/" + id + "/documents/" + mistakenId))
			.andExpect(status().isNoContent());
		leave(browser, () -> browser.click("#delete-document-" + mistakenId));
		assertThat(browser.text("#uploaded-error")).isEqualTo(texts.noSuchDocument);
		check(browser, "form-document-gone", texts);

		browser.find("#documents-DISABILITY_PROOF").sendKeys(mistaken.toString());
		go(browser, "#upload");
		browser.type("address", "厦门市同安区祥平街道 89 号");
		WebElement deleteMistaken = browser.all("#uploaded li")
			.stream()
			.filter(item -> item.getText().contains(mistaken.getFileName().toString()))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("button[name=deleteDocument]"));
		assertThat(deleteMistaken.getAttribute("aria-label")).endsWith(mistaken.getFileName().toString());
		leave(browser, deleteMistaken::click);
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.documentDeleted);
		assertThat(browser.text("#uploaded")).contains(proof.getFileName().toString())
			.doesNotContain(mistaken.getFileName().toString());
		assertThat(browser.text("#documents-DISABILITY_PROOF-count")).isEqualTo(texts.oneOfOne);
		assertThat(browser.find("#address").getAttribute("value")).isEqualTo("厦门市同安区祥平街道 89 号");
		assertThat(JsonPath.<List<String>>read(scenario.read(family, id), "$.documents[*].fileName"))
			.containsExactly(proof.getFileName().toString());
		check(browser, "form-document-deleted", texts);

		// submitting without the housing entry: refused, the reason next to the field
		browser.click("#declarationConsent");
		go(browser, "#submit-registration");
		assertThat(browser.text("#error-summary")).startsWith(texts.incomplete);
		assertThat(browser.text("#property-kind-error")).isEqualTo(texts.required);
		assertThat(browser.find("#declarationConsent").isSelected()).isTrue();
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");
		check(browser, "form-refused", texts);

		// complete, send the code, read it from the messages, submit
		browser.click("#property-kind-CERTIFICATE").type("property-number", family.certificate());
		go(browser, "#send-code");
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.codeSent);
		assertThat(browser.find("#declarationConsent").isSelected()).isTrue();
		browser.type("verificationCode", newestCode(family));
		go(browser, "#submit-registration");
		assertThat(browser.url()).endsWith("/portal/points/" + id);
		assertThat(browser.find("#points-status").getAttribute("data-status")).isEqualTo("SUBMITTED");
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.submitted);
		check(browser, "overview-submitted", texts);

		// the auditors approve: the points by item
		scenario.runDueJobs(id);
		scenario.approveAudits(id);
		browser.open("/portal/points/" + id);
		assertThat(browser.find("#points-status").getAttribute("data-status")).isEqualTo("REVIEWED");
		assertThat(browser.all("table.points-table tbody tr")).extracting(row -> row.getAttribute("data-item"))
			.containsExactly("socialInsurancePoints", "residencePoints", "familyPlanningPoints");
		assertThat(browser.all("table.points-table tbody td")).extracting(WebElement::getText)
			.containsExactly("14.0", "20.0", "10.0");
		assertThat(browser.text("tr.points-total td")).isEqualTo("44.0");
		check(browser, "overview-reviewed", texts);

		// the wished-for school
		go(browser, "a[href$='/preferences']");
		check(browser, "preferences", texts);
		new Select(browser.find("#schoolIds-0")).selectByValue(scenario.schoolId);
		go(browser, "#preferences-save");
		assertThat(browser.text("ol.preferences")).contains("同安区实验小学");

		// a recheck, refused without a reason first; the bureau keeps the result
		go(browser, "a[href$='/recheck']");
		go(browser, "#request-send");
		assertThat(browser.text("#reason-error")).isEqualTo(texts.required);
		check(browser, "recheck-refused", texts);
		browser.type("reason", "住房积分应为 10 分,请复查");
		go(browser, "#request-send");
		assertThat(browser.find("#points-status").getAttribute("data-status")).isEqualTo("RECHECK_REQUESTED");
		scenario.complete(scenario.task(id, PointsAdmissionProcess.TASK_DECIDE_RECHECK), "REJECT", "结果无误", Map.of());

		// a modification request
		browser.open("/portal/points/" + id);
		go(browser, "a[href$='/modification']");
		check(browser, "modification", texts);
		browser.type("reason", "监护人二的电话填错了");
		go(browser, "#request-send");
		assertThat(browser.find("#points-status").getAttribute("data-status")).isEqualTo("MODIFICATION_REQUESTED");
		assertThat(browser.all("a[href$='/modification'], a[href$='/recheck']")).isEmpty();
		check(browser, "overview-modification", texts);
		go(browser, "form.inline button");

		// another family withdraws with a code and registers again, in the other district
		String submitted = scenario.underReview(other);
		logIn(browser, other, texts);
		browser.open("/portal/points/" + id);
		assertThat(browser.title()).isEqualTo(texts.notFound);
		check(browser, "foreign-case", texts);
		browser.open("/portal/points/" + submitted);
		assertThat(browser.find("#points-status").getAttribute("data-status")).isEqualTo("UNDER_REVIEW");
		go(browser, "a[href$='/withdrawal']");
		check(browser, "withdrawal", texts);
		go(browser, "#withdraw-confirm");
		assertThat(browser.text("#reason-error")).isEqualTo(texts.required);
		browser.type("reason", "改去翔安区报名");
		go(browser, "#send-code");
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.codeSent);
		assertThat(browser.find("#reason").getAttribute("value")).isEqualTo("改去翔安区报名");
		String code = newestCode(other);
		browser.type("verificationCode", code.equals("000000") ? "111111" : "000000");
		go(browser, "#withdraw-confirm");
		assertThat(browser.text("#verificationCode-error")).startsWith(texts.wrongCode);
		check(browser, "withdrawal-wrong-code", texts);
		browser.type("verificationCode", code);
		go(browser, "#withdraw-confirm");
		assertThat(browser.find("#points-status").getAttribute("data-status")).isEqualTo("WITHDRAWN");
		check(browser, "overview-withdrawn", texts);
		go(browser, "a[href*='/portal/points/new']");
		browser.click("#district-350213");
		go(browser, "#district-next");
		String again = startDraft(browser, other, 0, texts, Probe.TOO_SOON);
		assertThat(again).isNotEqualTo(submitted);
		String registered = scenario.read(other, again);
		assertThat((String) JsonPath.read(registered, "$.status")).isEqualTo("DRAFT");
		assertThat((String) JsonPath.read(registered, "$.registration.district")).isEqualTo(PointsScenario.OTHER_DISTRICT);
		check(browser, "form-again", texts);

		// a child whose name has a character without pinyin: the pinyin to type, kept when saved
		String rareChild = TestIdNumbers.next("340103", EnrollmentScenario.CHILD_BORN, false);
		idNumbers.add(rareChild);
		go(browser, "#add-child");
		browser.type("children-1-name", "周𠮷").type("children-1-idNumber", rareChild);
		go(browser, "#save");
		assertThat(browser.text("#children-1-pinyin-hint")).contains("𠮷");
		assertThat(browser.text("#children-1-idNumber-hint")).contains(IdNumbers.mask(rareChild));
		browser.type("children-1-pinyin", "zhou ji");
		go(browser, "#save");
		assertThat(browser.find("#children-1-pinyin").getAttribute("value")).isEqualTo("ZHOU JI");
		assertThat(browser.find("#children-1-name").getAttribute("value")).isEqualTo("周𠮷");
		check(browser, "form-rare-name", texts);

		// the new draft deleted, after a confirmation
		go(browser, "#delete-draft");
		check(browser, "delete", texts);
		go(browser, "#delete-confirm");
		assertThat(browser.title()).isEqualTo(texts.districtTitle);
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.deleted);
		check(browser, "deleted", texts);
		scenario.parent(other, get("/api/applications/" + again)).andExpect(status().isNotFound());
	}

	/**
	 * The notice page: the start button opens after the reading time and the tick; the child starts
	 * the draft. The server refuses too: without the consent ({@code Probe.CONSENT}) or before the
	 * reading time is over ({@code Probe.TOO_SOON}), when the button is forced open.
	 */
	private String startDraft(Browser browser, Family family, int child, Texts texts, Probe probe) {
		assertThat(browser.title()).isEqualTo(texts.noticeTitle);
		assertThat(browser.find("#notice-start").isEnabled()).as("the start button while the notice is read").isFalse();
		browser.click("#noticeConsent");
		assertThat(browser.find("#noticeConsent").isSelected()).isTrue();
		assertThat(browser.find("#notice-start").isEnabled())
			.as("the start button ticked, before the reading time is over").isFalse();
		browser.type("child-name", family.childNames().get(child)).type("child-idNumber", family.children().get(child));
		check(browser, "notice", texts);
		if (probe == Probe.TOO_SOON) {
			forceStart(browser);
			assertThat(browser.text("#noticeConsent-error")).startsWith(texts.readFirst);
			assertRefusedNoticeKeeps(browser, family, child);
			check(browser, "notice-too-soon", texts);
		}
		waitUntilStartable(browser);
		assertThat(browser.text("#notice-countdown")).isEqualTo(texts.noticeReady);
		browser.click("#noticeConsent");
		assertThat(browser.find("#notice-start").isEnabled()).as("the start button without the tick").isFalse();
		if (probe == Probe.CONSENT) {
			forceStart(browser);
			assertThat(browser.text("#noticeConsent-error")).isEqualTo(texts.consentRequired);
			assertThat(browser.find("#noticeConsent").isSelected()).isFalse();
			assertThat(browser.find("#notice-start").isEnabled()).as("the start button without the tick").isFalse();
			assertRefusedNoticeKeeps(browser, family, child);
			check(browser, "notice-no-consent", texts);
		}
		browser.click("#noticeConsent");
		assertThat(browser.find("#notice-start").isEnabled()).isTrue();
		go(browser, "#notice-start");
		assertThat(browser.url()).matches(".*/portal/points/[0-9a-f-]{36}/form$");
		assertThat(browser.title()).isEqualTo(texts.formTitle);
		assertThat(browser.text(".notice[role=status]")).isEqualTo(texts.started);
		String url = browser.url();
		return url.substring(url.indexOf("/portal/points/") + "/portal/points/".length(), url.lastIndexOf("/form"));
	}

	/** A refused start keeps the child's name, and its ID number held by the server, shown masked. */
	private static void assertRefusedNoticeKeeps(Browser browser, Family family, int child) {
		assertThat(browser.find("#child-name").getAttribute("value")).isEqualTo(family.childNames().get(child));
		assertThat(browser.find("#child-idNumber").getAttribute("value")).isEmpty();
		assertThat(browser.text("#child-idNumber-hint")).contains(IdNumbers.mask(family.children().get(child)));
	}

	private static void waitUntilStartable(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(NOTICE_SECONDS + 10))
			.until(driver -> driver.findElement(By.id("notice-start")).isEnabled());
	}

	/** What a page without its script would let through: the start button, clicked whatever its state. */
	private static void forceStart(Browser browser) {
		leave(browser, () -> ((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].disabled = false; arguments[0].click();", browser.find("#notice-start")));
	}

	/** Clicks what leaves the page, and waits for the next one. */
	private static void go(Browser browser, String css) {
		leave(browser, () -> browser.click(css));
	}

	/** Does what leaves the page, then waits until another document has loaded. */
	private static void leave(Browser browser, Runnable action) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		String marker = java.util.UUID.randomUUID().toString();
		js.executeScript("window.enrollflowPage = arguments[0];", marker);
		action.run();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
			try {
				return !marker.equals(js.executeScript("return window.enrollflowPage || null;"))
						&& "complete".equals(js.executeScript("return document.readyState;"));
			}
			catch (WebDriverException navigating) {
				return false;
			}
		});
	}

	private void logIn(Browser browser, Family family, Texts texts) {
		browser.open("/portal/login" + texts.query);
		browser.type("username", family.phone()).type("password", EnrollmentScenario.PASSWORD);
		go(browser, "button.primary");
		assertThat(browser.url()).doesNotContain("/portal/login");
	}

	/** The code of the family's newest message, as the outbox holds it (no SMS gateway here). */
	private String newestCode(Family family) throws Exception {
		String messages = scenario.body(scenario.parent(family, get("/api/messages")).andExpect(status().isOk()));
		Matcher matcher = CODE.matcher(JsonPath.<String>read(messages, "$[0].body"));
		assertThat(matcher.find()).as("a code in the newest message").isTrue();
		return matcher.group();
	}

	/** Photographs the page, checks it with axe-core and makes sure it holds no full ID number. */
	private void check(Browser browser, String name, Texts texts) {
		browser.screenshot(name + "-" + texts.language).assertAccessible();
		String source = browser.driver().getPageSource();
		for (String idNumber : idNumbers) {
			assertThat(source).as("a full ID number on %s", browser.url()).doesNotContain(idNumber);
		}
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(texts.htmlLang);
	}

	private void remember(Family family) {
		idNumbers.add(family.father());
		idNumbers.add(family.mother());
		idNumbers.addAll(family.children());
	}

	enum Probe {
		CONSENT, TOO_SOON
	}

	/** What the pages say, in each language. */
	record Texts(String language, String query, String htmlLang, String districtTitle, String tongan,
			String noticeTitle, String noticeReady, String formTitle, String started, String saved,
			String overviewTitle, String oneOfOne, String incomplete, String required, String codeSent,
			String submitted, String notFound, String wrongCode, String consentRequired, String readFirst,
			String deleted, String twoOfOne, String documentDeleted, String noSuchDocument) {

		static final Texts CHINESE = new Texts("zh", "", "zh-CN", "选择报名行政区", "同安区", "积分入学报名须知",
				"阅读完毕,勾选同意后即可开始报名。", "积分入学报名信息", "草稿已创建。请填写报名信息,可随时保存草稿。", "草稿已保存。",
				"积分入学报名", "已上传 1 份(需 1 份)", "入学信息尚未填写完整,请补全后再提交。", "必填。", "验证码已发送,请查收后填写。",
				"报名信息已提交,教育局将审核所提交的材料。", "未找到该报名", "验证码不正确", "请先阅读报名须知并勾选同意,再开始报名。",
				"请先认真阅读报名须知(至少 " + NOTICE_SECONDS + " 秒)", "草稿已删除。如需报名,请重新填写所有信息。",
				"已上传 2 份(需 1 份)", "材料已删除。", "未找到该材料。");

		static final Texts ENGLISH = new Texts("en", "?lang=en", "en", "Choose the district", "Tong'an",
				"Points-based admission: notice", "Done reading: tick the consent to start.",
				"Points-based admission: registration",
				"Your draft is created. Fill in the registration; you can save the draft at any time.", "Draft saved.",
				"Points-based admission", "1 uploaded (1 needed)",
				"The enrollment details are incomplete; complete them before submitting.", "Required.",
				"A verification code is on its way; type it in below.",
				"Your registration is submitted. The education bureau will review the material.",
				"Registration not found", "The verification code is wrong",
				"Read the registration notice and tick your consent before you start.",
				"Please read the registration notice first (at least " + NOTICE_SECONDS + " seconds)",
				"The draft is deleted. To register, fill in everything again.", "2 uploaded (1 needed)",
				"Document deleted.", "No such document.");

	}

}
