package org.enrollflow.verification;

import java.util.UUID;

import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;

/** The campaign of a case, which must exist: a case never outlives its campaign. */
final class Campaign {

	private Campaign() {
	}

	static CampaignView of(Campaigns campaigns, UUID campaignId) {
		return campaigns.find(campaignId)
			.orElseThrow(() -> new IllegalStateException("Campaign " + campaignId + " of a case is missing"));
	}

}
