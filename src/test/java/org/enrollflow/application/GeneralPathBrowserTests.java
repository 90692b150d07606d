package org.enrollflow.application;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.testing.Browser;
import org.enrollflow.testing.BrowserTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.enrollflow.testing.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The general path in the portal on a phone, in Chinese and in English: a local family from the
 * identity binding to the private-school signup, and a migrant family booking its on-site review.
 * Every page is kept as a screenshot, checked with axe-core, and must not hold any full ID number
 * of the family. The test data comes through the API ({@link EnrollmentScenario}); everything a
 * parent does happens in the browser, and the test runs the due jobs as the job executor would.
 */
@BrowserTest
@AutoConfigureMockMvc
class GeneralPathBrowserTests {

	private static final Pattern CASE_PAGE = Pattern.compile("/portal/applications/([0-9a-f\\-]{36})$");

	@Autowired
	Scenarios scenarios;

	@Autowired
	IdentityService identity;

	@Autowired
	MessageSource messages;

	EnrollmentScenario scenario;

	Browser browser;

	Locale locale;

	String language;

	/** The full ID numbers no page may show. */
	List<String> idNumbers = List.of();

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.general();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "zh", "en" })
	void aLocalFamilyBindsCorrectsFillsInConfirmsAndSignsUpForAPrivateSchool(String lang, Browser browser)
			throws Exception {
		use(lang, browser);
		String stars = "PS" + scenario.schoolCode;
		String moon = "PM" + scenario.schoolCode;
		scenario.privateSchool(stars);
		scenario.privateSchool(moon);
		Family family = scenario.localFamily("张小明");
		idNumbers = List.of(family.fatherId(), family.motherId(), family.childId());
		logIn(family);

		// Binding with a wrong household number fails, with the reason; the correction binds.
		browser.open("/portal/general/new?campaign=" + scenario.campaignId);
		assertThat(browser.title()).isEqualTo(text("general.title.new"));
		page("new");
		browser.click("#householdType-LOCAL")
			.type("child-name", family.childName())
			.type("child-idNumber", family.childId())
			.type("householdNumber", "HH-WRONG-1");
		go("main button.primary");
		String id = caseId();
		assertThat(browser.text(".general-actions .notice")).isEqualTo(text("general.new.started"));
		assertThat(browser.driver().getPageSource()).doesNotContain(family.childId());

		browser.open("/portal/general/" + id);
		assertThat(browser.text(".status")).isEqualTo(text("status.BINDING"));
		assertThat(browser.text(".general-actions")).contains(text("general.statusHint.BINDING"));
		page("binding-running");
		scenario.runDueJobs(id);
		browser.driver().navigate().refresh();
		assertThat(browser.text(".status")).isEqualTo(text("status.BINDING_FAILED"));
		assertThat(browser.text("main")).contains(text("check.HOUSEHOLD_NUMBER_MISMATCH"));
		page("binding-failed");

		go(".general-actions a[href$='/binding']");
		assertThat(browser.title()).isEqualTo(text("general.title.binding"));
		assertThat(browser.text(".cards")).contains(text("check.HOUSEHOLD_NUMBER_MISMATCH"));
		assertThat(browser.find("#child-name").getAttribute("value")).isEqualTo(family.childName());
		assertThat(browser.find("#child-idNumber").getAttribute("value")).isEmpty();
		assertThat(browser.text("#child-idNumber-hint")).contains(family.childId().substring(14));
		page("binding-correction");
		browser.type("householdNumber", family.householdNumber());
		go("main button.primary");
		assertThat(caseId()).isEqualTo(id);
		scenario.runDueJobs(id);

		// The details: a wrong second guardian's ID number is refused next to the field, the rest kept.
		browser.open("/portal/general/" + id);
		assertThat(browser.text(".status")).isEqualTo(text("status.DRAFT"));
		page("bound");
		go(".general-actions a[href$='/details']");
		assertThat(browser.title()).isEqualTo(text("general.title.details"));
		page("details");
		choose("guardian1-relation", "FATHER");
		browser.type("guardian2-name", "李娜");
		choose("guardian2-idType", "RESIDENT_ID");
		browser.type("guardian2-idNumber", wrongCheckCharacter(family.motherId()))
			.type("guardian2-phone", "13900000000");
		choose("guardian2-relation", "MOTHER");
		browser.type("address", family.address()).click("#property-kind-CERTIFICATE")
			.type("property-number", family.certificate());
		go("button[value=save]");
		assertThat(browser.find("#guardian2-idNumber").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find("#guardian2-idNumber").getAttribute("aria-describedby")).contains("guardian2-idNumber-error");
		assertThat(browser.text("#guardian2-idNumber-error")).isEqualTo(text("problem.ID_CHECK_DIGIT"));
		assertThat(browser.find("#guardian2-name").getAttribute("value")).isEqualTo("李娜");
		assertThat(browser.find("#guardian2-name").getAttribute("aria-invalid")).isEqualTo("false");
		assertThat(browser.find("#guardian2-phone").getAttribute("value")).isEqualTo("13900000000");
		assertThat(browser.find("#address").getAttribute("value")).isEqualTo(family.address());
		assertThat(browser.find("#property-number").getAttribute("value")).isEqualTo(family.certificate());
		assertThat(browser.find("#property-kind-CERTIFICATE").isSelected()).isTrue();
		assertThat(selected("guardian1-relation")).isEqualTo("FATHER");
		assertThat(selected("guardian2-relation")).isEqualTo("MOTHER");
		page("details-refused");

		browser.type("guardian2-idNumber", family.motherId());
		go("button[value=save]");
		assertThat(browser.url()).endsWith("/portal/general/" + id + "/details");
		assertThat(browser.text("p.notice[role=status]")).isEqualTo(text("general.details.saved"));
		assertThat(browser.find("#guardian2-idNumber").getAttribute("value")).isEmpty();
		assertThat(browser.text("#guardian2-idNumber-hint")).contains(family.motherId().substring(14));
		assertThat(browser.find("#guardian2-name").getAttribute("value")).isEqualTo("李娜");
		page("details-saved");

		// Submitted, verified, shown beside the registry data; withdrawn once, submitted again, confirmed.
		go("button[value=submit]");
		assertThat(caseId()).isEqualTo(id);
		assertThat(browser.text(".general-actions .notice")).isEqualTo(text("general.details.submitted"));
		scenario.runDueJobs(id);
		browser.open("/portal/general/" + id);
		assertThat(browser.text(".status")).isEqualTo(text("status.AWAITING_CONFIRMATION"));
		page("verified");
		go(".general-actions a[href$='/confirmation']");
		assertThat(browser.title()).isEqualTo(text("general.title.confirmation"));
		assertThat(browser.all(".cards .passed")).isNotEmpty();
		assertThat(browser.all(".cards .failed")).isEmpty();
		String table = browser.text("table");
		assertThat(table).contains(family.certificate(), "98.50", "李娜", "13900000000");
		assertThat(table.split(Pattern.quote(family.address()), -1)).hasSize(3);
		assertThat(browser.text("#confirm-warning")).isEqualTo(text("general.confirm.warning"));
		page("confirmation");

		go("#reopen");
		assertThat(browser.url()).endsWith("/portal/general/" + id + "/details");
		assertThat(browser.text("p.notice[role=status]")).isEqualTo(text("general.confirm.reopened"));
		page("reopened");
		go("button[value=submit]");
		assertThat(caseId()).isEqualTo(id);
		scenario.runDueJobs(id);
		browser.open("/portal/general/" + id + "/confirmation");
		assertThat(browser.text(".status")).isEqualTo(text("status.AWAITING_CONFIRMATION"));
		page("confirmation-again");
		go("#confirm");
		assertThat(caseId()).isEqualTo(id);
		browser.open("/portal/general/" + id);
		assertThat(browser.text(".status")).isEqualTo(text("status.ONSITE_REVIEW_ENDED"));
		page("confirmed");

		// Private school: not before the window; sign up, change, cancel, sign up again; final after the close.
		browser.open("/portal/general/" + id + "/private-school");
		assertThat(browser.title()).isEqualTo(text("general.title.privateSchool"));
		assertThat(browser.text("main")).contains(text("general.private.notOpen"));
		assertThat(browser.all("#private-choose")).isEmpty();
		page("private-not-open");

		EnrollmentScenario.moveClockTo(scenario.signupOpens.plusSeconds(60));
		scenario.runDueJobs(id);
		browser.open("/portal/general/" + id);
		go(".general-actions a[href$='/private-school']");
		assertThat(browser.text("#private-current")).isEqualTo(text("general.private.none"));
		page("private-open");
		browser.click("#school-" + stars);
		go("#private-choose");
		assertThat(browser.text("p.notice[role=status]")).isEqualTo(text("general.private.signedUp", school(stars)));
		assertThat(browser.text("#private-current")).contains(school(stars));
		page("private-signed-up");
		browser.click("#school-" + moon);
		go("#private-choose");
		assertThat(browser.text("#private-current")).contains(school(moon));
		page("private-changed");
		go("#private-cancel");
		assertThat(browser.text("p.notice[role=status]")).isEqualTo(text("general.private.cancelled"));
		assertThat(browser.text("#private-current")).isEqualTo(text("general.private.none"));
		page("private-cancelled");
		browser.click("#school-" + stars);
		go("#private-choose");
		assertThat(browser.text("#private-current")).contains(school(stars));
		page("private-again");

		String campaign = "/api/admin/campaigns/" + scenario.campaignId;
		scenario.admin(post(campaign + "/lottery/commitment")).andExpect(status().isCreated());
		EnrollmentScenario.moveClockTo(scenario.signupCloses.plusSeconds(60));
		scenario.runDueJobs(id);
		browser.driver().navigate().refresh();
		assertThat(browser.text("#private-closed")).isEqualTo(text("general.private.frozen"));
		assertThat(browser.text("#private-current")).contains(school(stars));
		assertThat(browser.all("#private-choose")).isEmpty();
		assertThat(browser.all("#private-cancel")).isEmpty();
		page("private-closed");

		// Admission: the lottery places the child at the private school, and the notice shows it.
		scenario.admin(post(campaign + "/lottery")).andExpect(status().isOk());
		scenario.admin(post(campaign + "/allocation")).andExpect(status().isOk());
		scenario.admin(post(campaign + "/results/publication")).andExpect(status().isOk());
		scenario.runDueJobs(id);
		browser.open("/portal/general/" + id);
		assertThat(browser.text(".status")).isEqualTo(text("status.ADMITTED"));
		assertThat(browser.text("main")).contains(school(stars));
		page("admitted");
		go(".general-actions a[href$='/notice']");
		assertThat(browser.title()).isEqualTo(text("general.title.notice"));
		assertThat(browser.text("#admission")).contains(school(stars), text("general.notice.route.PRIVATE_LOTTERY"),
				id.substring(0, 8).toUpperCase(Locale.ROOT));
		assertThat(browser.find("#notice-pdf").getAttribute("href")).endsWith("/portal/applications/" + id + "/notice");
		page("notice");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "zh", "en" })
	void aMigrantFamilyIsReviewedOnSiteAndBooksAFreeSlot(String lang, Browser browser) throws Exception {
		use(lang, browser);
		Family family = migrantFamily("王小宇");
		Family neighbour = scenario.localFamily("张小乙", false);
		idNumbers = List.of(family.fatherId(), family.motherId(), family.childId(), neighbour.fatherId(),
				neighbour.motherId(), neighbour.childId());
		String early = scenario.slot(5, 10);
		String only = scenario.slot(6, 1);
		String later = scenario.slot(8, 5);
		String neighbourCase = atOnsiteReview(neighbour);
		logIn(family);

		// Refused forms keep what was typed, a valid ID number out of the page; the case is then deleted.
		browser.open("/portal/general/new?campaign=" + scenario.campaignId);
		go("main button.primary");
		assertThat(browser.find("#householdType-LOCAL").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.text("#householdType-error")).isEqualTo(text("jakarta.validation.constraints.NotNull.message"));
		assertThat(browser.text("#child-name-error")).isNotBlank();
		assertThat(browser.text("#child-idNumber-error")).isNotBlank();
		page("new-refused");
		browser.click("#householdType-LOCAL").type("child-name", family.childName()).type("child-idNumber", family.childId());
		go("main button.primary");
		assertThat(browser.text("#householdNumber-error")).isEqualTo(text("problem.HOUSEHOLD_NUMBER_REQUIRED"));
		assertThat(browser.find("#child-name").getAttribute("value")).isEqualTo(family.childName());
		assertThat(browser.find("#householdType-LOCAL").isSelected()).isTrue();
		assertThat(browser.find("#child-idNumber").getAttribute("value")).isEmpty();
		assertThat(browser.text("#child-idNumber-hint")).contains(family.childId().substring(14));
		page("new-without-household-number");
		browser.click("#householdType-NON_LOCAL");
		go("main button.primary");
		String deleted = caseId();
		browser.open("/portal/general/" + deleted);
		go(".general-actions a[href$='/delete']");
		assertThat(browser.title()).isEqualTo(text("general.title.delete"));
		page("delete");
		go("#delete");
		assertThat(browser.url()).endsWith("/portal/applications");
		browser.open("/portal/general/" + deleted);
		assertThat(browser.title()).isEqualTo(text("general.title.notFound"));
		page("deleted");

		apply(family);
		String id = caseId();
		scenario.runDueJobs(id);
		browser.open("/portal/general/" + id);
		assertThat(browser.text(".status")).isEqualTo(text("status.DRAFT"));
		go(".general-actions a[href$='/details']");
		choose("guardian1-relation", "FATHER");
		browser.type("address", family.address()).click("#property-kind-NONE");
		go("button[value=submit]");
		assertThat(caseId()).isEqualTo(id);
		scenario.runDueJobs(id);

		browser.open("/portal/general/" + id);
		go(".general-actions a[href$='/confirmation']");
		String table = browser.text("table");
		assertThat(table).contains(text("general.householdType.NON_LOCAL"), "341122",
				new GeneralPathPages.Texts(ZoneId.of("Asia/Shanghai"), locale).date(LocalDate.of(2022, 3, 1)));
		assertThat(browser.all(".cards .failed")).isEmpty();
		page("migrant-confirmation");
		go("#confirm");
		browser.open("/portal/general/" + id);
		assertThat(browser.text(".status")).isEqualTo(text("status.ONSITE_REVIEW"));
		page("onsite-review");

		// Booking: a slot taken meanwhile is refused as full; a free one is booked, then moved.
		go(".general-actions a[href$='/appointment']");
		assertThat(browser.title()).isEqualTo(text("general.title.appointment"));
		assertThat(browser.all("input[name=slotId]")).hasSizeGreaterThanOrEqualTo(3);
		page("slots");
		scenario.book(neighbour, neighbourCase, only).andExpect(status().isOk());
		browser.click("#slot-" + only);
		go("main button.primary");
		assertThat(browser.text(".notice.error")).contains(text("problem.SLOT_NOT_AVAILABLE"));
		assertThat(browser.all("#slot-" + only)).isEmpty();
		assertThat(browser.all("#appointment")).isEmpty();
		page("slot-full");

		browser.click("#slot-" + early);
		go("main button.primary");
		assertThat(browser.text("p.notice[role=status]")).isEqualTo(text("general.appointment.booked"));
		assertThat(browser.text("#appointment")).contains("青洋实验小学 报告厅");
		assertThat(browser.text("#bring")).contains(text("bring.RESIDENCE_PERMIT"), text("bring.HOUSEHOLD_BOOKLET"));
		assertThat(browser.find("#slot-" + early).isSelected()).isTrue();
		String booked = browser.text("#appointment");
		page("booked");
		scenario.runDueJobs(id);

		browser.click("#slot-" + later);
		go("main button.primary");
		assertThat(browser.find("#slot-" + later).isSelected()).isTrue();
		assertThat(browser.text("#appointment")).isNotEqualTo(booked);
		page("moved");

		// Another family's case, and a malformed id, are not found.
		browser.open("/portal/general/" + neighbourCase);
		assertThat(browser.title()).isEqualTo(text("general.title.notFound"));
		page("foreign");
		browser.open("/portal/general/not-an-id/details");
		assertThat(browser.title()).isEqualTo(text("general.title.notFound"));
	}

	private void use(String lang, Browser browser) {
		this.browser = browser;
		this.language = lang;
		this.locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	private void logIn(Family family) {
		browser.open("/portal/login" + ("en".equals(language) ? "?lang=en" : ""));
		assertThat(browser.title()).isEqualTo(text("login.title"));
		page("login");
		browser.type("username", family.phone()).type("password", EnrollmentScenario.PASSWORD);
		go("main button.primary");
		assertThat(browser.url()).doesNotContain("/portal/login");
	}

	private void apply(Family family) {
		browser.open("/portal/general/new?campaign=" + scenario.campaignId);
		browser.click("#householdType-NON_LOCAL")
			.type("child-name", family.childName())
			.type("child-idNumber", family.childId());
		go("main button.primary");
	}

	/** The case page the last form redirected to, and the case's id. */
	private String caseId() {
		Matcher matcher = CASE_PAGE.matcher(browser.url());
		assertThat(matcher.find()).as("on the case page: %s", browser.url()).isTrue();
		return matcher.group(1);
	}

	/** A screenshot, the accessibility check, and no full ID number in the page's source. */
	private void page(String name) {
		String source = browser.driver().getPageSource();
		browser.screenshot(language + "-" + name).assertAccessible();
		assertThat((Boolean) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the page %s fits the phone's width", name).isTrue();
		for (String idNumber : idNumbers) {
			assertThat(source).as("the page %s shows no full ID number", name).doesNotContain(idNumber);
		}
	}

	/** Clicks what leaves the page (a link, a form's button) and waits for the next page. */
	private void go(String css) {
		WebElement page = browser.find("html");
		browser.click(css);
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
		wait.until(driver -> gone(page));
		wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/** Whether the element left the document; ChromeDriver says so in more than one way. */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException | NoSuchElementException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	private void choose(String selectId, String value) {
		new Select(browser.find("#" + selectId)).selectByValue(value);
	}

	private String selected(String selectId) {
		WebElement option = new Select(browser.find("#" + selectId)).getFirstSelectedOption();
		return option.getAttribute("value");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String school(String code) {
		return "星辰外国语学校 " + code;
	}

	private static String wrongCheckCharacter(String idNumber) {
		char check = idNumber.charAt(17);
		String wrong = idNumber.substring(0, 17) + (check == '1' ? '2' : '1');
		assertThat(IdNumbers.problem(wrong)).contains("ID_CHECK_DIGIT");
		return wrong;
	}

	/** A migrant family: hukou in Anhui, the father holding a residence permit of the region since 2022. */
	private Family migrantFamily(String childName) throws Exception {
		String father = TestIdNumbers.next("341122", LocalDate.of(1987, 2, 1), true);
		String mother = TestIdNumbers.next("341122", LocalDate.of(1989, 4, 1), false);
		String child = TestIdNumbers.next("341122", EnrollmentScenario.CHILD_BORN, true);
		String household = "AH" + child.substring(10, 17);
		Family family = new Family(father, mother, child, childName, household, EnrollmentScenario.uniquePhone(), null,
				scenario.streetPrefix + "9幢202室");
		scenario.importCsv("persons", """
				id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number
				%s,王强,%s,%s,341122,,
				%s,赵敏,%s,%s,341122,,
				%s,%s,%s,%s,341122,%s,%s
				""".formatted(father, EnrollmentScenario.born(father), household, mother, EnrollmentScenario.born(mother),
				household, child, childName, EnrollmentScenario.born(child), household, father, mother));
		scenario.importCsv("residence-permits", """
				holder_id_number,permit_number,region,residence_since
				%s,JZ-%s,320402,2022-03-01
				""".formatted(father, household));
		scenario.createAccount(family.phone(), "王强", father);
		return family;
	}

	/** A local family without a property, confirmed through the API and waiting for its on-site review. */
	private String atOnsiteReview(Family family) throws Exception {
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		scenario.parent(family, put("/api/applications/" + id + "/details").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"guardian1": {"relation": "FATHER"}, "address": "%s", "property": {"kind": "NONE"}}
					""".formatted(family.address()))).andExpect(status().isOk());
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);
		scenario.action(family, id, "confirm").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ONSITE_REVIEW"));
		return id;
	}

}
