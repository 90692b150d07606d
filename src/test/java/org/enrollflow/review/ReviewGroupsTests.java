package org.enrollflow.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.enrollflow.application.Applications;
import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.HouseholdType;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.registry.RegistryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ReviewGroupsTests {

	private static final String ADDRESS = "常州市天宁区青洋路12号";

	private final Applications applications = mock(Applications.class);

	private final Campaigns campaigns = mock(Campaigns.class);

	private final Schools schools = mock(Schools.class);

	private final RegistryGateway registry = mock(RegistryGateway.class);

	private final ReviewGroups groups = new ReviewGroups(applications, campaigns, schools, registry);

	private final UUID applicationId = UUID.randomUUID();

	private final UUID campaignId = UUID.randomUUID();

	@BeforeEach
	void caseInCampaignOfChangzhou() {
		when(campaigns.find(campaignId)).thenReturn(Optional.of(campaign()));
		when(applications.facts(applicationId)).thenReturn(facts(ADDRESS));
	}

	@Test
	void givesCaseToTheCatchmentSchoolOfItsAddress() {
		when(registry.schoolCodeForAddress(ADDRESS)).thenReturn(Optional.of("CZ001"));
		when(schools.byCode(campaignId, "CZ001")).thenReturn(Optional.of(school("CZ001")));

		assertThat(groups.forApplication(applicationId.toString())).isEqualTo("school-CZ001");
	}

	@Test
	void givesCaseToTheBureauWhenNoCatchmentHoldsTheAddress() {
		when(registry.schoolCodeForAddress(ADDRESS)).thenReturn(Optional.empty());

		assertThat(groups.forApplication(applicationId.toString())).isEqualTo("district-3204");
	}

	@Test
	void givesCaseToTheBureauWhenTheCatchmentSchoolIsNotInTheCampaign() {
		when(registry.schoolCodeForAddress(ADDRESS)).thenReturn(Optional.of("CZ999"));
		when(schools.byCode(campaignId, "CZ999")).thenReturn(Optional.empty());

		assertThat(groups.forApplication(applicationId.toString())).isEqualTo("district-3204");
	}

	@Test
	void givesCaseWithoutAddressToTheBureau() {
		when(applications.facts(applicationId)).thenReturn(facts(null));

		assertThat(groups.forApplication(applicationId.toString())).isEqualTo("district-3204");
	}

	@Test
	void namesTheBureauOfTheCampaignRegion() {
		assertThat(groups.district(applicationId.toString())).isEqualTo("district-3204");
	}

	@Test
	void namesTheAuditorsOfTheDistrictTheFamilyRegisteredIn() {
		assertThat(groups.ofDistrict("350212")).isEqualTo("district-350212");
		assertThat(groups.ofDistrict(" 350212 ")).isEqualTo("district-350212");
	}

	@Test
	void refusesToNameAGroupWithoutADistrict() {
		assertThatThrownBy(() -> groups.ofDistrict(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> groups.ofDistrict(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	private CaseFacts facts(String address) {
		return new CaseFacts(applicationId, campaignId, HouseholdType.LOCAL, "王小明", "32040220200101001X", "H001",
				UUID.randomUUID(), "王大明", "320402198801010011", "FATHER", null, address, PropertyKind.CERTIFICATE,
				"苏(2021)常州市不动产权第0123456号");
	}

	private CampaignView campaign() {
		Instant opens = Instant.parse("2031-05-01T00:00:00Z");
		return new CampaignView(campaignId, "CZ-2031", "常州市 2031 年小学入学", "3204", CampaignPath.GENERAL,
				LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), opens, opens.plus(Duration.ofDays(20)),
				opens.plus(Duration.ofDays(25)), Duration.ofDays(2), opens.plus(Duration.ofDays(30)),
				opens.plus(Duration.ofDays(35)), 12, Duration.ofDays(2), null, null);
	}

	private SchoolView school(String code) {
		return new SchoolView(UUID.randomUUID(), campaignId, code, "常州市第一实验小学", SchoolType.PUBLIC, "320402", 120);
	}

}
