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
 * The demo campaign (Changzhou-style general enrollment, open now) and its schools, created once on
 * the first start of the demo profile.
 */
@Component
@Order(1)
@ConditionalOnProperty("enrollflow.demo.enabled")
class DemoCampaign implements ApplicationRunner {

	static final String CODE = "CZ-2027-DEMO";

	private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

	private final CampaignRepository campaigns;
	private final CampaignAdministration administration;
	private final SchoolRegistration schools;
	private final Clock clock;

	DemoCampaign(CampaignRepository campaigns, CampaignAdministration administration, SchoolRegistration schools,
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
		CampaignResponse campaign = administration.create(new CampaignRequest(CODE, "常州市 2027 年小学新生入学信息采集(演示)",
				"3204", CampaignPath.GENERAL, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31),
				today.minus(Duration.ofDays(1)), today.plus(Duration.ofDays(60)), today.plus(Duration.ofDays(45)),
				Duration.ofDays(3), today.plus(Duration.ofDays(46)), today.plus(Duration.ofDays(50)), 12,
				today.plus(Duration.ofDays(46)), today.plus(Duration.ofDays(48)), null, Duration.ofDays(2), null, null));
		schools.register(new SchoolRequest("TN01", "常州市天宁区青洋实验小学", SchoolType.PUBLIC, "320402", 300, campaign.id()));
		schools.register(new SchoolRequest("WJ01", "常州市武进区湖塘实验小学", SchoolType.PUBLIC, "320412", 400, campaign.id()));
		schools.register(new SchoolRequest("PV01", "常州星辰外国语学校(民办)", SchoolType.PRIVATE, "320402", 60, campaign.id()));
		schools.register(new SchoolRequest("PV02", "常州天宁星河实验学校(民办)", SchoolType.PRIVATE, "320402", 2, campaign.id()));
		log.info("Created the demo campaign {} ({})", CODE, campaign.id());
	}

}
