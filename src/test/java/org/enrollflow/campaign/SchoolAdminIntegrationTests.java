package org.enrollflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.campaign.CampaignFixtures.campaign;
import static org.enrollflow.campaign.CampaignFixtures.school;
import static org.enrollflow.campaign.CampaignFixtures.uniqueCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.ResultActions;

@EnrollFlowIntegrationTest
@RecordApplicationEvents
@WithMockUser(roles = "ADMIN")
class SchoolAdminIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private Schools schools;

	private UUID campaignId;

	@BeforeEach
	void createCampaign() throws Exception {
		campaignId = createCampaign(uniqueCode("CZ"));
	}

	@Test
	void registersASchoolAndPublishesSchoolRegistered(ApplicationEvents events) throws Exception {
		String code = uniqueCode("S");

		MvcResult result = register(school(code, campaignId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.campaignId").value(campaignId.toString()))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.name").value("常州市第一实验小学"))
			.andExpect(jsonPath("$.type").value("PUBLIC"))
			.andExpect(jsonPath("$.district").value("320402"))
			.andExpect(jsonPath("$.seats").value(120))
			.andReturn();

		UUID id = UUID.fromString(json.readTree(result.getResponse().getContentAsString()).get("id").asText());
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/admin/schools/" + id);
		assertThat(events.stream(SchoolRegistered.class))
			.containsExactly(new SchoolRegistered(id, campaignId, code, "320402"));
		mvc.perform(get("/api/admin/schools/{id}", id)).andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));
	}

	@Test
	void findsSchoolsByIdCodeAndCampaign() throws Exception {
		UUID first = registered(school("B-" + uniqueCode("S"), campaignId));
		Map<String, Object> privateSchool = school("A-" + uniqueCode("S"), campaignId);
		privateSchool.put("type", "PRIVATE");
		UUID second = registered(privateSchool);

		SchoolView found = schools.find(second).orElseThrow();
		assertThat(found.type()).isEqualTo(SchoolType.PRIVATE);
		assertThat(schools.byCode(campaignId, found.code())).contains(found);
		assertThat(schools.byCode(UUID.randomUUID(), found.code())).isEmpty();
		assertThat(schools.ofCampaign(campaignId)).extracting(SchoolView::id).containsExactly(second, first);
		assertThat(schools.find(UUID.randomUUID())).isEmpty();
	}

	@Test
	void refusesASchoolOfAnUnknownCampaign() throws Exception {
		register(school(uniqueCode("S"), UUID.randomUUID()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("UNKNOWN_CAMPAIGN"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("campaignId"))
			.andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_CAMPAIGN"))
			.andExpect(jsonPath("$.errors[0].message").value("没有这个招生计划。"));
	}

	@Test
	void refusesADuplicateCodeWithinTheCampaignOnly() throws Exception {
		String code = uniqueCode("S");
		registered(school(code, campaignId));

		register(school(code, campaignId))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("SCHOOL_CODE_TAKEN"));
		register(school(code, createCampaign(uniqueCode("XM")))).andExpect(status().isCreated());
	}

	static Stream<Arguments> invalidSchools() {
		return Stream.of(
				invalid("code missing", s -> s.remove("code"), "code", "NOTBLANK"),
				invalid("code with a slash", s -> s.put("code", "S/1"), "code", "PATTERN"),
				invalid("code too long", s -> s.put("code", "S".repeat(41)), "code", "SIZE"),
				invalid("name missing", s -> s.remove("name"), "name", "NOTBLANK"),
				invalid("name too long", s -> s.put("name", "校".repeat(201)), "name", "SIZE"),
				invalid("type missing", s -> s.remove("type"), "type", "NOTNULL"),
				invalid("district missing", s -> s.remove("district"), "district", "NOTBLANK"),
				invalid("district too long", s -> s.put("district", "3".repeat(13)), "district", "SIZE"),
				invalid("seats missing", s -> s.remove("seats"), "seats", "NOTNULL"),
				invalid("seats negative", s -> s.put("seats", -1), "seats", "MIN"),
				invalid("campaign missing", s -> s.remove("campaignId"), "campaignId", "NOTNULL"));
	}

	private static Arguments invalid(String problem, Consumer<Map<String, Object>> change, String field, String code) {
		return Arguments.of(problem, change, field, code);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSchools")
	void refusesAnInvalidSchoolNamingTheField(String problem, Consumer<Map<String, Object>> change, String field,
			String code) throws Exception {
		Map<String, Object> body = school(uniqueCode("S"), campaignId);
		change.accept(body);

		register(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_INPUT"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code));
	}

	@Test
	void answersNotFoundForAnUnknownSchool() throws Exception {
		mvc.perform(get("/api/admin/schools/{id}", UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("SCHOOL_NOT_FOUND"));
	}

	private ResultActions register(Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/admin/schools").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private UUID registered(Map<String, Object> body) throws Exception {
		MvcResult result = register(body).andExpect(status().isCreated()).andReturn();
		return UUID.fromString(json.readTree(result.getResponse().getContentAsString()).get("id").asText());
	}

	private UUID createCampaign(String code) throws Exception {
		MvcResult result = mvc.perform(post("/api/admin/campaigns").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(campaign(code))))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode created = json.readTree(result.getResponse().getContentAsString());
		return UUID.fromString(created.get("id").asText());
	}

}
