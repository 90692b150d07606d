package org.enrollflow.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.Schools;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's on-site review slots, published as the demo's start publishes them. The test runs in
 * a transaction that is rolled back, so the shared test database never holds the demo's campaign code.
 */
@EnrollFlowIntegrationTest
@Transactional
class DemoSlotsIntegrationTests {

	@Autowired
	Scenarios scenarios;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Schools schools;

	@Autowired
	SlotAdministration administration;

	@Autowired
	AppointmentSlotRepository slots;

	@Autowired
	Clock clock;

	@Test
	void eachPublicSchoolOfTheDemoCampaignGetsAMorningAndAnAfternoonSlotOnTheNextTenWeekdaysOnce() throws Exception {
		EnrollmentScenario admin = scenarios.general();
		Instant now = clock.instant();
		String campaignId = created(admin, "/api/admin/campaigns", """
				{"code": "%s", "name": "演示", "region": "3204", "path": "GENERAL",
				 "birthDateFrom": "2020-09-01", "birthDateTo": "2021-08-31",
				 "registrationOpens": "%s", "registrationCloses": "%s", "confirmationDeadline": "%s",
				 "privateSignupOpens": "%s", "privateSignupCloses": "%s", "minContinuousResidenceMonths": 12}
				""".formatted(DemoSlots.CAMPAIGN_CODE, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)),
				now.plus(Duration.ofDays(45)), now.plus(Duration.ofDays(46)), now.plus(Duration.ofDays(50))));
		UUID publicSchool = UUID.fromString(school(admin, campaignId, "DTN01", "PUBLIC"));
		UUID privateSchool = UUID.fromString(school(admin, campaignId, "DPV01", "PRIVATE"));
		DemoSlots demo = new DemoSlots(campaigns, schools, administration, slots, clock);

		demo.run(new DefaultApplicationArguments());

		List<AppointmentSlot> published = slots.findBySchool(publicSchool);
		assertThat(published).hasSize(20);
		assertThat(published).allSatisfy(slot -> {
			ZonedDateTime start = slot.toView().start().atZone(clock.getZone());
			assertThat(start.toInstant()).isAfter(now);
			assertThat(start.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(start.toLocalTime()).isIn(LocalTime.of(9, 0), LocalTime.of(14, 0));
		});
		assertThat(published.stream().map(slot -> slot.toView().start().atZone(clock.getZone()).toLocalDate()).distinct())
			.hasSize(10);
		assertThat(slots.findBySchool(privateSchool)).isEmpty();

		demo.run(new DefaultApplicationArguments());
		assertThat(slots.findBySchool(publicSchool)).as("published once").hasSize(20);
	}

	private String school(EnrollmentScenario admin, String campaignId, String code, String type) throws Exception {
		return created(admin, "/api/admin/schools", """
				{"code": "%s", "name": "演示学校 %s", "type": "%s", "district": "320402", "seats": 10, "campaignId": "%s"}
				""".formatted(code, code, type, campaignId));
	}

	private static String created(EnrollmentScenario admin, String path, String json) throws Exception {
		return JsonPath.read(admin.admin(post(path).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

}
