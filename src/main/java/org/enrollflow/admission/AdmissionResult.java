package org.enrollflow.admission;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.enrollflow.application.AdmissionOutcome;

/**
 * What the allocation decided for one case, kept here until the results are published: nothing of
 * it reaches the family before. A case the allocation could not place has no outcome until the
 * bureau places it by hand.
 */
@Entity
@Table(name = "admission_result")
class AdmissionResult {

	@Id
	private UUID applicationId;

	private UUID campaignId;

	@Enumerated(EnumType.STRING)
	private AdmissionOutcome outcome;

	private UUID schoolId;

	@Enumerated(EnumType.STRING)
	private AdmissionRoute route;

	private String unplacedReason;

	private Integer rankPosition;

	private Instant decidedAt;

	private String decidedBy;

	private Instant publishedAt;

	protected AdmissionResult() {
	}

	private AdmissionResult(UUID applicationId, UUID campaignId, AdmissionOutcome outcome, UUID schoolId,
			AdmissionRoute route, String unplacedReason, Integer rankPosition, Instant decidedAt) {
		this.applicationId = applicationId;
		this.campaignId = campaignId;
		this.outcome = outcome;
		this.schoolId = schoolId;
		this.route = route;
		this.unplacedReason = unplacedReason;
		this.rankPosition = rankPosition;
		this.decidedAt = decidedAt;
		this.decidedBy = "allocation";
	}

	static AdmissionResult admitted(UUID applicationId, UUID campaignId, UUID schoolId, AdmissionRoute route,
			Integer rankPosition, Instant at) {
		return new AdmissionResult(applicationId, campaignId, AdmissionOutcome.ADMITTED, schoolId, route, null,
				rankPosition, at);
	}

	static AdmissionResult notAdmitted(UUID applicationId, UUID campaignId, AdmissionRoute route, String reason,
			Integer rankPosition, Instant at) {
		return new AdmissionResult(applicationId, campaignId, AdmissionOutcome.NOT_ADMITTED, null, route, reason,
				rankPosition, at);
	}

	/** A case the allocation could not place: the bureau decides. */
	static AdmissionResult unplaced(UUID applicationId, UUID campaignId, String reason, Instant at) {
		return new AdmissionResult(applicationId, campaignId, null, null, AdmissionRoute.MANUAL, reason, null, at);
	}

	void placeByHand(AdmissionOutcome outcome, UUID schoolId, String staffUserId, Instant at) {
		this.outcome = outcome;
		this.schoolId = schoolId;
		this.route = AdmissionRoute.MANUAL;
		this.decidedBy = staffUserId;
		this.decidedAt = at;
	}

	void publish(Instant at) {
		this.publishedAt = at;
	}

	boolean placed() {
		return outcome != null;
	}

	UUID applicationId() {
		return applicationId;
	}

	UUID campaignId() {
		return campaignId;
	}

	AdmissionOutcome outcome() {
		return outcome;
	}

	UUID schoolId() {
		return schoolId;
	}

	AdmissionRoute route() {
		return route;
	}

	String unplacedReason() {
		return unplacedReason;
	}

	Integer rankPosition() {
		return rankPosition;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decidedBy() {
		return decidedBy;
	}

	Instant publishedAt() {
		return publishedAt;
	}

}
