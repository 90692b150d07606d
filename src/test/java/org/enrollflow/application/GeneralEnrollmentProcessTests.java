package org.enrollflow.application;

import java.time.Duration;
import java.time.Instant;
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
import org.enrollflow.testing.TestIdNumbers;
import org.enrollflow.testing.Scenarios;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.registry.RegistryOutage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Walks every path of {@code general-enrollment.bpmn} as deployed, through the parents' API and the
 * reviewers' tasks, running jobs and moving the clock explicitly.
 */
@EnrollFlowIntegrationTest
class GeneralEnrollmentProcessTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	RegistryOutage registryOutage;

	EnrollmentScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		AbstractAssertions.init(engine);
		scenario = scenarios.general();
	}

	@AfterEach
	void resetClockAndRegistry() {
		ClockUtil.reset();
		registryOutage.end();
	}

	@Test
	void localChildWithVerifiedCertificateNeedsNoOnsiteReview() throws Exception {
		Family family = scenario.localFamily("张小明");
		String id = scenario.apply(family, "LOCAL");
		assertThat(scenario.statusOf(family, id)).isEqualTo("BINDING");
		assertThat(scenario.process(id)).isWaitingAt("ServiceTask_CheckBinding");

		scenario.runDueJobs(id);
		assertThat(scenario.process(id)).isWaitingAt("ReceiveTask_DetailsSubmitted");
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");

		scenario.saveDetails(family, id, "FATHER", family.certificate()).andExpect(status().isOk());
		scenario.action(family, id, "submit").andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("VERIFYING"));
		scenario.runDueJobs(id);

		String awaiting = scenario.read(family, id);
		assertThat((String) JsonPath.read(awaiting, "$.status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat((List<String>) JsonPath.read(awaiting, "$.availableActions")).containsExactly("CONFIRM", "REOPEN");
		assertThat((List<Boolean>) JsonPath.read(awaiting, "$.verifications[*].passed")).isNotEmpty().doesNotContain(false);
		assertThat((String) JsonPath.read(awaiting, "$.property.registryAddress")).isEqualTo(family.address());

		scenario.action(family, id, "confirm").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ONSITE_REVIEW_ENDED"));
		assertThat(scenario.process(id)).isWaitingAt("CallActivity_PrivateSchoolSignup");
		String ended = scenario.read(family, id);
		assertThat((List<String>) JsonPath.read(ended, "$.timeline[*].status")).containsSubsequence(
				"BINDING", "DRAFT", "VERIFYING", "AWAITING_CONFIRMATION", "CONFIRMED", "ONSITE_REVIEW_ENDED");
		assertThat((List<String>) JsonPath.read(ended, "$.timeline[?(@.status == 'CONFIRMED' && @.action == null)].actor"))
			.singleElement().asString().startsWith("parent:");
		assertThat((List<String>) JsonPath.read(ended, "$.timeline[?(@.status == 'AWAITING_CONFIRMATION' && @.action == null)].actor"))
			.containsExactly("system");
	}

	@Test
	void registryOutageBecomesRetriesThenAnIncidentAndTheCaseGoesOnAfterRecovery() throws Exception {
		Family family = scenario.localFamily("张小雷");
		registryOutage.begin();
		String id = scenario.apply(family, "LOCAL");
		String processId = scenario.process(id).getId();

		for (int attempt = 0; attempt < 10 && runtime.createIncidentQuery().processInstanceId(processId).count() == 0;
				attempt++) {
			Job job = management.createJobQuery().processInstanceId(processId).messages().singleResult();
			EnrollmentScenario.moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2)));
			assertThatThrownBy(() -> management.executeJob(job.getId()))
				.isInstanceOf(org.enrollflow.registry.RegistryUnavailableException.class);
		}
		assertThat(runtime.createIncidentQuery().processInstanceId(processId).count()).isEqualTo(1);
		assertThat(scenario.statusOf(family, id)).isEqualTo("BINDING");

		registryOutage.end();
		Job failed = management.createJobQuery().processInstanceId(processId).messages().singleResult();
		management.setJobRetries(failed.getId(), 1);
		EnrollmentScenario.moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2)));
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");
		assertThat(runtime.createIncidentQuery().processInstanceId(processId).count()).isZero();
	}

	@Test
	void bindingFailureShowsEachReasonAndACorrectionBindsAgain() throws Exception {
		Family family = scenario.localFamily("张小红");
		Family misspelt = new Family(family.fatherId(), family.motherId(), family.childId(), "张小虹",
				family.householdNumber(), family.phone(), family.certificate(), family.address());
		String id = scenario.apply(misspelt, "LOCAL");
		scenario.runDueJobs(id);

		String failed = scenario.read(family, id);
		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("BINDING_FAILED");
		assertThat((List<String>) JsonPath.read(failed, "$.verifications[?(@.passed == false)].reasonZh")).isNotEmpty();
		assertThat((List<String>) JsonPath.read(failed, "$.verifications[?(@.passed == false)].reasonEn")).isNotEmpty();
		assertThat(scenario.process(id)).isWaitingAt("ReceiveTask_BindingCorrected");

		scenario.parent(family, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/applications/" + id + "/binding")
			.contentType("application/json")
			.content("""
					{"child": {"name": "%s", "idNumber": "%s"}, "householdNumber": "%s"}
					""".formatted(family.childName(), family.childId(), family.householdNumber())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("BINDING"));
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");
	}

	@Test
	void verificationFailureReturnsToEditingAndResubmissionVerifiesAgain() throws Exception {
		Family family = scenario.localFamily("张小刚");
		String id = bound(family);
		String truncated = family.certificate().substring(0, family.certificate().length() - 1);
		scenario.saveDetails(family, id, "FATHER", truncated).andExpect(status().isOk());
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);

		String failed = scenario.read(family, id);
		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("VERIFICATION_FAILED");
		assertThat((List<String>) JsonPath.read(failed, "$.verifications[?(@.passed == false)].reason")).isNotEmpty();
		assertThat((List<String>) JsonPath.read(failed, "$.availableActions")).contains("EDIT", "SUBMIT");

		scenario.saveDetails(family, id, "FATHER", family.certificate()).andExpect(status().isOk());
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("AWAITING_CONFIRMATION");
	}

	@Test
	void familyOwningAHomeMustEnterItRatherThanNone() throws Exception {
		Family family = scenario.localFamily("张小伟");
		String id = bound(family);
		withoutProperty(family, id);
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);

		String failed = scenario.read(family, id);
		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("VERIFICATION_FAILED");
		assertThat((List<String>) JsonPath.read(failed, "$.verifications[?(@.passed == false)].reasonEn"))
			.anyMatch(reason -> reason.contains("family-independent property"));
	}

	@Test
	void reopeningAtConfirmationReturnsToEditingAndVerifiesAgain() throws Exception {
		Family family = scenario.localFamily("张小华");
		String id = awaitingConfirmation(family);

		scenario.action(family, id, "reopen").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(scenario.process(id)).isWaitingAt("ReceiveTask_DetailsSubmitted");
		scenario.action(family, id, "confirm").andExpect(status().isConflict());

		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		assertThat(scenario.process(id)).isWaitingAt("ServiceTask_VerifyDetails");
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("AWAITING_CONFIRMATION");
	}

	@Test
	void familyWithoutPropertyBooksASlotAndIsReviewedOnSiteByItsCatchmentSchool() throws Exception {
		Family family = scenario.localFamily("张小军", false);
		String early = scenario.slot(5, 10);
		String id = bound(family);
		withoutProperty(family, id);
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);
		scenario.action(family, id, "confirm").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ONSITE_REVIEW"))
			.andExpect(jsonPath("$.availableActions[0]").value("BOOK_APPOINTMENT"));
		assertThat(scenario.process(id)).isWaitingAt("ReceiveTask_AppointmentBooked");
		scenario.parent(family, get("/api/applications/" + id + "/appointment-slots")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItem(early)));

		scenario.book(family, id, early).andExpect(status().isOk())
			.andExpect(jsonPath("$.appointment.slotId").value(early))
			.andExpect(jsonPath("$.appointment.place").value("青洋实验小学 报告厅"))
			.andExpect(jsonPath("$.appointment.bring[*].item").value(
					org.hamcrest.Matchers.hasItems("HOUSEHOLD_BOOKLET", "RESIDENCE_PROOF")));
		scenario.runDueJobs(id);
		assertThat(messages(family)).anyMatch(body -> body.contains("青洋实验小学 报告厅") && body.contains("户口簿原件"));

		Task task = scenario.task(id);
		assertThat(task.getTaskDefinitionKey()).isEqualTo(GeneralEnrollmentProcess.TASK_REVIEW_ON_SITE);
		assertThat(task.getDueDate()).isNotNull();
		assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
			.contains("school-" + scenario.schoolCode);
		assertThat(tasks.getVariablesLocal(task.getId())).containsKey("childIdMasked");
		assertThat((String) tasks.getVariableLocal(task.getId(), "childIdMasked")).doesNotContain(family.childId());
		assertThat(tasks.getVariablesLocal(task.getId())).containsKey("documentLinks");
		String today = engine.getFilterService().createFilterQuery().filterName("今日现场审核 " + scenario.schoolCode)
			.singleResult().getId();
		assertThat(engine.getFilterService().count(today)).isZero();
		EnrollmentScenario.moveClockTo(task.getDueDate().toInstant());
		assertThat(engine.getFilterService().count(today)).isEqualTo(1);

		tasks.complete(task.getId(), Map.of("reviewOutcome", "APPROVE", "reviewComment", "原件齐全"));
		assertThat(scenario.statusOf(family, id)).isEqualTo("ONSITE_REVIEW_ENDED");
	}

	@Test
	void reschedulingMovesTheReviewTaskToTheNewSlot() throws Exception {
		Family family = scenario.localFamily("张小山", false);
		String id = atOnsiteReview(family);
		java.util.Date firstDue = scenario.task(id).getDueDate();
		String later = scenario.slot(8, 5);

		scenario.book(family, id, later).andExpect(status().isOk()).andExpect(jsonPath("$.appointment.slotId").value(later));
		scenario.runDueJobs(id);

		Task moved = scenario.task(id);
		assertThat(moved.getDueDate()).isAfter(firstDue);
		assertThat(moved.getTaskDefinitionKey()).isEqualTo(GeneralEnrollmentProcess.TASK_REVIEW_ON_SITE);
	}

	@Test
	void assignsTheEarliestFreeSlotWhenTheFamilyDoesNotChoose() throws Exception {
		Family family = scenario.localFamily("张小林", false);
		String id = confirmedForOnsiteReview(family);
		String later = scenario.slot(9, 5);
		String earliest = scenario.slot(6, 5);

		EnrollmentScenario.moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2)).plusSeconds(60));
		scenario.runDueJobs(id);

		String assigned = scenario.read(family, id);
		assertThat((String) JsonPath.read(assigned, "$.appointment.slotId")).isEqualTo(earliest).isNotEqualTo(later);
		assertThat((Boolean) JsonPath.read(assigned, "$.appointment.assigned")).isTrue();
		assertThat(scenario.process(id)).isWaitingAt(GeneralEnrollmentProcess.TASK_REVIEW_ON_SITE);
	}

	@Test
	void withNoFreeSlotTheBureauTakesTheCase() throws Exception {
		Family family = scenario.localFamily("张小森", false);
		String id = confirmedForOnsiteReview(family);

		EnrollmentScenario.moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3)));
		scenario.runDueJobs(id);

		Task bureau = scenario.task(id);
		assertThat(bureau.getTaskDefinitionKey()).isEqualTo(GeneralEnrollmentProcess.TASK_REVIEW_AT_DISTRICT);
		assertThat(tasks.getIdentityLinksForTask(bureau.getId())).extracting(IdentityLink::getGroupId)
			.contains("district-" + scenario.region);
		tasks.complete(bureau.getId(), Map.of("reviewOutcome", "APPROVE", "reviewComment", "材料齐全"));
		assertThat(scenario.statusOf(family, id)).isEqualTo("ONSITE_REVIEW_ENDED");
	}

	@Test
	void remindsTheFamilyTheDayBeforeTheAppointment() throws Exception {
		Family family = scenario.localFamily("张小溪", false);
		String id = atOnsiteReview(family);
		Instant slotStart = scenario.task(id).getDueDate().toInstant();

		EnrollmentScenario.moveClockTo(slotStart.minus(Duration.ofDays(1)).plusSeconds(60));
		scenario.runDueJobs(id);

		assertThat(messages(family)).anyMatch(body -> body.contains("请按时前往现场审核"));
		assertThat(scenario.process(id)).isWaitingAt(GeneralEnrollmentProcess.TASK_REVIEW_ON_SITE);
	}

	@Test
	void aFamilyMissingTwiceGoesToTheBureauAfterOneNewAppointment() throws Exception {
		Family family = scenario.localFamily("张小河", false);
		String id = atOnsiteReview(family);

		tasks.complete(scenario.task(id).getId(), Map.of("reviewOutcome", "NO_SHOW", "reviewComment", "未到场"));
		assertThat(scenario.process(id)).isWaitingAt("ReceiveTask_AppointmentBooked");
		assertThat(messages(family)).anyMatch(body -> body.contains("重新预约一次"));
		assertThat((Integer) JsonPath.read(scenario.read(family, id), "$.appointment.noShows")).isEqualTo(1);

		scenario.book(family, id, scenario.slot(7, 5)).andExpect(status().isOk());
		scenario.runDueJobs(id);
		tasks.complete(scenario.task(id).getId(), Map.of("reviewOutcome", "NO_SHOW", "reviewComment", "再次未到场"));

		Task bureau = scenario.task(id);
		assertThat(bureau.getTaskDefinitionKey()).isEqualTo(GeneralEnrollmentProcess.TASK_REVIEW_AT_DISTRICT);
		assertThatThrownBy(() -> tasks.complete(bureau.getId(), Map.of("reviewOutcome", "NO_SHOW", "reviewComment", "x")))
			.isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class);
		tasks.complete(bureau.getId(), Map.of("reviewOutcome", "REJECT", "reviewComment", "两次未到场"));
		assertThat(scenario.statusOf(family, id)).isEqualTo("ONSITE_REJECTED");
	}

	@Test
	void aFullSlotCannotBeBooked() throws Exception {
		Family first = scenario.localFamily("张小甲", false);
		Family second = scenario.localFamily("张小乙", false);
		String only = scenario.slot(5, 1);
		String firstId = confirmedForOnsiteReview(first);
		String secondId = confirmedForOnsiteReview(second);

		scenario.book(first, firstId, only).andExpect(status().isOk());
		scenario.book(second, secondId, only).andExpect(status().isConflict());
		assertThat(scenario.process(secondId)).isWaitingAt("ReceiveTask_AppointmentBooked");
		assertThat((Object) JsonPath.read(scenario.read(second, secondId), "$.appointment")).isNull();
	}

	@Test
	void onsiteRejectionEndsTheCaseWithTheReviewersComment() throws Exception {
		Family family = scenario.localFamily("张小兰", false);
		String id = atOnsiteReview(family);

		tasks.complete(scenario.task(id).getId(), Map.of("reviewOutcome", "REJECT", "reviewComment", "实际未居住"));
		String rejected = scenario.read(family, id);
		assertThat((String) JsonPath.read(rejected, "$.status")).isEqualTo("ONSITE_REJECTED");
		assertThat((List<String>) JsonPath.read(rejected, "$.timeline[*].note")).anyMatch(note -> note.contains("实际未居住"));
		assertThat(scenario.process(id)).isNull();
	}

	@Test
	void reviewTaskRefusesAnUnknownOutcomeOrARejectionWithoutComment() throws Exception {
		Family family = scenario.localFamily("张小青", false);
		String id = atOnsiteReview(family);
		String taskId = scenario.task(id).getId();

		assertThatThrownBy(() -> tasks.complete(taskId, Map.of("reviewOutcome", "MAYBE")))
			.isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class);
		assertThatThrownBy(() -> tasks.complete(taskId, Map.of("reviewOutcome", "REJECT")))
			.isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class);

		assertThat(scenario.task(id).getId()).isEqualTo(taskId);
		assertThat(scenario.statusOf(family, id)).isEqualTo("ONSITE_REVIEW");
	}

	@Test
	void requestForMoreMaterialTellsTheFamilyAndKeepsTheReviewOpen() throws Exception {
		Family family = scenario.localFamily("张小芳", false);
		String id = atOnsiteReview(family);

		tasks.complete(scenario.task(id).getId(), Map.of("reviewOutcome", "MORE_INFO", "reviewComment", "请带租房合同原件"));
		assertThat(scenario.process(id)).isWaitingAt("ServiceTask_RequestMoreMaterial");
		scenario.runDueJobs(id);

		assertThat(scenario.process(id)).isWaitingAt(GeneralEnrollmentProcess.TASK_REVIEW_ON_SITE);
		assertThat(scenario.statusOf(family, id)).isEqualTo("ONSITE_REVIEW");
		assertThat(messages(family)).anyMatch(body -> body.contains("请带租房合同原件"));
	}

	@Test
	void remindsTheFamilyBeforeTheConfirmationDeadline() throws Exception {
		Family family = scenario.localFamily("张小亮");
		String id = awaitingConfirmation(family);
		Instant deadline = deadline(id);

		EnrollmentScenario.moveClockTo(deadline.minus(Duration.ofDays(2)).plusSeconds(60));
		scenario.runDueJobs(id);

		assertThat(messages(family)).anyMatch(body -> body.contains("确认截止时间"));
		assertThat(scenario.statusOf(family, id)).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(scenario.process(id)).isWaitingAt("Gateway_ParentAnswer");
	}

	@Test
	void abandonsUnconfirmedCaseAtDeadline() throws Exception {
		Family family = scenario.localFamily("张小东");
		String id = awaitingConfirmation(family);

		EnrollmentScenario.moveClockTo(deadline(id).plusSeconds(1));
		scenario.action(family, id, "confirm").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
		assertThat(scenario.statusOf(family, id)).isEqualTo("AWAITING_CONFIRMATION");

		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("ABANDONED");
		assertThat(scenario.process(id)).isNull();
	}

	@Test
	void movingTheDeadlineMovesTheWaitingTimers() throws Exception {
		Family family = scenario.localFamily("张小西");
		String id = awaitingConfirmation(family);
		Instant later = deadline(id).plus(Duration.ofDays(3));

		scenario.moveCampaignDate("confirmationDeadline", later);

		assertThat(scenario.timers(id)).extracting(job -> job.getDuedate().toInstant())
			.contains(later, later.minus(Duration.ofDays(2)));
	}

	@Test
	void grandparentApplicantIsBoundAndCompletedAtTheCounter() throws Exception {
		Family grandmother = grandmotherFamily("刘洋");
		String id = scenario.apply(grandmother, "LOCAL");
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(grandmother, id)).isEqualTo("DRAFT");

		scenario.saveDetails(grandmother, id, "GRANDMOTHER", grandmother.certificate()).andExpect(status().isOk());
		scenario.action(grandmother, id, "submit").andExpect(status().isAccepted());
		Task counter = scenario.task(id);
		assertThat(counter.getTaskDefinitionKey()).isEqualTo(GeneralEnrollmentProcess.TASK_COMPLETE_AT_COUNTER);
		assertThat((String) tasks.getVariableLocal(counter.getId(), "verificationSummary"))
			.contains("does not name you as the child's father or mother");

		tasks.complete(counter.getId(), Map.of("reviewOutcome", "APPROVE", "reviewComment", "监护关系证明齐全"));
		assertThat(scenario.statusOf(grandmother, id)).isEqualTo("VERIFYING");
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(grandmother, id)).isEqualTo("AWAITING_CONFIRMATION");
	}

	@Test
	void counterMayReturnTheCaseForEditingOrRejectIt() throws Exception {
		Family returned = grandmotherFamily("刘海");
		String returnedId = atCounter(returned);
		tasks.complete(scenario.task(returnedId).getId(), Map.of("reviewOutcome", "MORE_INFO", "reviewComment", "缺监护证明"));
		assertThat(scenario.statusOf(returned, returnedId)).isEqualTo("DRAFT");
		assertThat(scenario.process(returnedId)).isWaitingAt("ReceiveTask_DetailsSubmitted");

		Family rejected = grandmotherFamily("刘江");
		String rejectedId = atCounter(rejected);
		tasks.complete(scenario.task(rejectedId).getId(), Map.of("reviewOutcome", "REJECT", "reviewComment", "非监护人"));
		assertThat(scenario.statusOf(rejected, rejectedId)).isEqualTo("ONSITE_REJECTED");
		assertThat(scenario.process(rejectedId)).isNull();
	}

	private String bound(Family family) throws Exception {
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");
		return id;
	}

	private String awaitingConfirmation(Family family) throws Exception {
		String id = bound(family);
		scenario.saveDetails(family, id, "FATHER", family.certificate()).andExpect(status().isOk());
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);
		assertThat(scenario.statusOf(family, id)).isEqualTo("AWAITING_CONFIRMATION");
		return id;
	}

	private String confirmedForOnsiteReview(Family family) throws Exception {
		String id = bound(family);
		withoutProperty(family, id);
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		scenario.runDueJobs(id);
		scenario.action(family, id, "confirm").andExpect(jsonPath("$.status").value("ONSITE_REVIEW"));
		return id;
	}

	private String atOnsiteReview(Family family) throws Exception {
		String id = confirmedForOnsiteReview(family);
		scenario.book(family, id, scenario.slot(5, 10)).andExpect(status().isOk());
		scenario.runDueJobs(id);
		assertThat(scenario.process(id)).isWaitingAt(GeneralEnrollmentProcess.TASK_REVIEW_ON_SITE);
		return id;
	}

	private String atCounter(Family family) throws Exception {
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		scenario.saveDetails(family, id, "GRANDMOTHER", family.certificate()).andExpect(status().isOk());
		scenario.action(family, id, "submit").andExpect(status().isAccepted());
		return id;
	}

	private void withoutProperty(Family family, String id) throws Exception {
		scenario.parent(family, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/applications/" + id + "/details")
			.contentType("application/json")
			.content("""
					{"guardian1": {"relation": "FATHER"}, "address": "%s", "property": {"kind": "NONE"}}
					""".formatted(scenario.streetPrefix + "租住")))
			.andExpect(status().isOk());
	}

	/** A child raised by a grandmother: she applies; the parents are in the registry. */
	private Family grandmotherFamily(String childName) throws Exception {
		Family parents = scenario.localFamily(childName);
		String grandmotherId = TestIdNumbers.next("320402", java.time.LocalDate.of(1958, 2, 1), false);
		String phone = EnrollmentScenario.uniquePhone();
		scenario.importCsv("persons", """
				id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number
				%s,陈秀英,1958-02-01,%s,320402,,
				""".formatted(grandmotherId, parents.householdNumber()));
		scenario.createAccount(phone, "陈秀英", grandmotherId);
		return new Family(parents.fatherId(), parents.motherId(), parents.childId(), childName,
				parents.householdNumber(), phone, parents.certificate(), parents.address());
	}

	private Instant deadline(String id) {
		return scenario.timers(id)
			.stream()
			.map(Job::getDuedate)
			.map(java.util.Date::toInstant)
			.max(Instant::compareTo)
			.orElseThrow();
	}

	private List<String> messages(Family family) throws Exception {
		String json = scenario.parent(family, get("/api/messages")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return JsonPath.read(json, "$[*].body");
	}

}
