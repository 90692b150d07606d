package org.enrollflow.campaign;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A campaign's dates for BPMN timer expressions, such as
 * {@code ${campaignDates.confirmationDeadline(campaignId)}} with the process variable
 * {@code campaignId} (the campaign's id as text). Each call reads the campaign as it stands, so a
 * timer whose due date is recalculated after {@link CampaignDatesChanged} picks up the new date.
 */
@Component("campaignDates")
public class CampaignDates {

	private final Campaigns campaigns;

	CampaignDates(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	/** When confirmation closes. */
	public Date confirmationDeadline(String campaignId) {
		return Date.from(campaign(campaignId).confirmationDeadline());
	}

	/** When parents who have not confirmed yet are reminded: the deadline less the reminder lead. */
	public Date confirmationReminder(String campaignId) {
		CampaignView campaign = campaign(campaignId);
		Instant reminder = campaign.confirmationDeadline().minus(campaign.confirmationReminderLead());
		return Date.from(reminder);
	}

	/** When registration closes. */
	public Date registrationCloses(String campaignId) {
		return Date.from(campaign(campaignId).registrationCloses());
	}

	/** When private-school signup opens. */
	public Date privateSignupOpens(String campaignId) {
		return Date.from(campaign(campaignId).privateSignupOpens());
	}

	/** When private-school signup closes and the choices are final. */
	public Date privateSignupCloses(String campaignId) {
		return Date.from(campaign(campaignId).privateSignupCloses());
	}

	/** When modification requests close: a registration reopened for editing must be resubmitted by then. */
	public Date modificationCloses(String campaignId) {
		return Date.from(campaign(campaignId).modificationCloses());
	}

	/** When recheck requests close and the review becomes final. */
	public Date recheckCloses(String campaignId) {
		return Date.from(campaign(campaignId).recheckCloses());
	}

	/** How long a family may pick an on-site review slot, as an ISO-8601 duration for a timer. */
	public String appointmentChoicePeriod(String campaignId) {
		return campaign(campaignId).appointmentChoicePeriod().toString();
	}

	private CampaignView campaign(String campaignId) {
		return campaigns.find(UUID.fromString(campaignId))
			.orElseThrow(() -> new IllegalArgumentException("No campaign " + campaignId));
	}

}
