package org.enrollflow.review;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.enrollflow.application.GeneralEnrollmentProcess;
import org.enrollflow.document.DocumentSamples;
import org.enrollflow.testing.Browser;
import org.enrollflow.testing.BrowserTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.InvalidElementStateException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A school's reviewer in Camunda Tasklist, in a desktop-sized browser: logs in, finds the on-site
 * review of a case in the school's filter (and only there), claims it, reads the case's facts in the
 * deployed form with the ID number masked (Tasklist in Chinese, as the browser prefers; another
 * reviewer's in English), opens the case's document from the form with the same
 * login, rejects it with a comment and completes it; a reviewer of another school sees nothing of it.
 * axe-core checks the form as rendered there (Camunda's own page around it is not ours to check).
 * <p>
 * Tasklist takes no key or mouse events from ChromeDriver here (see {@link Browser#insertText}):
 * fields are filled by inserted text and buttons pressed by script, so the page's own scripts
 * handle them as they handle a person's input.
 */
@BrowserTest
@AutoConfigureMockMvc
class TasklistBrowserTests {

	private static final Duration ANGULAR = Duration.ofSeconds(30);

	private static final String PASSWORD = "review2031pw";

	@Autowired
	Scenarios scenarios;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	AuthorizationService authorizations;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aSchoolReviewerClaimsAndRejectsAnOnsiteReviewWhichAnotherSchoolDoesNotSee(Browser phone) throws Exception {
		EnrollmentScenario scenario = scenarios.general();
		EnrollmentScenario otherSchool = scenarios.general();
		Family family = scenario.localFamily("张小军", false);
		String id = atOnsiteReview(scenario, family);
		Task task = scenario.task(id);
		assertThat(task.getTaskDefinitionKey()).isEqualTo(GeneralEnrollmentProcess.TASK_REVIEW_ON_SITE);
		String group = "school-" + scenario.schoolCode;
		String reviewer = scenarios.staff(group, PASSWORD);
		String stranger = scenarios.staff("school-" + otherSchool.schoolCode, PASSWORD);
		assertThat(authorizations.isUserAuthorized(reviewer, List.of(group), Permissions.ACCESS, Resources.APPLICATION,
				"tasklist")).as("the school's group may use Tasklist").isTrue();

		Browser other = phone.desktop("en");
		logIn(other, stranger, "Log in");
		assertThat(filterNames(other)).isNotEmpty()
			.allMatch(name -> name.contains(otherSchool.schoolCode))
			.noneMatch(name -> name.contains(scenario.schoolCode));
		focusFilter(other, "学校待办 " + otherSchool.schoolCode);
		waitUntil(other, driver -> counterOfFocusedFilter(driver).equals("0"));
		assertThat(other.all(".tasks-list li.task")).isEmpty();
		other.screenshot("other-school-sees-nothing");

		Browser desktop = phone.desktop("zh-CN");
		logIn(desktop, reviewer, "登录");
		assertThat(filterNames(desktop)).containsExactlyInAnyOrder("今日现场审核 " + scenario.schoolCode,
				"学校待办 " + scenario.schoolCode);
		desktop.screenshot("reviewer-filters");
		focusFilter(desktop, "学校待办 " + scenario.schoolCode);
		waitUntil(desktop, driver -> counterOfFocusedFilter(driver).equals("1"));
		List<WebElement> listed = desktop.all(".tasks-list li.task");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).getText()).contains("Review on site").contains("张小军");
		desktop.screenshot("school-filter-with-the-task");

		desktop.press(desktop.find(".tasks-list li.task a"));
		desktop.waitFor("button.claim", ANGULAR);
		assertThat(desktop.text("button.claim")).as("Tasklist in Chinese").isEqualTo("认领");
		desktop.screenshot("task-opened");
		desktop.press(desktop.find("button.claim"));
		waitUntil(desktop, driver -> reviewer.equals(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()));
		desktop.waitFor("input[id$='-OnsiteReview_ChildId']", ANGULAR);
		waitUntil(desktop, driver -> !value(driver, "input[id$='-OnsiteReview_ChildId']").isEmpty());
		assertThat(value(desktop.driver(), "input[id$='-OnsiteReview_ChildName']")).isEqualTo("张小军");
		assertThat(value(desktop.driver(), "input[id$='-OnsiteReview_ChildId']")).matches("320402\\*{8}\\d{3}[\\dX]")
			.isNotEqualTo(family.childId());
		assertThat(value(desktop.driver(), "input[id$='-OnsiteReview_HouseholdType']")).contains("Local hukou");
		assertThat(desktop.source()).doesNotContain(family.childId()).doesNotContain(family.fatherId());
		WebElement document = desktop.find("a[href^='/review/applications/" + id + "/documents/']");
		assertThat(document.getText()).contains("租房合同.pdf");
		assertThat(document.getDomAttribute("target")).isEqualTo("_blank");
		assertThat(desktop.fetch(document.getDomAttribute("href")))
			.as("the document opens with the Tasklist login, no other")
			.isEqualTo(new Browser.Fetched(200, "application/pdf"));
		assertThat(other.fetch(document.getDomAttribute("href")).status()).as("another school's reviewer")
			.isEqualTo(404);
		desktop.screenshot("claimed-form-with-the-facts").assertAccessible(".fjs-container");

		desktop.press(outcome(desktop, "不通过 Reject"));
		desktop.waitFor("textarea[id$='-OnsiteReview_ReviewComment']", ANGULAR);
		desktop.insertText(desktop.find("textarea[id$='-OnsiteReview_ReviewComment']"), "实际未居住,租房合同不符");
		waitUntil(desktop, driver -> value(driver, "textarea[id$='-OnsiteReview_ReviewComment']").equals("实际未居住,租房合同不符"));
		desktop.blur(desktop.find("textarea[id$='-OnsiteReview_ReviewComment']"));
		desktop.screenshot("outcome-chosen");
		desktop.press(desktop.find("button[ng-click='complete()']"));
		waitUntil(desktop, driver -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
		waitUntil(desktop, driver -> driver.findElements(By.cssSelector(".tasks-list li.task")).isEmpty());
		desktop.screenshot("completed");

		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
		assertThat(done.getEndTime()).isNotNull();
		assertThat(done.getAssignee()).isEqualTo(reviewer);
		assertThat(done.getDeleteReason()).isEqualTo("completed");
		assertThat(variable(task, "reviewOutcome")).isEqualTo("REJECT");
		assertThat(variable(task, "reviewComment")).isEqualTo("实际未居住,租房合同不符");
		String rejected = scenario.read(family, id);
		assertThat((String) JsonPath.read(rejected, "$.status")).isEqualTo("ONSITE_REJECTED");
		assertThat((List<String>) JsonPath.read(rejected, "$.timeline[*].note"))
			.anyMatch(note -> note.contains("实际未居住,租房合同不符"));
	}

	/** A family without a home of its own, confirmed, with a slot booked: the school reviews it on site. */
	private static String atOnsiteReview(EnrollmentScenario scenario, Family family) throws Exception {
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		scenario.parent(family, put("/api/applications/" + id + "/details").contentType("application/json").content("""
				{"guardian1": {"relation": "FATHER"}, "address": "%s", "property": {"kind": "NONE"}}
				""".formatted(scenario.streetPrefix + "租住"))).andExpect(status().isOk());
		scenario.parent(family, multipart("/api/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "租房合同.pdf", "application/pdf", DocumentSamples.pdf()))
			.param("type", "OTHER")).andExpect(status().isCreated());
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);
		scenario.action(family, id, "confirm").andExpect(jsonPath("$.status").value("ONSITE_REVIEW"));
		scenario.book(family, id, scenario.slot(5, 10)).andExpect(status().isOk());
		scenario.runDueJobs(id);
		return id;
	}

	/** Logs in on Tasklist's login page, whose button is labelled in the browser's language. */
	private static void logIn(Browser browser, String userId, String buttonLabel) {
		browser.open("/camunda/app/tasklist/");
		waitUntil(browser, driver -> buttonLabel.equals(driver.findElement(By.cssSelector("button[type=submit]")).getText().strip()));
		fill(browser, Map.of("input[ng-model=username]", userId, "input[ng-model=password]", PASSWORD));
		browser.screenshot("tasklist-login");
		browser.press(browser.find("button[type=submit]"));
		browser.waitFor(".task-filter", ANGULAR);
	}

	/**
	 * Fills Angular fields until each holds its text and the app's model has it: again when the app
	 * re-renders a field while it bootstraps, or when its late {@code autofocus} took text meant for
	 * another field.
	 */
	private static void fill(Browser browser, Map<String, String> texts) {
		new WebDriverWait(browser.driver(), ANGULAR)
			.ignoring(StaleElementReferenceException.class)
			.ignoring(InvalidElementStateException.class)
			.until(driver -> {
				boolean filled = true;
				for (Map.Entry<String, String> entry : texts.entrySet()) {
					WebElement field = driver.findElement(By.cssSelector(entry.getKey()));
					if (!entry.getValue().equals(field.getDomProperty("value"))) {
						field.clear();
						browser.insertText(field, entry.getValue());
						filled = false;
					}
					filled &= field.getDomAttribute("class").contains("ng-not-empty");
				}
				return filled;
			});
	}

	/** The names of the filters listed, without the task count Tasklist shows beside the focused one. */
	@SuppressWarnings("unchecked")
	private static List<String> filterNames(Browser browser) {
		return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
				"return Array.from(document.querySelectorAll('.task-filter h4.name a'))"
						+ ".map(a => a.childNodes[0].textContent.trim());");
	}

	private static void focusFilter(Browser browser, String name) {
		WebElement filter = browser.all(".task-filter")
			.stream()
			.filter(candidate -> candidate.findElement(By.cssSelector("h4.name a")).getText().startsWith(name))
			.findFirst()
			.orElseThrow();
		browser.press(filter);
		waitUntil(browser, driver -> driver.findElement(By.cssSelector(".task-filter.active h4.name a")).getText()
			.startsWith(name));
	}

	private static String counterOfFocusedFilter(WebDriver driver) {
		return driver.findElement(By.cssSelector(".task-filter.active .counter")).getText().strip();
	}

	private static WebElement outcome(Browser browser, String label) {
		return browser.all("label.fjs-form-field-label")
			.stream()
			.filter(candidate -> candidate.getText().strip().equals(label))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("input[type=radio]"));
	}

	private static String value(WebDriver driver, String css) {
		return driver.findElement(By.cssSelector(css)).getDomProperty("value");
	}

	private static void waitUntil(Browser browser, Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser.driver(), ANGULAR).ignoring(StaleElementReferenceException.class).until(condition);
	}

	private Object variable(Task task, String name) {
		HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.variableName(name)
			.singleResult();
		return variable == null ? null : variable.getValue();
	}

}
