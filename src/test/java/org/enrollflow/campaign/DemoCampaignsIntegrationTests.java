package org.enrollflow.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo profile's campaigns, created as the demo's start creates them. Each test runs in a
 * transaction that is rolled back, so the shared test database never holds the demo's fixed codes.
 */
@EnrollFlowIntegrationTest
@Transactional
class DemoCampaignsIntegrationTests {

	private static final DefaultApplicationArguments NO_ARGUMENTS = new DefaultApplicationArguments();

	@Autowired
	CampaignRepository campaignRepository;

	@Autowired
	CampaignAdministration administration;

	@Autowired
	SchoolRegistration schoolRegistration;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Schools schools;

	@Autowired
	Clock clock;

	@Test
	void createsThePointsCampaignOpenNowWithItsTwoPublicSchoolsInTongan() {
		demoCampaign().run(NO_ARGUMENTS);
		pointsCampaign().run(NO_ARGUMENTS);

		CampaignView campaign = openCampaign(DemoPointsCampaign.CODE);
		Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
		Instant closes = today.plus(Duration.ofDays(9));
		assertThat(campaign.name()).isEqualTo("厦门市同安区 2027 年随迁子女小学一年级积分入学(演示)");
		assertThat(campaign.region()).isEqualTo("3502");
		assertThat(campaign.path()).isEqualTo(CampaignPath.POINTS);
		assertThat(campaign.birthDateFrom()).isEqualTo(LocalDate.of(2020, 9, 1));
		assertThat(campaign.birthDateTo()).isEqualTo(LocalDate.of(2021, 8, 31));
		assertThat(campaign.registrationOpens()).isEqualTo(today.minus(Duration.ofDays(1)));
		assertThat(campaign.registrationCloses()).isEqualTo(closes);
		assertThat(campaign.confirmationDeadline()).isEqualTo(closes);
		assertThat(campaign.privateSignupOpens()).isAfter(closes);
		assertThat(campaign.minContinuousResidenceMonths()).isEqualTo(12);
		assertThat(campaign.modificationCloses()).isEqualTo(closes.plus(Duration.ofDays(5)));
		assertThat(campaign.recheckCloses()).isEqualTo(closes.plus(Duration.ofDays(10)));
		assertThat(schools.ofCampaign(campaign.id()))
			.extracting(SchoolView::code, SchoolView::name, SchoolView::type, SchoolView::district, SchoolView::seats)
			.containsExactly(tuple("TA01", "厦门市同安区第一实验小学", SchoolType.PUBLIC, "350212", 120),
					tuple("TA02", "厦门市同安区祥平中心小学", SchoolType.PUBLIC, "350212", 80));
	}

	@Test
	void keepsTheGeneralCampaignBesideThePointsCampaign() {
		demoCampaign().run(NO_ARGUMENTS);
		pointsCampaign().run(NO_ARGUMENTS);

		CampaignView general = openCampaign(DemoCampaign.CODE);
		assertThat(general.path()).isEqualTo(CampaignPath.GENERAL);
		assertThat(schools.ofCampaign(general.id())).extracting(SchoolView::code).containsExactly("PV01", "PV02", "TN01", "WJ01");
	}

	@Test
	void createsThePointsCampaignOnlyOnce() {
		pointsCampaign().run(NO_ARGUMENTS);
		CampaignView first = openCampaign(DemoPointsCampaign.CODE);

		pointsCampaign().run(NO_ARGUMENTS);

		assertThat(campaigns.openForRegistration()).filteredOn(campaign -> campaign.code().equals(DemoPointsCampaign.CODE))
			.extracting(CampaignView::id)
			.containsExactly(first.id());
		assertThat(schools.ofCampaign(first.id())).hasSize(2);
	}

	@Test
	void runsRightAfterTheGeneralCampaign() {
		assertThat(OrderUtils.getOrder(DemoPointsCampaign.class))
			.isEqualTo(OrderUtils.getOrder(DemoCampaign.class) + 1);
	}

	private CampaignView openCampaign(String code) {
		return campaigns.openForRegistration()
			.stream()
			.filter(campaign -> campaign.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No open campaign " + code));
	}

	private DemoCampaign demoCampaign() {
		return new DemoCampaign(campaignRepository, administration, schoolRegistration, clock);
	}

	private DemoPointsCampaign pointsCampaign() {
		return new DemoPointsCampaign(campaignRepository, administration, schoolRegistration, clock);
	}

}
