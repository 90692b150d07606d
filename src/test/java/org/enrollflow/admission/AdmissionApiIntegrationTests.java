package org.enrollflow.admission;

import java.util.UUID;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may allocate, publish and read notices, and what each refusal says. */
@EnrollFlowIntegrationTest
class AdmissionApiIntegrationTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvc mvc;

	EnrollmentScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.general();
	}

	@Test
	void onlyAdministratorsAllocateAndPublish() throws Exception {
		Family family = scenario.localFamily("钱小二");
		String campaign = "/api/admin/campaigns/" + scenario.campaignId;
		scenario.parent(family, post(campaign + "/allocation")).andExpect(status().isForbidden());
		scenario.parent(family, post(campaign + "/results/publication")).andExpect(status().isForbidden());
		mvc.perform(post(campaign + "/allocation")).andExpect(status().isUnauthorized());
	}

	@Test
	void unknownCampaignsAreNotFoundAndAnUnallocatedOneCannotBePublished() throws Exception {
		scenario.admin(post("/api/admin/campaigns/" + UUID.randomUUID() + "/allocation")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
		scenario.admin(post("/api/admin/campaigns/" + UUID.randomUUID() + "/results/publication"))
			.andExpect(status().isNotFound());
		scenario.admin(post("/api/admin/campaigns/" + scenario.campaignId + "/results/publication"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("NOT_ALLOCATED"));
	}

	@Test
	void thereIsNoNoticeBeforeThePublicationNorForAnyoneElse() throws Exception {
		Family family = scenario.localFamily("钱小三");
		String id = scenario.confirmedCase(family);
		scenario.parent(family, get("/api/applications/" + id + "/notice")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOTICE_NOT_FOUND"));
		scenario.parent(family, get("/api/applications/" + id + "/notice").accept(MediaType.APPLICATION_PDF))
			.andExpect(status().isNotFound());
		scenario.parent(family, get("/api/applications/" + UUID.randomUUID() + "/notice"))
			.andExpect(status().isNotFound());
		scenario.parent(family, get("/api/applications/not-an-id/notice")).andExpect(status().isBadRequest());
	}

}
