package org.enrollflow.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up campaigns.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

	private final CampaignRepository campaigns;

	private final Clock clock;

	Campaigns(CampaignRepository campaigns, Clock clock) {
		this.campaigns = campaigns;
		this.clock = clock;
	}

	public Optional<CampaignView> find(UUID id) {
		return campaigns.findById(id).map(Campaign::toView);
	}

	/** The campaigns whose registration window is open now, by the application's clock, soonest closing first. */
	public List<CampaignView> openForRegistration() {
		return campaigns.openForRegistrationAt(clock.instant()).stream().map(Campaign::toView).toList();
	}

}
