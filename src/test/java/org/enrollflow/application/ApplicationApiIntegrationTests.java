package org.enrollflow.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applications API with good and bad input: every refusal is specific and changes nothing. */
@EnrollFlowIntegrationTest
class ApplicationApiIntegrationTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	EnrollmentScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.general();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void createsAnApplicationWithMaskedIdAndVersion() throws Exception {
		Family family = scenario.localFamily("张𠮷");
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(create(family)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(header().string("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\"")))
			.andExpect(jsonPath("$.status").value("BINDING"))
			.andExpect(jsonPath("$.statusLabel").value("Identity binding being checked"))
			.andExpect(jsonPath("$.child.name").value("张𠮷"))
			.andExpect(jsonPath("$.child.idNumber").value(family.childId().substring(0, 6) + "********"
					+ family.childId().substring(14)))
			.andExpect(jsonPath("$.path").value("GENERAL"));
		String list = scenario.parent(family, get("/api/applications")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("张𠮷").doesNotContain(family.childId());
	}

	@Test
	void refusesMalformedJson() throws Exception {
		Family family = scenario.localFamily("张一");
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("{\"campaignId\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"campaignId\": 42, \"householdType\": \"LOCAL\"}"))
			.andExpect(status().isBadRequest());
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"campaignId\": \"%s\", \"householdType\": \"SOMEWHERE\", \"child\": {}}".formatted(scenario.campaignId)))
			.andExpect(status().isBadRequest());
		assertNoApplications(family);
	}

	@Test
	void refusesMissingAndOverlongFields() throws Exception {
		Family family = scenario.localFamily("张二");
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("campaignId", "householdType", "child")));
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("""
				{"campaignId": "%s", "householdType": "LOCAL", "child": {"name": "%s", "idNumber": "%s"}, "householdNumber": "H1"}
				""".formatted(scenario.campaignId, "张".repeat(51), family.childId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("child.name"));
		assertNoApplications(family);
	}

	@Test
	void refusesInvalidCheckDigitsAndImpossibleDatesWithSpecificMessages() throws Exception {
		Family family = scenario.localFamily("张三");
		String wrongCheck = family.childId().substring(0, 17) + (family.childId().charAt(17) == '1' ? '2' : '1');
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content(create(family).replace(family.childId(), wrongCheck)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("child.idNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("ID_CHECK_DIGIT"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("check digit")));
		String february30 = "32040220210230001";
		mvc.perform(post("/api/applications").with(httpBasic(family.phone(), EnrollmentScenario.PASSWORD))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(create(family).replace(family.childId(), february30 + org.enrollflow.shared.IdNumbers.checkCharacter(february30))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("ID_BIRTH_DATE"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("出生日期")));
		assertNoApplications(family);
	}

	@Test
	void refusesUnknownCampaign() throws Exception {
		Family family = scenario.localFamily("张四");
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
			.content(create(family).replace(scenario.campaignId, "00000000-0000-0000-0000-000000000000")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_CAMPAIGN"));
		scenario.parent(family, get("/api/applications/not-a-uuid")).andExpect(status().isBadRequest());
	}

	@Test
	void refusesASecondBindingOfTheSameChild() throws Exception {
		Family family = scenario.localFamily("张五");
		scenario.apply(family, "LOCAL");
		scenario.parent(family, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(create(family)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CHILD_ALREADY_BOUND"));
	}

	@Test
	void refusesActionsInTheWrongStateAndChangesNothing() throws Exception {
		Family family = scenario.localFamily("张六");
		String id = scenario.apply(family, "LOCAL");
		String before = scenario.read(family, id);
		scenario.action(family, id, "confirm").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_STATE"));
		scenario.action(family, id, "reopen").andExpect(status().isConflict());
		scenario.action(family, id, "submit").andExpect(status().isConflict());
		scenario.saveDetails(family, id, "FATHER", family.certificate()).andExpect(status().isConflict());
		assertThat(scenario.read(family, id)).isEqualTo(before);
	}

	@Test
	void refusesSubmittingIncompleteDetails() throws Exception {
		Family family = scenario.localFamily("张七");
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		scenario.action(family, id, "submit").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("DETAILS_INCOMPLETE"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("guardian1.relation", "address")));
		assertThat(scenario.statusOf(family, id)).isEqualTo("DRAFT");
	}

	@Test
	void refusesActionsAfterTheWindowClosed() throws Exception {
		Family family = scenario.localFamily("张八");
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		EnrollmentScenario.moveClockTo(Instant.now().plus(Duration.ofDays(40)));
		scenario.saveDetails(family, id, "FATHER", family.certificate()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
		Family late = scenario.localFamily("张九");
		scenario.parent(late, post("/api/applications").contentType(MediaType.APPLICATION_JSON).content(create(late)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("WINDOW_CLOSED"));
	}

	@Test
	void refusesAStaleIfMatch() throws Exception {
		Family family = scenario.localFamily("张十");
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		long version = ((Number) JsonPath.read(scenario.read(family, id), "$.version")).longValue();
		scenario.parent(family, put("/api/applications/" + id + "/details").header("If-Match", "\"" + (version - 1) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\": \"x\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("STALE_VERSION"));
		scenario.parent(family, put("/api/applications/" + id + "/details").header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\": \"%s\"}".formatted(family.address())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address").value(family.address()));
	}

	@Test
	void anotherParentsApplicationIsNotFound() throws Exception {
		Family owner = scenario.localFamily("张十一");
		Family stranger = scenario.localFamily("张十二");
		String id = scenario.apply(owner, "LOCAL");
		scenario.parent(stranger, get("/api/applications/" + id)).andExpect(status().isNotFound());
		scenario.action(stranger, id, "confirm").andExpect(status().isNotFound());
		scenario.parent(stranger, delete("/api/applications/" + id)).andExpect(status().isNotFound());
		scenario.parent(stranger, get("/api/applications/00000000-0000-0000-0000-000000000001")).andExpect(status().isNotFound());
		mvc.perform(get("/api/applications/" + id)).andExpect(status().isUnauthorized());
	}

	@Test
	void deletesADraftThatWasNeverSubmitted() throws Exception {
		Family family = scenario.localFamily("张十三");
		String id = scenario.apply(family, "LOCAL");
		scenario.runDueJobs(id);
		scenario.parent(family, delete("/api/applications/" + id)).andExpect(status().isNoContent());
		scenario.parent(family, get("/api/applications/" + id)).andExpect(status().isNotFound());
		assertThat(scenario.process(id)).isNull();
		scenario.apply(family, "LOCAL");
	}

	@Test
	void administratorsSeeCountsByStatusAndAnExportWithMaskedIds() throws Exception {
		Family first = scenario.localFamily("张统一");
		Family second = scenario.localFamily("张统二");
		String bound = scenario.apply(first, "LOCAL");
		scenario.runDueJobs(bound);
		scenario.apply(second, "LOCAL");

		scenario.admin(get("/api/admin/campaigns/" + scenario.campaignId + "/stats")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.byStatus.DRAFT").value(1))
			.andExpect(jsonPath("$.byStatus.BINDING").value(1))
			.andExpect(jsonPath("$.byStatus.ADMITTED").value(0));
		String csv = scenario.admin(get("/api/admin/campaigns/" + scenario.campaignId + "/applications.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv).contains("张统一", first.childId().substring(0, 6) + "********" + first.childId().substring(14))
			.doesNotContain(first.childId(), second.childId());

		scenario.parent(first, get("/api/admin/campaigns/" + scenario.campaignId + "/stats")).andExpect(status().isForbidden());
		scenario.admin(get("/api/admin/campaigns/00000000-0000-0000-0000-000000000000/stats")).andExpect(status().isNotFound());
	}

	private String create(Family family) {
		return """
				{"campaignId": "%s", "householdType": "LOCAL", "child": {"name": "%s", "idNumber": "%s"}, "householdNumber": "%s"}
				""".formatted(scenario.campaignId, family.childName(), family.childId(), family.householdNumber());
	}

	private void assertNoApplications(Family family) throws Exception {
		scenario.parent(family, get("/api/applications")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
	}

}
