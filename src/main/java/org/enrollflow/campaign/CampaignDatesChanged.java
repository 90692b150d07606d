package org.enrollflow.campaign;

import java.util.UUID;

/**
 * One or more of a campaign's dates or windows changed. Published in the transaction that changes
 * them.
 */
public record CampaignDatesChanged(UUID campaignId) {
}
