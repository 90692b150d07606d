package org.enrollflow.campaign;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the schools of campaigns.
 */
@Service
@Transactional(readOnly = true)
public class Schools {

	private final SchoolRepository schools;

	Schools(SchoolRepository schools) {
		this.schools = schools;
	}

	public Optional<SchoolView> find(UUID id) {
		return schools.findById(id).map(School::toView);
	}

	/** The school with this code in the campaign. */
	public Optional<SchoolView> byCode(UUID campaignId, String code) {
		return schools.findByCampaignIdAndCode(campaignId, code).map(School::toView);
	}

	/** The campaign's schools, by code. */
	public List<SchoolView> ofCampaign(UUID campaignId) {
		return schools.findByCampaignIdOrderByCode(campaignId).stream().map(School::toView).toList();
	}

}
