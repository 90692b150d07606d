package org.enrollflow.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A year's campaign in one region. Its fields are checked by {@link CampaignRules} before they get
 * here.
 */
@Entity
@Table(name = "campaign")
class Campaign {

	static final Duration DEFAULT_REMINDER_LEAD = Duration.ofDays(2);

	static final Duration DEFAULT_APPOINTMENT_CHOICE_PERIOD = Duration.ofDays(2);

	@Id
	private UUID id;

	@Version
	private Long version;

	private String code;

	private String name;

	private String region;

	@Enumerated(EnumType.STRING)
	private CampaignPath path;

	private LocalDate birthDateFrom;

	private LocalDate birthDateTo;

	private Instant registrationOpens;

	private Instant registrationCloses;

	private Instant confirmationDeadline;

	@Convert(converter = DurationText.class)
	private Duration confirmationReminderLead;

	private Instant privateSignupOpens;

	private Instant privateSignupCloses;

	private int minContinuousResidenceMonths;

	private Instant onsiteReviewOpens;

	private Instant onsiteReviewCloses;

	private LocalDate resultsDate;

	@Convert(converter = DurationText.class)
	private Duration appointmentChoicePeriod;

	private Instant modificationCloses;

	private Instant recheckCloses;

	protected Campaign() {
	}

	Campaign(CampaignRequest request) {
		this.id = UUID.randomUUID();
		apply(request);
	}

	void apply(CampaignRequest request) {
		this.code = request.code();
		this.name = request.name();
		this.region = request.region();
		this.path = request.path();
		this.birthDateFrom = request.birthDateFrom();
		this.birthDateTo = request.birthDateTo();
		this.registrationOpens = request.registrationOpens();
		this.registrationCloses = request.registrationCloses();
		this.confirmationDeadline = request.confirmationDeadline();
		this.confirmationReminderLead = request.confirmationReminderLead() == null ? DEFAULT_REMINDER_LEAD
				: request.confirmationReminderLead();
		this.privateSignupOpens = request.privateSignupOpens();
		this.privateSignupCloses = request.privateSignupCloses();
		this.minContinuousResidenceMonths = request.minContinuousResidenceMonths();
		this.onsiteReviewOpens = request.onsiteReviewOpens();
		this.onsiteReviewCloses = request.onsiteReviewCloses();
		this.resultsDate = request.resultsDate();
		this.appointmentChoicePeriod = request.appointmentChoicePeriod() == null ? DEFAULT_APPOINTMENT_CHOICE_PERIOD
				: request.appointmentChoicePeriod();
		this.modificationCloses = request.modificationCloses();
		this.recheckCloses = request.recheckCloses();
	}

	/** Every date and window of the campaign, to tell whether an update moved any of them. */
	List<Object> dates() {
		return Arrays.asList(birthDateFrom, birthDateTo, registrationOpens, registrationCloses, confirmationDeadline,
				confirmationReminderLead, privateSignupOpens, privateSignupCloses, onsiteReviewOpens,
				onsiteReviewCloses, resultsDate, appointmentChoicePeriod, modificationCloses, recheckCloses);
	}

	CampaignView toView() {
		return new CampaignView(id, code, name, region, path, birthDateFrom, birthDateTo, registrationOpens,
				registrationCloses, confirmationDeadline, confirmationReminderLead, privateSignupOpens,
				privateSignupCloses, minContinuousResidenceMonths, appointmentChoicePeriod, modificationCloses,
				recheckCloses);
	}

	long version() {
		return version;
	}

	Instant onsiteReviewOpens() {
		return onsiteReviewOpens;
	}

	Instant onsiteReviewCloses() {
		return onsiteReviewCloses;
	}

	LocalDate resultsDate() {
		return resultsDate;
	}

}
