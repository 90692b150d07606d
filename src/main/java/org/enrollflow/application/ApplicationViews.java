package org.enrollflow.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.enrollflow.account.Caller;
import org.enrollflow.appointment.Appointments;
import org.enrollflow.document.Documents;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.Schools;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Renders cases for the API in the caller's language, masking every ID number. */
@Component
class ApplicationViews {

	private final CaseAccess access;
	private final Appointments appointments;
	private final Documents documents;
	private final Schools schools;
	private final Campaigns campaigns;
	private final IdNumberProtector protector;
	private final MessageSource messages;
	private final Clock clock;

	ApplicationViews(CaseAccess access, Appointments appointments, Documents documents, Schools schools,
			Campaigns campaigns, IdNumberProtector protector,
			MessageSource messages, Clock clock) {
		this.access = access;
		this.appointments = appointments;
		this.documents = documents;
		this.schools = schools;
		this.campaigns = campaigns;
		this.protector = protector;
		this.messages = messages;
		this.clock = clock;
	}

	/** The case as the caller may read it; a parent's first read of a case filed for them links it. */
	@Transactional
	public Optional<ApplicationView> find(Caller caller, UUID id) {
		return access.findForReading(caller, id).map(this::full);
	}

	@Transactional
	public List<ApplicationView.Summary> visibleTo(Caller caller) {
		return access.visibleTo(caller).stream().map(this::summary).toList();
	}

	private ApplicationView full(Application application) {
		Optional<CampaignView> campaign = campaigns.find(application.campaignId());
		String childId = protector.decrypt(application.childIdEncrypted());
		ApplicationView.Person child = new ApplicationView.Person(application.childName(), IdNumbers.mask(childId),
				IdNumbers.birthDateOf(childId).orElse(null));
		RegistryFindings findings = application.findings();
		return new ApplicationView(application.id(), application.campaignId(),
				campaign.map(c -> c.path().name()).orElse(null), application.householdType(), application.status(),
				statusLabel(application.status()), application.version(), child, List.of(child), guardians(application),
				application.householdNumber(), application.address(),
				new ApplicationView.PropertyView(application.propertyKind(), application.propertyNumber(),
						findings.propertyCertificateNumber(), findings.propertyAddress(), findings.propertyAreaM2(),
						findings.propertyRegisteredOn(), findings.propertyDistrict()),
				new ApplicationView.RegistryData(findings.hukouRegion(), findings.residenceSince()),
				documents.ofCase(application.id()),
				verifications(application), null, appointment(application), privateSchool(application), null,
				new ApplicationView.Deadlines(campaign.map(CampaignView::confirmationDeadline).orElse(null),
						campaign.map(CampaignView::registrationCloses).orElse(null)),
				availableActions(application, campaign), timeline(application));
	}

	private ApplicationView.Summary summary(Application application) {
		return new ApplicationView.Summary(application.id(), application.campaignId(),
				campaigns.find(application.campaignId()).map(c -> c.path().name()).orElse(null), application.status(),
				statusLabel(application.status()), application.childName(),
				IdNumbers.mask(protector.decrypt(application.childIdEncrypted())), application.version(),
				availableActions(application, campaigns.find(application.campaignId())));
	}

	private List<ApplicationView.GuardianView> guardians(Application application) {
		List<ApplicationView.GuardianView> guardians = new ArrayList<>();
		guardians.add(new ApplicationView.GuardianView("GUARDIAN1", application.applicantName(),
				name(application.guardian1Relation()), "RESIDENT_ID",
				IdNumbers.mask(protector.decrypt(application.applicantIdEncrypted())), application.applicantPhone()));
		if (application.guardian2Name() != null) {
			guardians.add(new ApplicationView.GuardianView("GUARDIAN2", application.guardian2Name(),
					name(application.guardian2Relation()), application.guardian2IdType(),
					IdNumbers.mask(protector.decrypt(application.guardian2IdEncrypted())), application.guardian2Phone()));
		}
		return guardians;
	}

	private ApplicationView.PrivateSchool privateSchool(Application application) {
		if (application.privateSchoolId() == null) {
			return null;
		}
		return schools.find(application.privateSchoolId())
			.map(school -> new ApplicationView.PrivateSchool(school.id(), school.code(), school.name(),
					application.privateSignedUpAt(), application.privateSignupFrozen()))
			.orElse(null);
	}

	private ApplicationView.AppointmentSummary appointment(Application application) {
		Locale locale = LocaleContextHolder.getLocale();
		return appointments.current(application.id())
			.map(appointment -> new ApplicationView.AppointmentSummary(appointment.slotId(), appointment.start(),
					appointment.end(), appointment.place(), appointment.status(), appointment.assigned(),
					appointment.noShows(),
					BringList.of(application)
						.stream()
						.map(item -> new ApplicationView.BringItem(item,
								messages.getMessage("bring." + item, null, item, locale)))
						.toList()))
			.orElse(null);
	}

	private List<ApplicationView.VerificationView> verifications(Application application) {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		return application.verifications()
			.stream()
			.map(v -> new ApplicationView.VerificationView(v.stage(), v.check(), v.passed(),
					english ? v.reasonEn() : v.reasonZh(), v.reasonZh(), v.reasonEn()))
			.toList();
	}

	private List<ApplicationView.TimelineView> timeline(Application application) {
		return application.timeline()
			.stream()
			.map(entry -> new ApplicationView.TimelineView(entry.at(), entry.status(), entry.action(),
					timelineNote(entry), entry.actor(), entry.onBehalfOf()))
			.toList();
	}

	private String timelineNote(TimelineEntry entry) {
		String key = entry.action() == null ? "timeline.status." + entry.status() : "timeline.action." + entry.action();
		String text = messages.getMessage(key, null, "", LocaleContextHolder.getLocale());
		return entry.note() == null ? text : text + (text.isEmpty() ? "" : ": ") + entry.note();
	}

	private List<String> availableActions(Application application, Optional<CampaignView> campaign) {
		boolean open = campaign.map(c -> c.confirmationOpenAt(clock.instant())).orElse(false);
		List<String> actions = new ArrayList<>();
		switch (application.status()) {
			case BINDING_FAILED -> {
				if (open) {
					actions.add("EDIT");
				}
			}
			case DRAFT, VERIFICATION_FAILED -> {
				if (open) {
					actions.addAll(List.of("EDIT", "SUBMIT"));
				}
			}
			case AWAITING_CONFIRMATION -> {
				if (open) {
					actions.addAll(List.of("CONFIRM", "REOPEN"));
				}
			}
			case ONSITE_REVIEW -> actions.add("BOOK_APPOINTMENT");
			default -> {
			}
		}
		if (open && application.isDeletable()) {
			actions.add("DELETE_DRAFT");
		}
		boolean signupOpen = campaign.map(c -> c.privateSignupOpenAt(clock.instant())).orElse(false);
		if (signupOpen && application.mayChangePrivateSignup()) {
			actions.addAll(application.privateSchoolId() == null ? List.of("PRIVATE_SIGNUP")
					: List.of("CHANGE_PRIVATE_SIGNUP", "CANCEL_PRIVATE_SIGNUP"));
		}
		return actions;
	}

	String statusLabel(ApplicationStatus status) {
		return messages.getMessage("status." + status.name(), null, status.name(), LocaleContextHolder.getLocale());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
