package org.enrollflow.campaign;

import java.util.UUID;

/**
 * A school joined a campaign. Published in the transaction that registers it.
 */
public record SchoolRegistered(UUID schoolId, UUID campaignId, String code, String district) {
}
