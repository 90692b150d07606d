package org.enrollflow.admission;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.application.PointsAdmissionProcess;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.PointsScenario;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From reviewed cases to published admissions, on both paths, as deployed: the allocation, the
 * bureau's placement by hand, the publication, and the notice in the API, by mail and as a PDF.
 */
@EnrollFlowIntegrationTest
class AdmissionProcessTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

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
	void generalPathAdmitsByLotteryThenCatchmentLeavesTheRestToTheBureauAndPublishesOnlyWhenAsked() throws Exception {
		String privateSchool = scenario.privateSchool("AP" + scenario.schoolCode);
		String smallSchool = "SM" + scenario.schoolCode;
		scenario.admin(post("/api/admin/schools").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "青洋小学分校", "type": "PUBLIC", "district": "320402", "seats": 1, "campaignId": "%s"}
				""".formatted(smallSchool, scenario.campaignId))).andExpect(status().isCreated());
		List<Family> families = new ArrayList<>();
		List<String> cases = new ArrayList<>();
		for (String child : List.of("赵小一", "赵小二", "赵小三", "赵小四", "赵小五")) {
			Family family = scenario.localFamily(child);
			families.add(family);
			cases.add(scenario.confirmedCase(family));
		}
		// the last two live where the small school's catchment is, which has one seat
		scenario.importCsv("catchments", "school_code,address_prefix\n%s,%s\n%s,%s\n".formatted(smallSchool,
				families.get(3).address(), smallSchool, families.get(4).address()));
		scenario.admin(post("/api/admin/campaigns/" + scenario.campaignId + "/allocation")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CONFIRMATION_STILL_OPEN"));
		EnrollmentScenario.moveClockTo(scenario.signupOpens.plusSeconds(60));
		for (int i = 0; i < 3; i++) {
			scenario.runDueJobs(cases.get(i));
			scenario.signUpPrivate(families.get(i), cases.get(i), privateSchool).andExpect(status().isOk());
		}
		String campaign = "/api/admin/campaigns/" + scenario.campaignId;
		scenario.admin(post(campaign + "/lottery/commitment")).andExpect(status().isCreated());
		EnrollmentScenario.moveClockTo(scenario.signupCloses.plusSeconds(60));
		cases.forEach(scenario::runDueJobs);
		scenario.admin(post(campaign + "/allocation")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LOTTERY_NOT_DRAWN"));
		List<String> drawn = JsonPath.read(EnrollmentScenario.body(scenario.admin(post(campaign + "/lottery"))
			.andExpect(status().isOk())), "$.schools[0].admitted");

		scenario.admin(post(campaign + "/allocation")).andExpect(status().isOk())
			.andExpect(jsonPath("$.admitted").value(4))
			.andExpect(jsonPath("$.notAdmitted").value(0))
			.andExpect(jsonPath("$.unplaced").value(1));
		scenario.admin(post(campaign + "/allocation")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ALREADY_ALLOCATED"));

		for (int i = 0; i < cases.size(); i++) {
			scenario.runDueJobs(cases.get(i));
			String before = scenario.read(families.get(i), cases.get(i));
			assertThat((String) JsonPath.read(before, "$.status")).isEqualTo("ONSITE_REVIEW_ENDED");
			assertThat((Object) JsonPath.read(before, "$.admission")).isNull();
			scenario.parent(families.get(i), get("/api/applications/" + cases.get(i) + "/notice"))
				.andExpect(status().isNotFound());
		}
		Task placement = tasks.createTaskQuery().taskDefinitionKey(AdmissionProcess.TASK_PLACE_BY_HAND)
			.processInstanceBusinessKeyIn(cases.toArray(String[]::new)).singleResult();
		assertThat(placement).isNotNull();
		String unplaced = runtime.createProcessInstanceQuery().processInstanceId(placement.getProcessInstanceId())
			.singleResult().getBusinessKey();
		assertThat(unplaced).isIn(cases.get(3), cases.get(4));
		assertThat(tasks.getIdentityLinksForTask(placement.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("district-3204");
		assertThat((String) tasks.getVariable(placement.getId(), FreeSeatsFacts.FREE_SEATS)).contains(scenario.schoolCode)
			.doesNotContain(smallSchool);
		scenario.admin(post(campaign + "/results/publication")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("PLACEMENT_INCOMPLETE"));

		assertThatThrownBy(() -> tasks.complete(placement.getId(),
				Map.of("reviewOutcome", "APPROVE", AdmissionProcess.VAR_SCHOOL_CODE, smallSchool)))
			.hasMessageContaining(smallSchool);
		tasks.complete(placement.getId(), Map.of("reviewOutcome", "APPROVE", AdmissionProcess.VAR_SCHOOL_CODE,
				scenario.schoolCode.toLowerCase()));

		scenario.admin(post(campaign + "/results/publication")).andExpect(status().isOk())
			.andExpect(jsonPath("$.published").value(5));
		scenario.admin(post(campaign + "/results/publication")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ALREADY_PUBLISHED"));
		cases.forEach(scenario::runDueJobs);

		for (int i = 0; i < cases.size(); i++) {
			String admitted = scenario.read(families.get(i), cases.get(i));
			assertThat((String) JsonPath.read(admitted, "$.status")).isEqualTo("ADMITTED");
			assertThat((List<String>) JsonPath.read(admitted, "$.availableActions")).containsExactly("VIEW_NOTICE");
			String route = JsonPath.read(admitted, "$.admission.route");
			String school = JsonPath.read(admitted, "$.admission.schoolId");
			if (drawn.contains(cases.get(i))) {
				assertThat(route).isEqualTo("PRIVATE_LOTTERY");
				assertThat(school).isEqualTo(privateSchool);
			}
			else if (cases.get(i).equals(unplaced)) {
				assertThat(route).isEqualTo("MANUAL");
				assertThat((String) JsonPath.read(admitted, "$.admission.schoolCode")).isEqualTo(scenario.schoolCode);
			}
			else {
				assertThat(route).isEqualTo("CATCHMENT");
			}
		}
		Family first = families.get(0);
		scenario.parent(first, get("/api/applications/" + cases.get(0) + "/notice")).andExpect(status().isOk())
			.andExpect(jsonPath("$.childName").value("赵小一"))
			.andExpect(jsonPath("$.outcome").value("ADMITTED"))
			.andExpect(jsonPath("$.childIdNumber").value(org.hamcrest.Matchers.containsString("*")));
		byte[] pdf = scenario.parent(first, get("/api/applications/" + cases.get(0) + "/notice")
			.accept(MediaType.APPLICATION_PDF)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("赵小一").doesNotContain(first.childId());
		}
		String messages = EnrollmentScenario.body(scenario.parent(first, get("/api/messages")));
		assertThat((String) JsonPath.read(messages, "$[0].subject")).contains("赵小一").contains("admitted");
		scenario.parent(families.get(1), get("/api/applications/" + cases.get(0) + "/notice"))
			.andExpect(status().isNotFound());
	}

	@Test
	void pointsPathAdmitsByRankAndWishesAfterTheRecheckClose() throws Exception {
		PointsScenario points = scenarios.points(scenario);
		String top = JsonPath.read(EnrollmentScenario.body(scenario.admin(post("/api/admin/schools")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "TOP%s", "name": "同安区热门小学", "type": "PUBLIC", "district": "%s", "seats": 1, "campaignId": "%s"}
					""".formatted(scenario.schoolCode, PointsScenario.DISTRICT, points.campaignId)))
			.andExpect(status().isCreated())), "$.id");
		String other = points.schoolId;

		PointsScenario.Family best = points.family("陈一");
		String bestCase = points.reviewed(best);
		PointsScenario.Family second = points.family("陈二");
		String secondCase = points.underReview(second);
		points.complete(points.task(secondCase, PointsAdmissionProcess.TASK_AUDIT_HOUSING), "REJECT", "非本区房产", Map.of());
		points.approveAudits(secondCase);
		for (var entry : Map.of(best, bestCase, second, secondCase).entrySet()) {
			points.parent(entry.getKey(), put("/api/applications/" + entry.getValue() + "/preferences")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"schoolIds\": [\"%s\", \"%s\"]}".formatted(top, other))).andExpect(status().isOk());
		}
		String campaign = "/api/admin/campaigns/" + points.campaignId;
		scenario.admin(post(campaign + "/allocation")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("RECHECK_STILL_OPEN"));

		scenario.admin(post(campaign + "/lottery/commitment")).andExpect(status().isCreated());
		EnrollmentScenario.moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(40)));
		points.runDueJobs(bestCase);
		points.runDueJobs(secondCase);
		scenario.admin(post(campaign + "/lottery")).andExpect(status().isOk());
		scenario.admin(post(campaign + "/allocation")).andExpect(status().isOk())
			.andExpect(jsonPath("$.admitted").value(2))
			.andExpect(jsonPath("$.unplaced").value(0));
		scenario.admin(post(campaign + "/results/publication")).andExpect(status().isOk());
		points.runDueJobs(bestCase);
		points.runDueJobs(secondCase);

		String first = points.read(best, bestCase);
		assertThat((String) JsonPath.read(first, "$.status")).isEqualTo("ADMITTED");
		assertThat((String) JsonPath.read(first, "$.admission.schoolId")).isEqualTo(top);
		assertThat((String) JsonPath.read(first, "$.admission.route")).isEqualTo("POINTS_RANK");
		String next = points.read(second, secondCase);
		assertThat((String) JsonPath.read(next, "$.admission.schoolId")).isEqualTo(other);
		assertThat(new String(points.parent(best, get("/api/applications/" + bestCase + "/notice"))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("同安区热门小学");
	}

}
