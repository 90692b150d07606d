package org.enrollflow.appointment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On-site review slots of the demo campaign's public schools, so that a demo family books one
 * without an administrator publishing any first: a morning and an afternoon slot on each of the
 * next ten weekdays, created on a start that finds a school of the open demo campaign without slots.
 */
@Component
@Order(4)
@ConditionalOnProperty("enrollflow.demo.enabled")
class DemoSlots implements ApplicationRunner {

	static final String CAMPAIGN_CODE = "CZ-2027-DEMO";

	private static final int WEEKDAYS = 10;

	private static final int CAPACITY = 30;

	private static final Logger log = LoggerFactory.getLogger(DemoSlots.class);

	private final Campaigns campaigns;
	private final Schools schools;
	private final SlotAdministration administration;
	private final AppointmentSlotRepository slots;
	private final Clock clock;

	DemoSlots(Campaigns campaigns, Schools schools, SlotAdministration administration,
			AppointmentSlotRepository slots, Clock clock) {
		this.campaigns = campaigns;
		this.schools = schools;
		this.administration = administration;
		this.slots = slots;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		campaigns.openForRegistration()
			.stream()
			.filter(campaign -> CAMPAIGN_CODE.equals(campaign.code()))
			.flatMap(campaign -> schools.ofCampaign(campaign.id()).stream())
			.filter(school -> school.type() == SchoolType.PUBLIC && slots.findBySchool(school.id()).isEmpty())
			.forEach(this::publishSlots);
	}

	private void publishSlots(SchoolView school) {
		LocalDate day = LocalDate.now(clock);
		for (int published = 0; published < WEEKDAYS;) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			publish(school, day, LocalTime.of(9, 0), LocalTime.of(11, 30));
			publish(school, day, LocalTime.of(14, 0), LocalTime.of(16, 30));
			published++;
		}
		log.info("Published {} demo on-site review slots of school {}", 2 * WEEKDAYS, school.code());
	}

	private void publish(SchoolView school, LocalDate day, LocalTime start, LocalTime end) {
		administration.create(school.id(), new SlotRequest(day.atTime(start).toString(), day.atTime(end).toString(),
				school.name() + " 报告厅", CAPACITY));
	}

}
