package org.enrollflow.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo campaign of the points path (Xiamen Tong'an-style 积分入学 for migrant children, open now)
 * and its schools, created once on the first start of the demo profile, right after
 * {@link DemoCampaign}. Registration is open for ten days from the day before the first start;
 * modification requests close five days and recheck requests ten days after registration. The
 * confirmation deadline and the private signup window are required of every campaign but unused on
 * this path.
 */
@Component
@Order(2)
@ConditionalOnProperty("enrollflow.demo.enabled")
class DemoPointsCampaign implements ApplicationRunner {

	static final String CODE = "XM-2027-DEMO";

	private static final Logger log = LoggerFactory.getLogger(DemoPointsCampaign.class);

	private final CampaignRepository campaigns;
	private final CampaignAdministration administration;
	private final SchoolRegistration schools;
	private final Clock clock;

	DemoPointsCampaign(CampaignRepository campaigns, CampaignAdministration administration, SchoolRegistration schools,
			Clock clock) {
		this.campaigns = campaigns;
		this.administration = administration;
		this.schools = schools;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (campaigns.existsByCode(CODE)) {
			return;
		}
		Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
		Instant registrationOpens = today.minus(Duration.ofDays(1));
		Instant registrationCloses = registrationOpens.plus(Duration.ofDays(10));
		CampaignResponse campaign = administration.create(new CampaignRequest(CODE,
				"厦门市同安区 2027 年随迁子女小学一年级积分入学(演示)", "3502", CampaignPath.POINTS, LocalDate.of(2020, 9, 1),
				LocalDate.of(2021, 8, 31), registrationOpens, registrationCloses, registrationCloses, null,
				registrationCloses.plus(Duration.ofDays(11)), registrationCloses.plus(Duration.ofDays(14)), 12, null,
				null, null, null, registrationCloses.plus(Duration.ofDays(5)),
				registrationCloses.plus(Duration.ofDays(10))));
		schools.register(new SchoolRequest("TA01", "厦门市同安区第一实验小学", SchoolType.PUBLIC, "350212", 120, campaign.id()));
		schools.register(new SchoolRequest("TA02", "厦门市同安区祥平中心小学", SchoolType.PUBLIC, "350212", 80, campaign.id()));
		log.info("Created the demo campaign {} ({})", CODE, campaign.id());
	}

}
