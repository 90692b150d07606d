package org.enrollflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.campaign.CampaignFixtures.campaign;
import static org.enrollflow.campaign.CampaignFixtures.school;
import static org.enrollflow.campaign.CampaignFixtures.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@EnrollFlowIntegrationTest
class PublicCampaignIntegrationTests {

	private static final Instant OPENS = Instant.parse("2033-03-01T00:00:00Z");

	private static final Instant CLOSES = Instant.parse("2033-03-10T16:00:00Z");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private Campaigns campaigns;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void listsACampaignOnlyWhileItsRegistrationIsOpenByTheEngineClock() throws Exception {
		String code = uniqueCode("CZ");
		UUID id = createCampaign(code);

		assertListedAt(OPENS.minusSeconds(1), code, false);
		assertListedAt(OPENS, code, true);
		assertListedAt(CLOSES.minusSeconds(1), code, true);
		assertListedAt(CLOSES, code, false);

		ClockUtil.setCurrentTime(Date.from(OPENS));
		assertThat(campaigns.openForRegistration()).extracting(CampaignView::id).contains(id);
	}

	@Test
	void listsTheSchoolsOfACampaignByCodeWithoutLogin() throws Exception {
		UUID campaignId = createCampaign(uniqueCode("CZ"));
		String first = "A" + uniqueCode("S");
		String second = "B" + uniqueCode("S");
		registerSchool(second, campaignId);
		registerSchool(first, campaignId);

		mvc.perform(get("/api/campaigns/{id}/schools", campaignId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(contains(first, second)))
			.andExpect(jsonPath("$[0].campaignId").value(campaignId.toString()))
			.andExpect(jsonPath("$[0].seats").value(120));
	}

	@Test
	void answersNotFoundForTheSchoolsOfAnUnknownCampaign() throws Exception {
		mvc.perform(get("/api/campaigns/{id}/schools", UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
	}

	private void assertListedAt(Instant now, String code, boolean listed) throws Exception {
		ClockUtil.setCurrentTime(Date.from(now));
		mvc.perform(get("/api/campaigns"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(listed ? hasItem(code) : not(hasItem(code))));
	}

	private UUID createCampaign(String code) throws Exception {
		Map<String, Object> body = campaign(code);
		body.put("registrationOpens", OPENS.toString());
		body.put("registrationCloses", CLOSES.toString());
		body.put("confirmationDeadline", "2033-03-15T16:00:00Z");
		MvcResult result = mvc.perform(post("/api/admin/campaigns").with(user("admin").roles("ADMIN")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(json.readTree(result.getResponse().getContentAsString()).get("id").asText());
	}

	private void registerSchool(String code, UUID campaignId) throws Exception {
		mvc.perform(post("/api/admin/schools").with(user("admin").roles("ADMIN")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(school(code, campaignId))))
			.andExpect(status().isCreated());
	}

}
