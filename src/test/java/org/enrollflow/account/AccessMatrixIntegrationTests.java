package org.enrollflow.account;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.registry.RegistryImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches what: anonymous callers, a parent, a school reviewer and an administrator against
 * the administrators' API, the parents' API and the engine's REST API.
 */
@EnrollFlowIntegrationTest
class AccessMatrixIntegrationTests {

	private static final String ADMIN = "test-admin";

	private static final String ADMIN_PASSWORD = "test-admin-password";

	private static final String PASSWORD = "matrix2027pw";

	private static EngineRestRequests engineRest;

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryImports registry;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	WebApplicationContext context;

	private String parent;

	private String reviewer;

	@BeforeEach
	void setUp() throws Exception {
		if (engineRest == null) {
			engineRest = new EngineRestRequests(context);
		}
		String id = TestFamilies.idNumber();
		parent = TestFamilies.phone();
		TestFamilies.inRegistry(registry, id, "黄蓉");
		mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON)
			.content(TestFamilies.accountJson(parent, PASSWORD, "黄蓉", id))).andExpect(status().isCreated());
		reviewer = reviewerOfSchool("MX" + System.nanoTime());
	}

	@Test
	void onlyAdministratorsReachTheAdministratorsApi() throws Exception {
		assertThat(apiStatuses("/api/admin/campaigns"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("anonymous", 401, "parent", 403, "reviewer", 403, "admin", 200));
	}

	@Test
	void onlyParentsHaveAnAccount() throws Exception {
		assertThat(apiStatuses("/api/accounts/me"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("anonymous", 401, "parent", 200, "reviewer", 404, "admin", 404));
	}

	@Test
	void onlyStaffReachTheEngineRestApi() throws Exception {
		assertThat(engineRestStatuses("/task"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("anonymous", 401, "parent", 403, "reviewer", 200, "admin", 200));
		assertThat(engineRestStatuses("/process-definition"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("anonymous", 401, "parent", 403, "reviewer", 200, "admin", 200));
	}

	@Test
	void engineRestAppliesTheEnginesAuthorizationsToTheLoggedInUser() throws Exception {
		long deployed = repository.createProcessDefinitionQuery().count();

		List<?> seenByReviewer = JsonPath.read(engineRest.get("/process-definition", reviewer, PASSWORD)
			.getContentAsString(), "$");
		List<?> seenByAdmin = JsonPath.read(engineRest.get("/process-definition", ADMIN, ADMIN_PASSWORD)
			.getContentAsString(), "$");

		assertThat(seenByReviewer).isEmpty();
		assertThat(seenByAdmin).hasSize((int) deployed);
		assertThat(identity.getCurrentAuthentication()).isNull();
	}

	private Map<String, Integer> apiStatuses(String path) throws Exception {
		return Map.of("anonymous", mvc.perform(get(path)).andReturn().getResponse().getStatus(),
				"parent", mvc.perform(get(path).with(httpBasic(parent, PASSWORD))).andReturn().getResponse().getStatus(),
				"reviewer", mvc.perform(get(path).with(httpBasic(reviewer, PASSWORD))).andReturn().getResponse().getStatus(),
				"admin", mvc.perform(get(path).with(httpBasic(ADMIN, ADMIN_PASSWORD))).andReturn().getResponse().getStatus());
	}

	private Map<String, Integer> engineRestStatuses(String path) throws Exception {
		return Map.of("anonymous", statusOf(engineRest.get(path, null, null)),
				"parent", statusOf(engineRest.get(path, parent, PASSWORD)),
				"reviewer", statusOf(engineRest.get(path, reviewer, PASSWORD)),
				"admin", statusOf(engineRest.get(path, ADMIN, ADMIN_PASSWORD)));
	}

	private static int statusOf(MockHttpServletResponse response) {
		return response.getStatus();
	}

	private String reviewerOfSchool(String schoolCode) {
		String groupId = "school-" + schoolCode;
		Group group = identity.newGroup(groupId);
		group.setType("WORKFLOW");
		identity.saveGroup(group);
		String userId = "reviewer-" + schoolCode.toLowerCase();
		User user = identity.newUser(userId);
		user.setPassword(PASSWORD);
		identity.saveUser(user);
		identity.createMembership(userId, groupId);
		return userId;
	}

}
