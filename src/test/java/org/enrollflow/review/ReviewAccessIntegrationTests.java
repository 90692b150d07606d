package org.enrollflow.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.account.Caller;
import org.enrollflow.campaign.SchoolRegistered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EnrollFlowIntegrationTest
class ReviewAccessIntegrationTests {

	private static final String ADMIN = "test-admin";

	private static final String ADMIN_PASSWORD = "test-admin-password";

	private static final String PROCESS = "ReviewAccessProcess";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityService identity;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	FilterService filters;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessEngineConfiguration engineConfiguration;

	@Autowired
	ApplicationEventPublisher events;

	private Deployment deployment;

	@AfterEach
	void cleanUp() {
		identity.clearAuthentication();
		if (deployment != null) {
			repository.deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void givesEachSchoolsReviewersTasklistAndAFilterOfTheirOwn() throws Exception {
		String code = uniqueCode();
		String campaignId = campaign();
		UUID schoolId = school(campaignId, code, "320411");

		Group group = identity.createGroupQuery().groupId("school-" + code).singleResult();
		assertThat(group.getType()).isEqualTo(Groups.GROUP_TYPE_WORKFLOW);
		assertThat(group.getName()).isEqualTo("学校审核员 常州市青洋实验小学");
		assertThat(identity.createGroupQuery().groupIdIn("district-320411", "district-3204").count()).isEqualTo(2);
		assertThat(granted("school-" + code, Resources.APPLICATION, "tasklist").isPermissionGranted(Permissions.ACCESS))
			.isTrue();
		assertThat(granted("school-" + code, Resources.PROCESS_DEFINITION, "*").isPermissionGranted(Permissions.READ))
			.isTrue();
		Filter filter = filters.createFilterQuery().filterName("学校待办 " + code).singleResult();
		assertThat(granted("school-" + code, Resources.FILTER, filter.getId()).isPermissionGranted(Permissions.READ))
			.isTrue();
		assertThat(filters.createFilterQuery().filterName("区县待办 3204").count()).isEqualTo(1);
		long grants = authorizations.createAuthorizationQuery().groupIdIn("school-" + code).count();

		events.publishEvent(new SchoolRegistered(schoolId, UUID.fromString(campaignId), code, "320411"));

		assertThat(filters.createFilterQuery().filterName("学校待办 " + code).count()).isEqualTo(1);
		assertThat(authorizations.createAuthorizationQuery().groupIdIn("school-" + code).count()).isEqualTo(grants);
	}

	@Test
	void reviewersSeeAndWorkOnlyTheirOwnSchoolsTasks() throws Exception {
		String campaignId = campaign();
		String schoolA = uniqueCode();
		String schoolB = uniqueCode();
		school(campaignId, schoolA, "320402");
		school(campaignId, schoolB, "320402");
		String reviewerA = reviewer("school-" + schoolA);
		deployProcessWithReviewTask();
		String taskA = startReview("school-" + schoolA);
		String taskB = startReview("school-" + schoolB);

		identity.setAuthentication(reviewerA, List.of("school-" + schoolA));
		assertThat(tasks.createTaskQuery().processDefinitionKey(PROCESS).list()).extracting(Task::getId)
			.containsExactly(taskA);
		Filter filterA = filters.createFilterQuery().filterName("学校待办 " + schoolA).singleResult();
		assertThat(filters.list(filterA.getId())).extracting(task -> ((Task) task).getId()).containsExactly(taskA);
		assertThat(filters.createFilterQuery().filterName("学校待办 " + schoolB).count()).isZero();
		assertThatThrownBy(() -> tasks.claim(taskB, reviewerA)).isInstanceOf(AuthorizationException.class);
		assertThatThrownBy(() -> tasks.complete(taskB, Map.of("reviewOutcome", "APPROVE")))
			.isInstanceOf(AuthorizationException.class);
		assertThatThrownBy(() -> tasks.setAssignee(taskA, "someone-else")).isInstanceOf(AuthorizationException.class);

		tasks.claim(taskA, reviewerA);
		tasks.complete(taskA, Map.of("reviewOutcome", "REJECT", "reviewComment", "实际未居住"));
		identity.clearAuthentication();

		assertThat(tasks.createTaskQuery().taskId(taskA).count()).isZero();
		assertThat(tasks.createTaskQuery().taskId(taskB).count()).isOne();
	}

	@Test
	void letsTaskCandidatesWorkOnTasksRatherThanUpdateThem() {
		assertThat(engineConfiguration.getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
	}

	@Test
	void givesAdministratorsEveryPermission() {
		for (Resources resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION, Resources.TASK,
				Resources.PROCESS_INSTANCE, Resources.DECISION_DEFINITION, Resources.USER, Resources.GROUP,
				Resources.AUTHORIZATION)) {
			assertThat(authorizations.isUserAuthorized("any-admin", List.of(Caller.ADMIN_GROUP), Permissions.ALL,
					resource, "*")).as(resource.resourceName()).isTrue();
		}
		assertThat(authorizations.isUserAuthorized("any-admin", List.of(Caller.ADMIN_GROUP), Permissions.ACCESS,
				Resources.APPLICATION, "cockpit")).isTrue();
	}

	private Authorization granted(String groupId, Resources resource, String resourceId) {
		return authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
	}

	private String campaign() throws Exception {
		String body = mvc.perform(post("/api/admin/campaigns").with(httpBasic(ADMIN, ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "2031年常州市小学新生入学", "region": "3204", "path": "GENERAL",
					 "birthDateFrom": "2024-09-01", "birthDateTo": "2025-08-31",
					 "registrationOpens": "2031-05-01T00:00:00Z", "registrationCloses": "2031-05-20T16:00:00Z",
					 "confirmationDeadline": "2031-05-25T16:00:00Z",
					 "privateSignupOpens": "2031-06-01T00:00:00Z", "privateSignupCloses": "2031-06-05T16:00:00Z",
					 "minContinuousResidenceMonths": 12}""".formatted(uniqueCode())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private UUID school(String campaignId, String code, String district) throws Exception {
		String body = mvc.perform(post("/api/admin/schools").with(httpBasic(ADMIN, ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "常州市青洋实验小学", "type": "PUBLIC", "district": "%s", "seats": 90,
					 "campaignId": "%s"}""".formatted(code, district, campaignId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private String reviewer(String groupId) {
		String userId = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(userId);
		user.setPassword("review2031pw");
		identity.saveUser(user);
		identity.createMembership(userId, groupId);
		return userId;
	}

	private void deployProcessWithReviewTask() {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Review")
			.camundaCandidateGroups("${candidateGroup}")
			.endEvent()
			.done();
		deployment = repository.createDeployment().addModelInstance("review-access.bpmn", model).deploy();
	}

	private String startReview(String candidateGroup) {
		String instanceId = runtime.startProcessInstanceByKey(PROCESS, Map.of("candidateGroup", candidateGroup)).getId();
		return tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
	}

	private static String uniqueCode() {
		return "RV" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
