package org.enrollflow.appointment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Campaigns, schools and slots made through the admin API, as an administrator makes them.
 */
final class AppointmentFixtures {

	static final String ADMIN = "test-admin";
	static final String ADMIN_PASSWORD = "test-admin-password";
	static final Duration SLOT_LENGTH = Duration.ofHours(2);
	static final String PLACE = "青洋实验小学 行政楼 101 室";

	private final MockMvc mvc;

	AppointmentFixtures(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A new school in a new campaign, open for registration around {@code now}. */
	UUID school(Instant now) throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String campaignId = id(admin(post("/api/admin/campaigns").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "APT-%s", "name": "常州市 2027 年小学入学", "region": "3204", "path": "GENERAL",
				 "birthDateFrom": "2020-09-01", "birthDateTo": "2021-08-31",
				 "registrationOpens": "%s", "registrationCloses": "%s", "confirmationDeadline": "%s",
				 "privateSignupOpens": "%s", "privateSignupCloses": "%s", "minContinuousResidenceMonths": 12}
				""".formatted(unique, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(21)), now.plus(Duration.ofDays(25))))));
		return UUID.fromString(id(admin(post("/api/admin/schools").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "APT%s", "name": "青洋实验小学", "type": "PUBLIC", "district": "320402", "seats": 100, "campaignId": "%s"}
				""".formatted(unique, campaignId)))));
	}

	/** A slot of {@link #SLOT_LENGTH} at {@link #PLACE}. */
	UUID slot(UUID schoolId, Instant start, int capacity) throws Exception {
		return UUID.fromString(id(admin(post("/api/admin/schools/{id}/slots", schoolId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"start": "%s", "end": "%s", "place": "%s", "capacity": %d}
					""".formatted(start, start.plus(SLOT_LENGTH), PLACE, capacity)))));
	}

	ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(ADMIN, ADMIN_PASSWORD)));
	}

	private static String id(ResultActions created) throws Exception {
		return JsonPath.read(created.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

}
