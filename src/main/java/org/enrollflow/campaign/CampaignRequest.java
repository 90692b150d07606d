package org.enrollflow.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.enrollflow.shared.ProblemException.FieldProblem;

/**
 * A campaign as an administrator writes it: the body of a create, or the merged result of an update.
 *
 * @param confirmationReminderLead ISO-8601 duration; when absent, {@link Campaign#DEFAULT_REMINDER_LEAD}
 * @param onsiteReviewOpens with {@code onsiteReviewCloses}, the on-site review window; both or neither
 * @param modificationCloses the points path: until when families may ask to modify a submitted
 *        registration, and must resubmit one whose modification was approved; required there
 * @param recheckCloses the points path: until when families may ask for a recheck of the review; required there
 */
record CampaignRequest(
		@NotBlank @Size(max = 40) @Pattern(regexp = CODE) String code,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = REGION) String region,
		@NotNull CampaignPath path,
		@NotNull LocalDate birthDateFrom,
		@NotNull LocalDate birthDateTo,
		@NotNull Instant registrationOpens,
		@NotNull Instant registrationCloses,
		@NotNull Instant confirmationDeadline,
		Duration confirmationReminderLead,
		@NotNull Instant privateSignupOpens,
		@NotNull Instant privateSignupCloses,
		@NotNull @Min(0) @Max(240) Integer minContinuousResidenceMonths,
		Instant onsiteReviewOpens,
		Instant onsiteReviewCloses,
		LocalDate resultsDate,
		Duration appointmentChoicePeriod,
		Instant modificationCloses,
		Instant recheckCloses) {

	static final String CODE = "[A-Za-z0-9_-]+";

	/** An administrative division code prefix: province (2), city (4) or county (6 digits). */
	static final String REGION = "\\d{2}|\\d{4}|\\d{6}";

	/** How the dates contradict each other; checks only the dates that are there. */
	List<FieldProblem> scheduleProblems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (birthDateFrom != null && birthDateTo != null && birthDateFrom.isAfter(birthDateTo)) {
			problems.add(new FieldProblem("birthDateTo", "BIRTH_DATES_REVERSED"));
		}
		if (registrationOpens != null && registrationCloses != null && !registrationOpens.isBefore(registrationCloses)) {
			problems.add(new FieldProblem("registrationCloses", "REGISTRATION_WINDOW_REVERSED"));
		}
		if (registrationOpens != null && confirmationDeadline != null && !confirmationDeadline.isAfter(registrationOpens)) {
			problems.add(new FieldProblem("confirmationDeadline", "CONFIRMATION_BEFORE_REGISTRATION"));
		}
		if (confirmationReminderLead != null && confirmationReminderLead.isNegative()) {
			problems.add(new FieldProblem("confirmationReminderLead", "REMINDER_LEAD_NEGATIVE"));
		}
		if (appointmentChoicePeriod != null && (appointmentChoicePeriod.isNegative() || appointmentChoicePeriod.isZero())) {
			problems.add(new FieldProblem("appointmentChoicePeriod", "APPOINTMENT_CHOICE_PERIOD_NOT_POSITIVE"));
		}
		if (privateSignupOpens != null && privateSignupCloses != null && !privateSignupOpens.isBefore(privateSignupCloses)) {
			problems.add(new FieldProblem("privateSignupCloses", "PRIVATE_SIGNUP_WINDOW_REVERSED"));
		}
		if (onsiteReviewOpens == null && onsiteReviewCloses != null) {
			problems.add(new FieldProblem("onsiteReviewOpens", "ONSITE_REVIEW_WINDOW_INCOMPLETE"));
		}
		else if (onsiteReviewOpens != null && onsiteReviewCloses == null) {
			problems.add(new FieldProblem("onsiteReviewCloses", "ONSITE_REVIEW_WINDOW_INCOMPLETE"));
		}
		else if (onsiteReviewOpens != null && !onsiteReviewOpens.isBefore(onsiteReviewCloses)) {
			problems.add(new FieldProblem("onsiteReviewCloses", "ONSITE_REVIEW_WINDOW_REVERSED"));
		}
		if (path == CampaignPath.POINTS) {
			pointsWindow("modificationCloses", modificationCloses, problems);
			pointsWindow("recheckCloses", recheckCloses, problems);
		}
		return problems;
	}

	private void pointsWindow(String field, Instant closes, List<FieldProblem> problems) {
		if (closes == null) {
			problems.add(new FieldProblem(field, "REQUIRED_ON_POINTS_PATH"));
		}
		else if (registrationOpens != null && !closes.isAfter(registrationOpens)) {
			problems.add(new FieldProblem(field, "WINDOW_BEFORE_REGISTRATION"));
		}
	}

}
