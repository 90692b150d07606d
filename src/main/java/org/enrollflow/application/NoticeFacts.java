package org.enrollflow.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A case's published admission, for its notice: who, where, since when. Carries the child's ID
 * number masked only.
 */
public record NoticeFacts(UUID applicationId, UUID campaignId, String childName, String childIdNumberMasked,
		AdmissionOutcome outcome, UUID schoolId, String route, Instant publishedAt, UUID applicantAccountId) {
}
