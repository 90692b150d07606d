package org.enrollflow.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walks {@code private-school-signup.bpmn} as the general path calls it: confirmed cases sign up,
 * change and cancel only while the campaign's window is open; its timers announce the opening and
 * make the choice final at the close.
 */
@EnrollFlowIntegrationTest
class PrivateSchoolSignupProcessTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	EnrollmentScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		AbstractAssertions.init(engine);
		scenario = scenarios.general();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void signsUpChangesAndCancelsOnlyWhileTheWindowIsOpenAndTheCloseMakesItFinal() throws Exception {
		String stars = scenario.privateSchool("PS" + scenario.schoolCode);
		String moon = scenario.privateSchool("PM" + scenario.schoolCode);
		Family family = scenario.localFamily("张小星");
		String id = confirmed(family);
		ProcessInstance window = signupWindow(id);
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(window).isWaitingAt("Event_SignupOpens");

		signUp(family, id, stars).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));

		EnrollmentScenario.moveClockTo(timer(window).plusSeconds(60));
		scenario.runDueJobs(id);
		assertThat(messages(family)).anyMatch(body -> body.contains("报名民办学校"));
		assertThat((List<String>) JsonPath.read(scenario.read(family, id), "$.availableActions")).contains("PRIVATE_SIGNUP");

		signUp(family, id, stars).andExpect(status().isOk()).andExpect(jsonPath("$.privateSchool.schoolId").value(stars))
			.andExpect(jsonPath("$.availableActions").value(org.hamcrest.Matchers.hasItems("CHANGE_PRIVATE_SIGNUP",
					"CANCEL_PRIVATE_SIGNUP")));
		signUp(family, id, moon).andExpect(status().isOk()).andExpect(jsonPath("$.privateSchool.schoolId").value(moon));
		scenario.parent(family, delete("/api/applications/" + id + "/private-school")).andExpect(status().isOk())
			.andExpect(jsonPath("$.privateSchool").doesNotExist());
		scenario.parent(family, delete("/api/applications/" + id + "/private-school")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("NO_PRIVATE_SIGNUP"));
		signUp(family, id, scenario.schoolId).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("schoolId"));
		signUp(family, id, stars).andExpect(status().isOk());

		EnrollmentScenario.moveClockTo(timer(window).plusSeconds(60));
		signUp(family, id, moon).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
		scenario.runDueJobs(id);

		String closed = scenario.read(family, id);
		assertThat((Boolean) JsonPath.read(closed, "$.privateSchool.frozen")).isTrue();
		assertThat((String) JsonPath.read(closed, "$.privateSchool.schoolId")).isEqualTo(stars);
		assertThat((List<String>) JsonPath.read(closed, "$.timeline[*].action")).containsSubsequence("PRIVATE_SIGNUP",
				"PRIVATE_SIGNUP_CHANGED", "PRIVATE_SIGNUP_CANCELLED", "PRIVATE_SIGNUP", "PRIVATE_SIGNUP_CLOSED");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
	}

	@Test
	void onlyConfirmedCasesSignUp() throws Exception {
		String stars = scenario.privateSchool("PX" + scenario.schoolCode);
		Family family = scenario.localFamily("张小未");
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		EnrollmentScenario.moveClockTo(Instant.now().plus(Duration.ofDays(21)).plusSeconds(60));

		signUp(family, id, stars).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_STATE"));
	}

	@Test
	void movingTheSignupCloseMovesTheWaitingTimer() throws Exception {
		Family family = scenario.localFamily("张小移");
		String id = confirmed(family);
		ProcessInstance window = signupWindow(id);
		Instant later = Instant.now().plus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

		scenario.admin(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.patch("/api/admin/campaigns/" + scenario.campaignId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"privateSignupOpens\": \"%s\", \"privateSignupCloses\": \"%s\"}"
				.formatted(later.minus(Duration.ofDays(5)), later)))
			.andExpect(status().isOk());

		assertThat(timer(window)).isEqualTo(later.minus(Duration.ofDays(5)));
	}

	private String confirmed(Family family) throws Exception {
		String id = scenario.confirmedCase(family);
		assertThat(scenario.statusOf(family, id)).isEqualTo("ONSITE_REVIEW_ENDED");
		return id;
	}

	private ProcessInstance signupWindow(String id) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
			.processDefinitionKey("PrivateSchoolSignupProcess").singleResult();
	}

	private Instant timer(ProcessInstance window) {
		Date due = management.createJobQuery().processInstanceId(window.getId()).timers().singleResult().getDuedate();
		return due.toInstant();
	}

	private ResultActions signUp(Family family, String id, String schoolId) throws Exception {
		return scenario.signUpPrivate(family, id, schoolId);
	}

	private List<String> messages(Family family) throws Exception {
		String json = scenario.parent(family, get("/api/messages")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(json, "$[*].body");
	}

}
