package org.enrollflow.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign with everything an administrator set, and the {@code version} that {@code If-Match}
 * names.
 */
record CampaignResponse(UUID id, long version, String code, String name, String region, CampaignPath path,
		LocalDate birthDateFrom, LocalDate birthDateTo, Instant registrationOpens, Instant registrationCloses,
		Instant confirmationDeadline, Duration confirmationReminderLead, Instant privateSignupOpens,
		Instant privateSignupCloses, int minContinuousResidenceMonths, Instant onsiteReviewOpens,
		Instant onsiteReviewCloses, LocalDate resultsDate, Duration appointmentChoicePeriod,
		Instant modificationCloses, Instant recheckCloses) {

	static CampaignResponse of(Campaign campaign) {
		CampaignView view = campaign.toView();
		return new CampaignResponse(view.id(), campaign.version(), view.code(), view.name(), view.region(),
				view.path(), view.birthDateFrom(), view.birthDateTo(), view.registrationOpens(),
				view.registrationCloses(), view.confirmationDeadline(), view.confirmationReminderLead(),
				view.privateSignupOpens(), view.privateSignupCloses(), view.minContinuousResidenceMonths(),
				campaign.onsiteReviewOpens(), campaign.onsiteReviewCloses(), campaign.resultsDate(),
				view.appointmentChoicePeriod(), view.modificationCloses(), view.recheckCloses());
	}

	String etag() {
		return EntityTags.of(version);
	}

}
