package org.enrollflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.campaign.CampaignFixtures.campaign;
import static org.enrollflow.campaign.CampaignFixtures.uniqueCode;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@EnrollFlowIntegrationTest
@RecordApplicationEvents
@WithMockUser(roles = "ADMIN")
class CampaignAdminIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Test
	void createsCampaignWithLocationETagAndEveryField() throws Exception {
		String code = uniqueCode("CZ");
		Map<String, Object> body = campaign(code);
		body.put("onsiteReviewOpens", "2031-06-10T00:00:00Z");
		body.put("onsiteReviewCloses", "2031-06-20T00:00:00Z");
		body.put("resultsDate", "2031-07-10");
		body.put("confirmationReminderLead", "PT36H");

		MvcResult result = mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.name").value("2031年常州市小学新生入学"))
			.andExpect(jsonPath("$.region").value("3204"))
			.andExpect(jsonPath("$.path").value("GENERAL"))
			.andExpect(jsonPath("$.birthDateFrom").value("2024-09-01"))
			.andExpect(jsonPath("$.birthDateTo").value("2025-08-31"))
			.andExpect(jsonPath("$.registrationOpens").value("2031-05-01T00:00:00Z"))
			.andExpect(jsonPath("$.registrationCloses").value("2031-05-20T16:00:00Z"))
			.andExpect(jsonPath("$.confirmationDeadline").value("2031-05-25T16:00:00Z"))
			.andExpect(jsonPath("$.confirmationReminderLead").value("PT36H"))
			.andExpect(jsonPath("$.privateSignupOpens").value("2031-06-01T00:00:00Z"))
			.andExpect(jsonPath("$.privateSignupCloses").value("2031-06-05T16:00:00Z"))
			.andExpect(jsonPath("$.minContinuousResidenceMonths").value(12))
			.andExpect(jsonPath("$.onsiteReviewOpens").value("2031-06-10T00:00:00Z"))
			.andExpect(jsonPath("$.onsiteReviewCloses").value("2031-06-20T00:00:00Z"))
			.andExpect(jsonPath("$.resultsDate").value("2031-07-10"))
			.andReturn();

		String id = json.readTree(result.getResponse().getContentAsString()).get("id").asText();
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/admin/campaigns/" + id);
		mvc.perform(get("/api/admin/campaigns/{id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.resultsDate").value("2031-07-10"));
	}

	@Test
	void remindsTwoDaysBeforeTheDeadlineUnlessToldOtherwise() throws Exception {
		JsonNode created = create(campaign(uniqueCode("CZ")));

		assertThat(created.get("confirmationReminderLead").asText()).isEqualTo("PT48H");
		assertThat(created.get("onsiteReviewOpens").isNull()).isTrue();
		assertThat(created.get("resultsDate").isNull()).isTrue();
	}

	@Test
	void keepsNamesWithCharactersOutsideTheBasicMultilingualPlane() throws Exception {
		Map<String, Object> body = campaign(uniqueCode("CZ"));
		body.put("name", "𠮷野区2031年招生");
		String id = create(body).get("id").asText();

		mvc.perform(get("/api/admin/campaigns/{id}", id)).andExpect(jsonPath("$.name").value("𠮷野区2031年招生"));
	}

	@Test
	void listsCampaignsForAdministrators() throws Exception {
		String code = uniqueCode("CZ");
		create(campaign(code));

		mvc.perform(get("/api/admin/campaigns"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem(code)));
	}

	static Stream<Arguments> invalidCampaigns() {
		return Stream.of(
				invalid("code missing", c -> c.remove("code"), "code", "NOTBLANK"),
				invalid("code too long", c -> c.put("code", "C".repeat(41)), "code", "SIZE"),
				invalid("code with spaces", c -> c.put("code", "CZ 2031"), "code", "PATTERN"),
				invalid("name blank", c -> c.put("name", "  "), "name", "NOTBLANK"),
				invalid("name too long", c -> c.put("name", "名".repeat(201)), "name", "SIZE"),
				invalid("region missing", c -> c.remove("region"), "region", "NOTBLANK"),
				invalid("region not a division code", c -> c.put("region", "32A4"), "region", "PATTERN"),
				invalid("path missing", c -> c.remove("path"), "path", "NOTNULL"),
				invalid("birthDateFrom missing", c -> c.remove("birthDateFrom"), "birthDateFrom", "NOTNULL"),
				invalid("birthDateTo missing", c -> c.remove("birthDateTo"), "birthDateTo", "NOTNULL"),
				invalid("registrationOpens missing", c -> c.remove("registrationOpens"), "registrationOpens", "NOTNULL"),
				invalid("registrationCloses missing", c -> c.remove("registrationCloses"), "registrationCloses", "NOTNULL"),
				invalid("confirmationDeadline missing", c -> c.remove("confirmationDeadline"), "confirmationDeadline",
						"NOTNULL"),
				invalid("privateSignupOpens missing", c -> c.remove("privateSignupOpens"), "privateSignupOpens",
						"NOTNULL"),
				invalid("privateSignupCloses missing", c -> c.remove("privateSignupCloses"), "privateSignupCloses",
						"NOTNULL"),
				invalid("residence months missing", c -> c.remove("minContinuousResidenceMonths"),
						"minContinuousResidenceMonths", "NOTNULL"),
				invalid("residence months negative", c -> c.put("minContinuousResidenceMonths", -1),
						"minContinuousResidenceMonths", "MIN"),
				invalid("residence months over 240", c -> c.put("minContinuousResidenceMonths", 241),
						"minContinuousResidenceMonths", "MAX"),
				invalid("birth dates reversed", c -> c.put("birthDateFrom", "2025-09-01"), "birthDateTo",
						"BIRTH_DATES_REVERSED"),
				invalid("registration closes when it opens", c -> c.put("registrationCloses", "2031-05-01T00:00:00Z"),
						"registrationCloses", "REGISTRATION_WINDOW_REVERSED"),
				invalid("confirmation deadline at registration opening",
						c -> c.put("confirmationDeadline", "2031-05-01T00:00:00Z"), "confirmationDeadline",
						"CONFIRMATION_BEFORE_REGISTRATION"),
				invalid("negative reminder lead", c -> c.put("confirmationReminderLead", "-P1D"),
						"confirmationReminderLead", "REMINDER_LEAD_NEGATIVE"),
				invalid("private signup reversed", c -> c.put("privateSignupCloses", "2031-05-31T00:00:00Z"),
						"privateSignupCloses", "PRIVATE_SIGNUP_WINDOW_REVERSED"),
				invalid("on-site review without its end", c -> c.put("onsiteReviewOpens", "2031-06-10T00:00:00Z"),
						"onsiteReviewCloses", "ONSITE_REVIEW_WINDOW_INCOMPLETE"),
				invalid("on-site review without its start", c -> c.put("onsiteReviewCloses", "2031-06-10T00:00:00Z"),
						"onsiteReviewOpens", "ONSITE_REVIEW_WINDOW_INCOMPLETE"),
				invalid("on-site review reversed", c -> {
					c.put("onsiteReviewOpens", "2031-06-20T00:00:00Z");
					c.put("onsiteReviewCloses", "2031-06-10T00:00:00Z");
				}, "onsiteReviewCloses", "ONSITE_REVIEW_WINDOW_REVERSED"));
	}

	private static Arguments invalid(String problem, Consumer<Map<String, Object>> change, String field, String code) {
		return Arguments.of(problem, change, field, code);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCampaigns")
	void refusesInvalidCampaignNamingTheField(String problem, Consumer<Map<String, Object>> change, String field,
			String code) throws Exception {
		Map<String, Object> body = campaign(uniqueCode("CZ"));
		change.accept(body);

		mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.code").value("INVALID_INPUT"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code))
			.andExpect(jsonPath("$.errors[0].message").value(not(emptyString())))
			.andExpect(jsonPath("$.errors[0].message").value(not(code)));
	}

	@Test
	void reportsEveryProblemAtOnceInTheCallersLanguage() throws Exception {
		Map<String, Object> body = campaign(uniqueCode("CZ"));
		body.remove("name");
		body.put("minContinuousResidenceMonths", 300);

		mvc.perform(post("/api/admin/campaigns").with(csrf())
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("minContinuousResidenceMonths"))
			.andExpect(jsonPath("$.errors[0].message").value("Must be at most 240."))
			.andExpect(jsonPath("$.errors[1].field").value("name"))
			.andExpect(jsonPath("$.errors[1].message").value("Required."));
	}

	@Test
	void answersInChineseByDefault() throws Exception {
		Map<String, Object> body = campaign(uniqueCode("CZ"));
		body.put("birthDateFrom", "2025-09-01");

		mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("出生日期的截止日不能早于起始日。"));
	}

	@Test
	void refusesAMalformedDate() throws Exception {
		Map<String, Object> body = campaign(uniqueCode("CZ"));
		body.put("registrationOpens", "next Monday");

		mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
	}

	@Test
	void refusesADuplicateCode() throws Exception {
		String code = uniqueCode("CZ");
		create(campaign(code));

		mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(campaign(code))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CAMPAIGN_CODE_TAKEN"))
			.andExpect(jsonPath("$.detail").value("招生计划代码 " + code + " 已被使用。"));
	}

	@Test
	void patchChangesOnlyTheFieldsGiven(ApplicationEvents events) throws Exception {
		String code = uniqueCode("CZ");
		String id = create(campaign(code)).get("id").asText();

		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.contentType("application/merge-patch+json")
				.content("{\"name\": \"2031年常州市小学招生(修订)\", \"minContinuousResidenceMonths\": 24}"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.name").value("2031年常州市小学招生(修订)"))
			.andExpect(jsonPath("$.minContinuousResidenceMonths").value(24))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.registrationCloses").value("2031-05-20T16:00:00Z"))
			.andExpect(jsonPath("$.confirmationReminderLead").value("PT48H"));

		assertThat(events.stream(CampaignDatesChanged.class)).isEmpty();
	}

	@Test
	void patchOfADatePublishesCampaignDatesChanged(ApplicationEvents events) throws Exception {
		String id = create(campaign(uniqueCode("CZ"))).get("id").asText();

		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"confirmationDeadline\": \"2031-05-27T16:00:00Z\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmationDeadline").value("2031-05-27T16:00:00Z"));

		assertThat(events.stream(CampaignDatesChanged.class))
			.containsExactly(new CampaignDatesChanged(UUID.fromString(id)));
	}

	@Test
	void patchWithNullClearsAnOptionalField() throws Exception {
		Map<String, Object> body = campaign(uniqueCode("CZ"));
		body.put("resultsDate", "2031-07-10");
		body.put("confirmationReminderLead", "P1D");
		String id = create(body).get("id").asText();

		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"resultsDate\": null, \"confirmationReminderLead\": null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resultsDate").isEmpty())
			.andExpect(jsonPath("$.confirmationReminderLead").value("PT48H"));
	}

	@Test
	void patchChecksTheMergedCampaign() throws Exception {
		String id = create(campaign(uniqueCode("CZ"))).get("id").asText();

		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"registrationCloses\": \"2031-04-30T00:00:00Z\", \"name\": null}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("NOTBLANK"))
			.andExpect(jsonPath("$.errors[1].field").value("registrationCloses"))
			.andExpect(jsonPath("$.errors[1].code").value("REGISTRATION_WINDOW_REVERSED"));
		mvc.perform(get("/api/admin/campaigns/{id}", id))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.registrationCloses").value("2031-05-20T16:00:00Z"));
	}

	@Test
	void patchRefusesAMalformedValue() throws Exception {
		String id = create(campaign(uniqueCode("CZ"))).get("id").asText();

		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"registrationCloses\": \"soon\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
	}

	@Test
	void patchRefusesTheCodeOfAnotherCampaign() throws Exception {
		String taken = uniqueCode("CZ");
		create(campaign(taken));
		String id = create(campaign(uniqueCode("CZ"))).get("id").asText();

		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + taken + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("CAMPAIGN_CODE_TAKEN"));
	}

	@Test
	void patchHonorsIfMatch() throws Exception {
		String id = create(campaign(uniqueCode("CZ"))).get("id").asText();

		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.header(HttpHeaders.IF_MATCH, "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"first\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"1\""));
		mvc.perform(patch("/api/admin/campaigns/{id}", id).with(csrf())
				.header(HttpHeaders.IF_MATCH, "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"second\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("STALE_VERSION"));

		mvc.perform(get("/api/admin/campaigns/{id}", id)).andExpect(jsonPath("$.name").value("first"));
	}

	@Test
	void answersNotFoundForUnknownCampaigns() throws Exception {
		UUID unknown = UUID.randomUUID();

		mvc.perform(get("/api/admin/campaigns/{id}", unknown))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
		mvc.perform(patch("/api/admin/campaigns/{id}", unknown).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
	}

	private JsonNode create(Map<String, Object> body) throws Exception {
		MvcResult result = mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn();
		return json.readTree(result.getResponse().getContentAsString());
	}

}
