package org.enrollflow.review;

import java.util.Optional;
import java.util.UUID;

import org.enrollflow.application.Applications;
import org.enrollflow.application.CaseFacts;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.Schools;
import org.enrollflow.registry.RegistryGateway;

import org.springframework.stereotype.Component;

/**
 * The candidate groups of reviewer tasks, for {@code camunda:candidateGroups} expressions such as
 * {@code ${reviewGroups.forApplication(applicationId)}}.
 */
@Component("reviewGroups")
public class ReviewGroups {

	private static final String SCHOOL_PREFIX = "school-";

	private static final String DISTRICT_PREFIX = "district-";

	private final Applications applications;

	private final Campaigns campaigns;

	private final Schools schools;

	private final RegistryGateway registry;

	ReviewGroups(Applications applications, Campaigns campaigns, Schools schools, RegistryGateway registry) {
		this.applications = applications;
		this.campaigns = campaigns;
		this.schools = schools;
		this.registry = registry;
	}

	/**
	 * The group of the school whose catchment holds the case's address, {@code school-{code}}, when
	 * that school takes part in the case's campaign; else the bureau's group, {@code district-{region}}.
	 */
	public String forApplication(String applicationId) {
		CaseFacts facts = applications.facts(UUID.fromString(applicationId));
		CampaignView campaign = campaignOf(facts);
		return Optional.ofNullable(facts.address())
			.flatMap(registry::schoolCodeForAddress)
			.filter(code -> schools.byCode(campaign.id(), code).isPresent())
			.map(ReviewGroups::schoolGroup)
			.orElseGet(() -> districtGroup(campaign.region()));
	}

	/** The group of the bureau of the case's campaign region, {@code district-{region}}. */
	public String district(String applicationId) {
		return districtGroup(campaignOf(applications.facts(UUID.fromString(applicationId))).region());
	}

	/**
	 * The group of a district's auditors, {@code district-{district}}, for the points path, whose
	 * tasks go to the district the family registered in (the process variable {@code district}):
	 * {@code camunda:candidateGroups="${reviewGroups.ofDistrict(district)}"}.
	 * @throws IllegalArgumentException for a blank or missing district, which no group stands for
	 */
	public String ofDistrict(String district) {
		if (district == null || district.isBlank()) {
			throw new IllegalArgumentException("A district code is required for the auditors' group");
		}
		return districtGroup(district.strip());
	}

	static String schoolGroup(String schoolCode) {
		return SCHOOL_PREFIX + schoolCode;
	}

	static String districtGroup(String districtCode) {
		return DISTRICT_PREFIX + districtCode;
	}

	private CampaignView campaignOf(CaseFacts facts) {
		return campaigns.find(facts.campaignId())
			.orElseThrow(() -> new IllegalStateException("No campaign " + facts.campaignId()));
	}

}
