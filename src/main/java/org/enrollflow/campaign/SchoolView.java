package org.enrollflow.campaign;

import java.util.UUID;

/**
 * A school taking part in a campaign.
 *
 * @param code the school's code, unique within its campaign; its reviewers are in group
 * {@code school-{code}}
 * @param district the district code the school belongs to
 * @param seats the seats the school offers in this campaign
 */
public record SchoolView(UUID id, UUID campaignId, String code, String name, SchoolType type, String district,
		int seats) {
}
