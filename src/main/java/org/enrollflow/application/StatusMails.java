package org.enrollflow.application;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enrollflow.account.ParentAccounts;
import org.enrollflow.appointment.AppointmentView;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.notification.Notifications;
import org.enrollflow.notification.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the family, in Chinese and English, when their case reaches a status they must know of.
 * Mails carry the child's name, never an ID number.
 */
@Component
class StatusMails {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final ParentAccounts accounts;
	private final Campaigns campaigns;
	private final Schools schools;
	private final Notifications notifications;
	private final MessageSource messages;
	private final Clock clock;

	StatusMails(ParentAccounts accounts, Campaigns campaigns, Schools schools, Notifications notifications,
			MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.campaigns = campaigns;
		this.schools = schools;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	void statusReached(Application application, String reviewComment) {
		String template = "status." + application.status().name();
		if (application.isPointsPath() && hasTemplate("points." + template)) {
			template = "points." + template;
		}
		if (hasTemplate(template)) {
			String detail = detailFor(application, reviewComment);
			send(application, template, locale -> detail);
		}
	}

	private boolean hasTemplate(String template) {
		return messages.getMessage("mail." + template + ".subject", null, null, Locale.ENGLISH) != null;
	}

	void confirmationReminder(Application application) {
		send(application, "confirmation-reminder", locale -> "");
	}

	void moreMaterialRequested(Application application, String reviewComment) {
		send(application, "more-material", locale -> reviewComment == null ? "" : reviewComment);
	}

	void appointmentNotice(Application application, AppointmentView appointment) {
		send(application, "appointment-notice", locale -> appointmentText(application, appointment, locale));
	}

	void appointmentReminder(Application application, AppointmentView appointment) {
		send(application, "appointment-reminder", locale -> appointmentText(application, appointment, locale));
	}

	void privateSignupOpen(Application application) {
		String closes = campaigns.find(application.campaignId())
			.map(campaign -> DATE_TIME.format(campaign.privateSignupCloses().atZone(clock.getZone())))
			.orElse("");
		send(application, "private-signup-open", locale -> closes);
	}

	void missedAppointment(Application application, boolean again) {
		send(application, again ? "appointment-missed-again" : "appointment-missed", locale -> "");
	}

	private String appointmentText(Application application, AppointmentView appointment, Locale locale) {
		String bring = BringList.of(application)
			.stream()
			.map(item -> "- " + messages.getMessage("bring." + item, null, item, locale))
			.collect(Collectors.joining("\n"));
		return messages.getMessage("mail.appointment.details",
				new Object[] { DATE_TIME.format(appointment.start().atZone(clock.getZone())),
						TIME.format(appointment.end().atZone(clock.getZone())), appointment.place(), bring },
				locale);
	}

	private String detailFor(Application application, String reviewComment) {
		return switch (application.status()) {
			case BINDING_FAILED -> failedReasons(application, Applications.STAGE_BINDING);
			case VERIFICATION_FAILED -> failedReasons(application, Applications.STAGE_VERIFICATION);
			case REVIEWED -> application.pointsTotal() == null ? "" : application.pointsTotal().toPlainString();
			case ADMITTED -> Optional.ofNullable(application.admissionSchoolId())
				.flatMap(schools::find)
				.map(SchoolView::name)
				.orElse("");
			default -> reviewComment == null ? "" : reviewComment;
		};
	}

	private static String failedReasons(Application application, String stage) {
		return application.verifications()
			.stream()
			.filter(v -> stage.equals(v.stage()) && !v.passed())
			.map(v -> "- " + v.reasonZh() + " / " + v.reasonEn())
			.collect(Collectors.joining("\n"));
	}

	private void send(Application application, String template, Function<Locale, String> detail) {
		if (application.applicantAccountId() == null) {
			return;
		}
		accounts.find(application.applicantAccountId()).ifPresent(account -> {
			String deadline = deadline(application);
			Object[] chinese = { application.childName(), detail.apply(Locale.SIMPLIFIED_CHINESE), deadline };
			Object[] english = { application.childName(), detail.apply(Locale.ENGLISH), deadline };
			String subject = text("mail." + template + ".subject", chinese, Locale.SIMPLIFIED_CHINESE) + " / "
					+ text("mail." + template + ".subject", english, Locale.ENGLISH);
			String body = text("mail." + template + ".body", chinese, Locale.SIMPLIFIED_CHINESE) + "\n\n----\n\n"
					+ text("mail." + template + ".body", english, Locale.ENGLISH);
			notifications.send(new OutgoingMail(account.id(), application.id(), account.email(), subject, body));
		});
	}

	/** The deadline the family must keep next: on the points path the registration or the modification close. */
	private String deadline(Application application) {
		return campaigns.find(application.campaignId())
			.map(campaign -> !application.isPointsPath() ? campaign.confirmationDeadline()
					: application.status() == ApplicationStatus.MODIFICATION_APPROVED ? campaign.modificationCloses()
							: campaign.registrationCloses())
			.map(at -> DATE_TIME.format(at.atZone(clock.getZone())))
			.orElse("");
	}

	private String text(String key, Object[] arguments, Locale locale) {
		return messages.getMessage(key, arguments, locale);
	}

}
