package org.enrollflow.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.PointsScenario;
import org.enrollflow.testing.PointsScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.enrollflow.application.PointsAdmissionProcess.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walks every path of {@code points-admission.bpmn} as deployed, through the parents' API and the
 * auditors' tasks, running jobs and moving the clock explicitly.
 */
@EnrollFlowIntegrationTest
class PointsAdmissionProcessTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	PointsScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		AbstractAssertions.init(engine);
		scenario = scenarios.points();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void twinsAreRegisteredAuditedByCategoryAndGetPointsFromVerifiedFacts() throws Exception {
		Family family = scenario.family(List.of("林一诺", "林一鸣"), 1);
		String id = scenario.draft(family);
		assertThat(scenario.process(id)).isWaitingAt("ReceiveTask_Submitted");
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");

		scenario.completeDetails(family, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.children.length()").value(2))
			.andExpect(jsonPath("$.children[1].pinyin").value("LIN YI MING"))
			.andExpect(jsonPath("$.children[1].disability.types[0]").value("HEARING"))
			.andExpect(jsonPath("$.registration.requiredDocuments[0].type").value("DISABILITY_PROOF"));
		scenario.upload(family, id, "DISABILITY_PROOF").andExpect(status().isCreated());
		scenario.submit(family, id).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(scenario.process(id)).isWaitingAt("ServiceTask_VerifyPointsFacts");

		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("UNDER_REVIEW");
		List<Task> audits = scenario.openTasks(id);
		assertThat(audits).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder(TASK_AUDIT_IDENTITY_RELATION, TASK_AUDIT_HOUSING, TASK_AUDIT_DISABILITY,
					TASK_AUDIT_SOCIAL_INSURANCE);
		for (Task audit : audits) {
			assertThat(tasks.getIdentityLinksForTask(audit.getId())).extracting(IdentityLink::getGroupId)
				.contains("district-" + PointsScenario.DISTRICT);
		}

		scenario.approveAudits(id);

		String reviewed = scenario.read(family, id);
		assertThat((String) JsonPath.read(reviewed, "$.status")).isEqualTo("REVIEWED");
		assertThat((List<String>) JsonPath.read(reviewed, "$.points.items[*].item"))
			.containsExactly("socialInsurancePoints", "residencePoints", "familyPlanningPoints");
		// 36 months: 12.0, the mother's 12: 2.0; five permit years: 10, the home: 10; family planning: 10
		assertThat((List<Double>) JsonPath.read(reviewed, "$.points.items[*].points")).containsExactly(14.0, 20.0, 10.0);
		assertThat((Double) JsonPath.read(reviewed, "$.points.total")).isEqualTo(44.0);
		assertThat((Boolean) JsonPath.read(reviewed, "$.points.eligible")).isTrue();
		assertThat((String) JsonPath.read(reviewed, "$.points.items[0].source")).startsWith("AdmissionPoints:");
		assertThat((List<String>) JsonPath.read(reviewed, "$.timeline[*].status")).containsSubsequence("DRAFT",
				"SUBMITTED", "UNDER_REVIEW", "REVIEWED");
		assertThat(scenario.process(id)).isWaitingAt("Gateway_AfterReview");
	}

	@Test
	void aDraftNeverSubmittedIsAbandonedWhenRegistrationClosesAndLaterSubmissionsAreRefused() throws Exception {
		Family family = scenario.family("林小满");
		String id = scenario.draft(family);
		scenario.completeDetails(family, id).andExpect(status().isOk());
		Job close = scenario.timers(id).get(0);
		assertThat(close.getDuedate().toInstant()).isEqualTo(scenario.registrationCloses);

		EnrollmentScenario.moveClockTo(scenario.registrationCloses.plusSeconds(1));
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("ABANDONED");
		assertThat(scenario.process(id)).isNull();

		scenario.submit(family, id, "123456").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
		scenario.details(family, id, scenario.detailsJson(family, 1, "NONE", null)).andExpect(status().isConflict());
		assertThat(scenario.statusOf(family, id)).isEqualTo("ABANDONED");
	}

	@Test
	void aSubmissionBeforeTheCloseOutlivesTheCloseTimer() throws Exception {
		Family family = scenario.family("林小雪");
		String id = scenario.underReview(family);
		assertThat(scenario.timers(id)).isEmpty();
		EnrollmentScenario.moveClockTo(scenario.registrationCloses.plus(Duration.ofHours(1)));
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void aSubmissionRacingTheCloseIsAcceptedOrRefusedNeverBoth() throws Exception {
		for (int round = 0; round < 4; round++) {
			Family family = scenario.family("林竞" + "一二三四".charAt(round));
			String id = scenario.draft(family);
			scenario.completeDetails(family, id).andExpect(status().isOk());
			String code = scenario.code(family, "SUBMIT");
			Job close = scenario.timers(id).get(0);
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.CompletableFuture<Boolean> timer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					management.executeJob(close.getId());
					return true;
				}
				catch (Exception ex) {
					return false;
				}
			});
			start.await();
			int submitted = scenario.submit(family, id, code).andReturn().getResponse().getStatus();
			boolean timerFired = timer.get();

			if (submitted == 202) {
				assertThat(scenario.statusOf(family, id)).isEqualTo("SUBMITTED");
				assertThat(timerFired).isFalse();
				assertThat(scenario.process(id)).isWaitingAt("ServiceTask_VerifyPointsFacts");
			}
			else {
				assertThat(submitted).isEqualTo(409);
				if (!timerFired) {
					// both transactions lost the race and rolled back: the job executor retries the timer
					management.executeJob(close.getId());
				}
				assertThat(scenario.statusOf(family, id)).isEqualTo("ABANDONED");
				assertThat(scenario.process(id)).isNull();
			}
		}
	}

	@Test
	void withoutADeclaredDisabilityThereIsNoDisabilityAudit() throws Exception {
		Family family = scenario.family("林小禾");
		String id = scenario.underReview(family);
		assertThat(scenario.openTasks(id)).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder(TASK_AUDIT_IDENTITY_RELATION, TASK_AUDIT_HOUSING, TASK_AUDIT_SOCIAL_INSURANCE);
	}

	@Test
	void aRefusedCategoryCountsNothingAndARefusedIdentityMakesTheCaseIneligible() throws Exception {
		Family family = scenario.family("林小树");
		String id = scenario.underReview(family);
		scenario.complete(scenario.task(id, TASK_AUDIT_HOUSING), "REJECT", "房产不在本区", Map.of());
		scenario.complete(scenario.task(id, TASK_AUDIT_SOCIAL_INSURANCE), "APPROVE", null, Map.of());
		scenario.complete(scenario.task(id, TASK_AUDIT_IDENTITY_RELATION), "REJECT", "亲子关系材料不全",
				Map.of(VAR_FAMILY_PLANNING_COMPLIANT, true));

		String reviewed = scenario.read(family, id);
		assertThat((String) JsonPath.read(reviewed, "$.status")).isEqualTo("REVIEWED");
		assertThat((List<Double>) JsonPath.read(reviewed, "$.points.items[*].points")).containsExactly(14.0, 0.0, 0.0);
		assertThat((Boolean) JsonPath.read(reviewed, "$.points.eligible")).isFalse();
		assertThat((List<String>) JsonPath.read(reviewed, "$.verifications[?(@.stage == 'AUDIT' && @.passed == false)].reason"))
			.containsExactlyInAnyOrder("Not approved by the auditor: 亲子关系材料不全", "Not approved by the auditor: 房产不在本区");
	}

	@Test
	void anAuditWithoutAnAllowedOutcomeOrWithoutAReasonForRefusingIsNotCompleted() throws Exception {
		Family family = scenario.family("林小石");
		String id = scenario.underReview(family);
		Task housing = scenario.task(id, TASK_AUDIT_HOUSING);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.complete(housing, "MORE_INFO", "x", Map.of()))
			.hasMessageContaining("reviewOutcome");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenario.complete(housing, "REJECT", null, Map.of()))
			.hasMessageContaining("reviewComment");
		assertThat(scenario.task(id, TASK_AUDIT_HOUSING)).isNotNull();
	}

	@Test
	void anApprovedModificationReopensEditingAndTheResubmissionIsReviewedAfresh() throws Exception {
		Family family = scenario.family("林小改");
		String id = scenario.underReview(family);
		scenario.complete(scenario.task(id, TASK_AUDIT_HOUSING), "APPROVE", null, Map.of());

		scenario.request(family, id, "modification-requests", "房产证号填错").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("MODIFICATION_REQUESTED"))
			.andExpect(jsonPath("$.availableActions").value(org.hamcrest.Matchers.contains("WITHDRAW")));
		assertThat(scenario.openTasks(id)).extracting(Task::getTaskDefinitionKey).containsExactly(TASK_DECIDE_MODIFICATION);
		assertThat(tasks.getVariable(scenario.task(id, TASK_DECIDE_MODIFICATION).getId(), VAR_REQUEST_REASON))
			.isEqualTo("房产证号填错");
		scenario.request(family, id, "modification-requests", "again").andExpect(status().isConflict());

		scenario.complete(scenario.task(id, TASK_DECIDE_MODIFICATION), "APPROVE", null, Map.of());
		String reopened = scenario.read(family, id);
		assertThat((String) JsonPath.read(reopened, "$.status")).isEqualTo("MODIFICATION_APPROVED");
		assertThat((List<String>) JsonPath.read(reopened, "$.availableActions")).containsExactly("EDIT", "SUBMIT", "WITHDRAW");
		assertThat((List<String>) JsonPath.read(reopened, "$.timeline[*].action")).contains("MODIFICATION_REQUESTED",
				"MODIFICATION_APPROVE");
		assertThat(scenario.process(id)).isWaitingAt("ReceiveTask_Resubmitted");

		scenario.details(family, id, scenario.detailsJson(family, 1, "NONE", null)).andExpect(status().isOk());
		EnrollmentScenario.moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2)));
		scenario.submit(family, id).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		scenario.runDueJobs(id);
		assertThat(scenario.openTasks(id)).hasSize(3);
		scenario.approveAudits(id);
		String reviewed = scenario.read(family, id);
		assertThat((String) JsonPath.read(reviewed, "$.status")).isEqualTo("REVIEWED");
		assertThat((Double) JsonPath.read(reviewed, "$.points.items[1].points")).isEqualTo(10.0);
	}

	@Test
	void anApprovedModificationNotResubmittedByItsCloseIsAbandoned() throws Exception {
		Family family = scenario.family("林小迟");
		String id = scenario.underReview(family);
		scenario.request(family, id, "modification-requests", "地址有误").andExpect(status().isAccepted());
		scenario.complete(scenario.task(id, TASK_DECIDE_MODIFICATION), "APPROVE", null, Map.of());
		assertThat(scenario.timers(id)).extracting(job -> job.getDuedate().toInstant())
			.containsExactly(scenario.modificationCloses);

		EnrollmentScenario.moveClockTo(scenario.modificationCloses.plusSeconds(1));
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("ABANDONED");
		scenario.submit(family, id, "123456").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
	}

	@Test
	void aModificationRefusedDuringTheReviewSendsTheCaseBackToItsAuditors() throws Exception {
		Family family = scenario.family("林小退");
		String id = scenario.underReview(family);
		scenario.request(family, id, "modification-requests", "想改电话").andExpect(status().isAccepted());
		scenario.complete(scenario.task(id, TASK_DECIDE_MODIFICATION), "REJECT", "电话可直接联系教育局更改", Map.of());

		assertThat(scenario.statusOf(family, id)).isEqualTo("SUBMITTED");
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("UNDER_REVIEW");
		assertThat(scenario.openTasks(id)).hasSize(3);
		assertThat((List<String>) JsonPath.read(scenario.read(family, id), "$.timeline[?(@.action == 'MODIFICATION_REJECT')].note"))
			.singleElement().asString().endsWith("电话可直接联系教育局更改");
	}

	@Test
	void aModificationRefusedDuringTheReviewKeepsTheAuditsDoneAndLeavesOnlyTheOthersToAudit() throws Exception {
		Family family = scenario.family(List.of("林小留"), 0);
		String id = scenario.underReview(family);
		assertThat(scenario.openTasks(id)).hasSize(4);
		scenario.complete(scenario.task(id, TASK_AUDIT_HOUSING), "REJECT", "房产不在本区", Map.of());
		scenario.complete(scenario.task(id, TASK_AUDIT_DISABILITY), "APPROVE", null, Map.of());
		scenario.request(family, id, "modification-requests", "想改电话").andExpect(status().isAccepted());
		scenario.complete(scenario.task(id, TASK_DECIDE_MODIFICATION), "REJECT", "电话可直接联系教育局更改", Map.of());
		scenario.runDueJobs(id);

		assertThat(scenario.statusOf(family, id)).isEqualTo("UNDER_REVIEW");
		assertThat(scenario.openTasks(id)).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder(TASK_AUDIT_IDENTITY_RELATION, TASK_AUDIT_SOCIAL_INSURANCE);
		scenario.approveAudits(id);

		String reviewed = scenario.read(family, id);
		assertThat((String) JsonPath.read(reviewed, "$.status")).isEqualTo("REVIEWED");
		assertThat((List<String>) JsonPath.read(reviewed, "$.verifications[?(@.stage == 'AUDIT' && @.passed == false)].reason"))
			.containsExactly("Not approved by the auditor: 房产不在本区");
		assertThat((List<String>) JsonPath.read(reviewed, "$.verifications[?(@.stage == 'AUDIT' && @.passed == true)].check"))
			.containsExactlyInAnyOrder("IDENTITY_RELATION", "DISABILITY", "SOCIAL_INSURANCE");

		// a granted recheck audits everything again, the categories kept before included
		scenario.request(family, id, "recheck-requests", "房产在本区").andExpect(status().isAccepted());
		scenario.complete(scenario.task(id, TASK_DECIDE_RECHECK), "APPROVE", null, Map.of());
		scenario.runDueJobs(id);
		assertThat(scenario.openTasks(id)).extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder(TASK_AUDIT_IDENTITY_RELATION, TASK_AUDIT_HOUSING, TASK_AUDIT_SOCIAL_INSURANCE,
					TASK_AUDIT_DISABILITY);
	}

	@Test
	void aModificationRefusedAfterTheReviewKeepsThePoints() throws Exception {
		Family family = scenario.family("林小守");
		String id = scenario.reviewed(family);
		scenario.request(family, id, "modification-requests", "补充材料").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("MODIFICATION_REQUESTED"));
		scenario.complete(scenario.task(id, TASK_DECIDE_MODIFICATION), "REJECT", "审核已完成", Map.of());

		String reviewed = scenario.read(family, id);
		assertThat((String) JsonPath.read(reviewed, "$.status")).isEqualTo("REVIEWED");
		assertThat((Double) JsonPath.read(reviewed, "$.points.total")).isEqualTo(44.0);
		assertThat(scenario.process(id)).isWaitingAt("Gateway_AfterReview");
	}

	@Test
	void aGrantedRecheckHasTheMaterialAuditedAgainAndARefusedOneKeepsTheResult() throws Exception {
		Family family = scenario.family("林小查");
		String id = scenario.underReview(family);
		scenario.complete(scenario.task(id, TASK_AUDIT_HOUSING), "REJECT", "未见购房材料", Map.of());
		scenario.approveAudits(id);
		assertThat((Double) JsonPath.read(scenario.read(family, id), "$.points.total")).isEqualTo(34.0);

		scenario.request(family, id, "recheck-requests", "房产证已上传").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("RECHECK_REQUESTED"));
		assertThat(tasks.getVariable(scenario.task(id, TASK_DECIDE_RECHECK).getId(), VAR_REQUEST_REASON))
			.isEqualTo("房产证已上传");
		scenario.complete(scenario.task(id, TASK_DECIDE_RECHECK), "APPROVE", null, Map.of());
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("UNDER_REVIEW");
		scenario.approveAudits(id);
		assertThat((Double) JsonPath.read(scenario.read(family, id), "$.points.total")).isEqualTo(44.0);

		scenario.request(family, id, "recheck-requests", "再查一次").andExpect(status().isAccepted());
		scenario.complete(scenario.task(id, TASK_DECIDE_RECHECK), "REJECT", "结果无误", Map.of());
		String kept = scenario.read(family, id);
		assertThat((String) JsonPath.read(kept, "$.status")).isEqualTo("REVIEWED");
		assertThat((List<String>) JsonPath.read(kept, "$.timeline[*].action")).contains("RECHECK_APPROVE", "RECHECK_REJECT");
	}

	@Test
	void theReviewIsFinalWhenTheRecheckWindowCloses() throws Exception {
		Family family = scenario.family("林小终");
		String id = scenario.reviewed(family);
		assertThat(scenario.timers(id)).extracting(job -> job.getDuedate().toInstant())
			.containsExactly(scenario.recheckCloses);
		EnrollmentScenario.moveClockTo(scenario.recheckCloses.plusSeconds(1));
		scenario.runDueJobs(id);
		assertThat(scenario.process(id)).isNull();
		String finalCase = scenario.read(family, id);
		assertThat((String) JsonPath.read(finalCase, "$.status")).isEqualTo("REVIEWED");
		assertThat((List<String>) JsonPath.read(finalCase, "$.availableActions")).isEmpty();
		scenario.request(family, id, "recheck-requests", "太晚了").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
	}

	@Test
	void aFamilyWithdrawsInEveryStateAfterSubmittingAndRegistersAgainInAnotherDistrict() throws Exception {
		List<String> states = List.of("SUBMITTED", "UNDER_REVIEW", "REVIEWED", "MODIFICATION_REQUESTED",
				"MODIFICATION_APPROVED", "RECHECK_REQUESTED");
		for (String state : states) {
			Family family = scenario.family("林小" + "甲乙丙丁戊己".charAt(states.indexOf(state)));
			String id = caseIn(family, state);
			assertThat(scenario.statusOf(family, id)).isEqualTo(state);
			assertThat((List<String>) JsonPath.read(scenario.read(family, id), "$.availableActions")).contains("WITHDRAW");

			scenario.withdraw(family, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
			assertThat(scenario.process(id)).isNull();
			assertThat(scenario.openTasks(id)).isEmpty();
			assertThat((List<String>) JsonPath.read(scenario.read(family, id), "$.timeline[?(@.action == 'WITHDRAWAL_REQUESTED')].note"))
				.singleElement().asString().endsWith("改去其他区报名");

			scenario.register(family, PointsScenario.OTHER_DISTRICT, 0).andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("DRAFT"))
				.andExpect(jsonPath("$.registration.district").value(PointsScenario.OTHER_DISTRICT));
		}
	}

	@Test
	void eachParentActionIsRefusedWhereTheProcessDoesNotAllowIt() throws Exception {
		Family family = scenario.family("林小拒");
		String id = scenario.draft(family);
		scenario.request(family, id, "modification-requests", "x").andExpect(status().isConflict());
		scenario.request(family, id, "recheck-requests", "x").andExpect(status().isConflict());
		scenario.withdraw(family, id).andExpect(status().isConflict());

		scenario.completeDetails(family, id).andExpect(status().isOk());
		scenario.submit(family, id).andExpect(status().isAccepted());
		scenario.submit(family, id, "000000").andExpect(status().isConflict());
		scenario.details(family, id, scenario.detailsJson(family, 1, "NONE", null)).andExpect(status().isConflict());
		scenario.parent(family, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/applications/" + id))
			.andExpect(status().isConflict());
		scenario.request(family, id, "recheck-requests", "x").andExpect(status().isConflict());

		scenario.runDueJobs(id);
		scenario.request(family, id, "recheck-requests", "x").andExpect(status().isConflict());
		scenario.approveAudits(id);
		scenario.request(family, id, "recheck-requests", "复查").andExpect(status().isAccepted());
		scenario.request(family, id, "recheck-requests", "again").andExpect(status().isConflict());
		scenario.request(family, id, "modification-requests", "x").andExpect(status().isConflict());
		assertThat(scenario.statusOf(family, id)).isEqualTo("RECHECK_REQUESTED");
	}

	@Test
	void aDeletedDraftLeavesNothingAndTheChildMayRegisterAgain() throws Exception {
		Family family = scenario.family("林小删");
		String id = scenario.draft(family);
		scenario.register(family, PointsScenario.DISTRICT, 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CHILD_ALREADY_BOUND"));
		scenario.parent(family, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/applications/" + id))
			.andExpect(status().isNoContent());
		assertThat(scenario.process(id)).isNull();
		scenario.register(family, PointsScenario.DISTRICT, 0).andExpect(status().isCreated());
	}

	@Test
	void movingTheCampaignsClosesMovesTheWaitingTimers() throws Exception {
		Family family = scenario.family("林小移");
		String id = scenario.draft(family);
		java.time.Instant later = scenario.registrationCloses.plus(Duration.ofDays(2));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.patch("/api/admin/campaigns/" + scenario.campaignId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(EnrollmentScenario.ADMIN, EnrollmentScenario.ADMIN_PASSWORD))
			.contentType("application/json")
			.content("{\"registrationCloses\": \"%s\"}".formatted(later))).andExpect(status().isOk());
		assertThat(scenario.timers(id)).extracting(job -> job.getDuedate().toInstant()).containsExactly(later);
	}

	/** A registration brought to the given status through the API and the auditors' tasks. */
	private String caseIn(Family family, String state) throws Exception {
		switch (state) {
			case "SUBMITTED" -> {
				String id = scenario.draft(family);
				scenario.completeDetails(family, id).andExpect(status().isOk());
				scenario.submit(family, id).andExpect(status().isAccepted());
				return id;
			}
			case "UNDER_REVIEW" -> {
				return scenario.underReview(family);
			}
			case "REVIEWED" -> {
				return scenario.reviewed(family);
			}
			case "MODIFICATION_REQUESTED" -> {
				String id = scenario.underReview(family);
				scenario.request(family, id, "modification-requests", "改").andExpect(status().isAccepted());
				return id;
			}
			case "MODIFICATION_APPROVED" -> {
				String id = caseIn(family, "MODIFICATION_REQUESTED");
				scenario.complete(scenario.task(id, TASK_DECIDE_MODIFICATION), "APPROVE", null, Map.of());
				return id;
			}
			case "RECHECK_REQUESTED" -> {
				String id = scenario.reviewed(family);
				scenario.request(family, id, "recheck-requests", "查").andExpect(status().isAccepted());
				return id;
			}
			default -> throw new IllegalArgumentException(state);
		}
	}

}
