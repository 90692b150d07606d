package org.enrollflow.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.TestIdNumbers;
import org.enrollflow.testing.Scenarios;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff at a counter file and complete a case for a family through the parents' API; every step
 * records both, and the family's account, once opened, sees the case.
 */
@EnrollFlowIntegrationTest
class CounterChannelIntegrationTests {

	private static final String STAFF_PASSWORD = "counter-pass-1";

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	EnrollmentScenario scenario;

	String staff;

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.general();
		staff = "counter-" + scenario.schoolCode.toLowerCase();
		User user = identity.newUser(staff);
		user.setPassword(STAFF_PASSWORD);
		identity.saveUser(user);
		identity.createMembership(staff, "school-" + scenario.schoolCode);
	}

	@Test
	void staffFileAndCompleteACaseForAGrandmotherWithoutAnAccount() throws Exception {
		Family parents = scenario.localFamily("刘小洋");
		String grandmotherId = grandmother(parents);

		String phone = EnrollmentScenario.uniquePhone();
		String created = asStaff(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("""
				{"campaignId": "%s", "householdType": "LOCAL", "child": {"name": "刘小洋", "idNumber": "%s"},
				 "householdNumber": "%s", "onBehalfOf": {"realName": "陈秀英", "idNumber": "%s", "phone": "%s"}}
				""".formatted(scenario.campaignId, parents.childId(), parents.householdNumber(), grandmotherId, phone)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.guardians[0].name").value("陈秀英"))
			.andExpect(jsonPath("$.timeline[0].actor").value("staff:" + staff))
			.andExpect(jsonPath("$.timeline[0].onBehalfOf").value("陈秀英 (" + grandmotherId.substring(0, 6) + "********"
					+ grandmotherId.substring(14) + ")"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String id = JsonPath.read(created, "$.id");
		scenario.runDueJobs(id);

		asStaff(put("/api/applications/" + id + "/details").contentType(MediaType.APPLICATION_JSON).content("""
				{"guardian1": {"relation": "GRANDMOTHER"}, "address": "%s", "property": {"kind": "CERTIFICATE", "number": "%s"}}
				""".formatted(parents.address(), parents.certificate()))).andExpect(status().isOk());
		asStaff(post("/api/applications/" + id + "/submit")).andExpect(status().isAccepted());
		tasks.complete(scenario.task(id).getId(), Map.of("reviewOutcome", "APPROVE", "reviewComment", "户口簿原件齐全"));
		scenario.runDueJobs(id);
		String confirmed = asStaff(post("/api/applications/" + id + "/confirm")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<String>) JsonPath.read(confirmed, "$.timeline[?(@.action == 'CONFIRMED')].actor"))
			.containsExactly("staff:" + staff);

		scenario.createAccount(phone, "陈秀英", grandmotherId);
		Family grandmother = new Family(null, null, parents.childId(), "刘小洋", null, phone, null, null);
		scenario.parent(grandmother, get("/api/applications")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		assertThat((List<String>) JsonPath.read(scenario.read(grandmother, id), "$.timeline[*].onBehalfOf"))
			.anyMatch(onBehalfOf -> onBehalfOf != null && onBehalfOf.startsWith("陈秀英"));
	}

	@Test
	void staffOfAnotherCounterCannotSeeTheCase() throws Exception {
		Family parents = scenario.localFamily("刘小河");
		String id = JsonPath.read(fileAtCounter(parents, grandmother(parents)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");

		EnrollmentScenario other = scenarios.general();
		String stranger = "counter-" + other.schoolCode.toLowerCase();
		User user = identity.newUser(stranger);
		user.setPassword(STAFF_PASSWORD);
		identity.saveUser(user);
		identity.createMembership(stranger, "school-" + other.schoolCode);
		mvc.perform(get("/api/applications/" + id).with(httpBasic(stranger, STAFF_PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void staffMustNameAFamilyMemberTheRegistryKnows() throws Exception {
		Family parents = scenario.localFamily("刘小江");
		asStaff(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("""
				{"campaignId": "%s", "householdType": "LOCAL", "child": {"name": "刘小江", "idNumber": "%s"}, "householdNumber": "%s"}
				""".formatted(scenario.campaignId, parents.childId(), parents.householdNumber())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("onBehalfOf"));
		fileAtCounter(parents, parents.fatherId())
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].code").value("REAL_NAME_MISMATCH"));
		scenario.parent(parents, get("/api/applications")).andExpect(jsonPath("$.length()").value(0));
	}

	private ResultActions fileAtCounter(Family parents, String grandmotherId) throws Exception {
		return asStaff(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("""
				{"campaignId": "%s", "householdType": "LOCAL", "child": {"name": "%s", "idNumber": "%s"},
				 "householdNumber": "%s", "onBehalfOf": {"realName": "陈秀英", "idNumber": "%s", "phone": "13712345670"}}
				""".formatted(scenario.campaignId, parents.childName(), parents.childId(), parents.householdNumber(),
				grandmotherId)));
	}

	private String grandmother(Family parents) throws Exception {
		String grandmotherId = TestIdNumbers.next("320402", LocalDate.of(1956, 4, 1), false);
		scenario.importCsv("persons", """
				id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number
				%s,陈秀英,%s,%s,320402,,
				""".formatted(grandmotherId, org.enrollflow.shared.IdNumbers.birthDateOf(grandmotherId).orElseThrow(),
				parents.householdNumber()));
		return grandmotherId;
	}

	private ResultActions asStaff(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(staff, STAFF_PASSWORD)).header("Accept-Language", "en"));
	}

}
