package org.enrollflow.application;

import java.math.BigDecimal;
import java.util.UUID;

import org.enrollflow.campaign.CampaignPath;

/**
 * How a case appears in the bureau's lists: the child, the child's ID number masked (never the
 * full number), the path, the status, and the points total ({@code null} on the general path, or
 * before the points are computed).
 */
public record CaseLabel(UUID applicationId, String childName, String childIdNumberMasked, CampaignPath path,
		ApplicationStatus status, BigDecimal pointsTotal) {
}
