package org.enrollflow.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign as other modules see it.
 *
 * @param region the administrative code prefix of the campaign's region (e.g. {@code 3204}): a
 * child has local hukou when the registry's hukou region starts with it, and the bureau's reviewers
 * are in group {@code district-{region}}
 * @param birthDateFrom the earliest birth date admitted, inclusive
 * @param birthDateTo the latest birth date admitted, inclusive
 * @param registrationOpens when registration opens, inclusive
 * @param registrationCloses when registration closes, exclusive
 * @param confirmationDeadline when confirmation closes, exclusive
 * @param appointmentChoicePeriod how long a family may pick an on-site review slot before the earliest
 *        free one is assigned
 * @param confirmationReminderLead how long before the confirmation deadline parents are reminded
 * @param privateSignupOpens when private-school signup opens, inclusive
 * @param privateSignupCloses when private-school signup closes, exclusive
 * @param modificationCloses the points path: when modification requests and resubmissions close, exclusive
 * @param recheckCloses the points path: when recheck requests close, exclusive
 * @param minContinuousResidenceMonths the continuous residence (or social insurance) a non-local
 * family needs, in months
 */
public record CampaignView(UUID id, String code, String name, String region, CampaignPath path,
		LocalDate birthDateFrom, LocalDate birthDateTo, Instant registrationOpens, Instant registrationCloses,
		Instant confirmationDeadline, Duration confirmationReminderLead, Instant privateSignupOpens,
		Instant privateSignupCloses, int minContinuousResidenceMonths, Duration appointmentChoicePeriod,
		Instant modificationCloses, Instant recheckCloses) {

	/** Whether parents may register (create and submit applications) at {@code now}. */
	public boolean registrationOpenAt(Instant now) {
		return !now.isBefore(registrationOpens) && now.isBefore(registrationCloses);
	}

	/** Whether parents may confirm a verified application at {@code now}. */
	public boolean confirmationOpenAt(Instant now) {
		return !now.isBefore(registrationOpens) && now.isBefore(confirmationDeadline);
	}

	/** Whether families may ask to modify a submitted points-path registration, or resubmit one, at {@code now}. */
	public boolean modificationOpenAt(Instant now) {
		return modificationCloses != null && now.isBefore(modificationCloses);
	}

	/** Whether families may ask for a recheck of a points-path review at {@code now}. */
	public boolean recheckOpenAt(Instant now) {
		return recheckCloses != null && now.isBefore(recheckCloses);
	}

	/** Whether confirmed cases may sign up for, change or cancel a private school at this moment. */
	public boolean privateSignupOpenAt(Instant now) {
		return !now.isBefore(privateSignupOpens) && now.isBefore(privateSignupCloses);
	}

}
