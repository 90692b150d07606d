package org.enrollflow.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.enrollflow.account.Caller;
import org.enrollflow.appointment.Appointments;
import org.enrollflow.document.DocumentType;
import org.enrollflow.document.Documents;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.points.NamePinyin;
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
	private final NamePinyin pinyin;
	private final Clock clock;

	ApplicationViews(CaseAccess access, Appointments appointments, Documents documents, Schools schools,
			Campaigns campaigns, IdNumberProtector protector,
			MessageSource messages, NamePinyin pinyin, Clock clock) {
		this.access = access;
		this.appointments = appointments;
		this.documents = documents;
		this.schools = schools;
		this.campaigns = campaigns;
		this.protector = protector;
		this.messages = messages;
		this.pinyin = pinyin;
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
		List<ApplicationView.Person> children = application.isPointsPath() ? pointsChildren(application) : List.of(child);
		RegistryFindings findings = application.findings();
		return new ApplicationView(application.id(), application.campaignId(),
				campaign.map(c -> c.path().name()).orElse(null), application.householdType(), application.status(),
				statusLabel(application.status()), application.version(), children.get(0), children,
				guardians(application), application.householdNumber(), application.address(),
				new ApplicationView.PropertyView(application.propertyKind(), application.propertyNumber(),
						findings.propertyCertificateNumber(), findings.propertyAddress(), findings.propertyAreaM2(),
						findings.propertyRegisteredOn(), findings.propertyDistrict()),
				new ApplicationView.RegistryData(findings.hukouRegion(), findings.residenceSince()),
				documents.ofCase(application.id()), verifications(application), points(application),
				appointment(application), privateSchool(application), admission(application),
				deadlines(application, campaign), availableActions(application, campaign), timeline(application),
				registration(application), preferences(application));
	}

	private List<ApplicationView.Person> pointsChildren(Application application) {
		return application.children().stream().map(child -> {
			String idNumber = protector.decrypt(child.idEncrypted());
			ApplicationView.DisabilityView disability = child.disabilityDeclared()
					? new ApplicationView.DisabilityView(child.disabilityTypeList(), child.disabilityCertificate()) : null;
			return new ApplicationView.Person(child.name(), IdNumbers.mask(idNumber),
					IdNumbers.birthDateOf(idNumber).orElse(null),
					child.pinyin() != null ? child.pinyin() : pinyin.of(child.name()).text(),
					child.pinyin() != null ? List.of() : pinyin.of(child.name()).unknownCharacters(), child.rareName(),
					disability);
		}).toList();
	}

	private ApplicationView.PointsRegistration registration(Application application) {
		if (!application.isPointsPath()) {
			return null;
		}
		Map<DocumentType, Long> uploaded = documents.countsByType(application.id());
		Locale locale = LocaleContextHolder.getLocale();
		List<ApplicationView.RequiredDocument> required = PointsRequirements.required(application)
			.entrySet()
			.stream()
			.map(entry -> new ApplicationView.RequiredDocument(entry.getKey().name(),
					messages.getMessage(entry.getKey().messageKey(), null, entry.getKey().name(), locale),
					entry.getValue(), uploaded.getOrDefault(entry.getKey(), 0L)))
			.toList();
		return new ApplicationView.PointsRegistration(application.district(), application.noticeConsentAt(),
				application.declarationConsentAt(), application.parentChildCase(), application.guardian2RareName(),
				required);
	}

	private ApplicationView.PointsView points(Application application) {
		if (application.pointsTotal() == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<ApplicationView.PointsItemView> items = application.points()
			.stream()
			.map(item -> new ApplicationView.PointsItemView(item.item(),
					messages.getMessage("points.item." + item.item(), null, item.item(), locale), item.points(),
					item.source()))
			.toList();
		boolean eligible = application.verifications()
			.stream()
			.noneMatch(v -> Applications.STAGE_AUDIT.equals(v.stage()) && "IDENTITY_RELATION".equals(v.check())
					&& !v.passed());
		PointsFindings found = Optional.ofNullable(application.pointsFindings()).orElse(PointsFindings.none());
		return new ApplicationView.PointsView(application.pointsTotal(), eligible, items,
				new ApplicationView.PointsFactsView(found.mainApplicantMonths(), found.secondParentMonths(),
						found.residenceSince(), found.residencePermitYears(), found.homeInDistrict(), found.homeAddress()));
	}

	private static ApplicationView.Deadlines deadlines(Application application, Optional<CampaignView> campaign) {
		if (application.isPointsPath()) {
			return new ApplicationView.Deadlines(null, campaign.map(CampaignView::registrationCloses).orElse(null),
					campaign.map(CampaignView::modificationCloses).orElse(null),
					campaign.map(CampaignView::recheckCloses).orElse(null));
		}
		return new ApplicationView.Deadlines(campaign.map(CampaignView::confirmationDeadline).orElse(null),
				campaign.map(CampaignView::registrationCloses).orElse(null), null, null);
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

	private ApplicationView.AdmissionView admission(Application application) {
		if (application.admissionPublishedAt() == null) {
			return null;
		}
		Optional<SchoolView> school = Optional.ofNullable(application.admissionSchoolId())
			.flatMap(schools::find);
		return new ApplicationView.AdmissionView(application.admissionOutcome(), application.admissionSchoolId(),
				school.map(SchoolView::code).orElse(null),
				school.map(SchoolView::name).orElse(null), application.admissionRoute(),
				application.admissionPublishedAt(), "/api/applications/" + application.id() + "/notice");
	}

	private List<ApplicationView.SchoolChoice> preferences(Application application) {
		return application.preferences()
			.stream()
			.flatMap(id -> schools.find(id).stream())
			.map(school -> new ApplicationView.SchoolChoice(school.id(), school.code(), school.name()))
			.toList();
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
					timelineNote(application, entry), entry.actor(), entry.onBehalfOf()))
			.toList();
	}

	private String timelineNote(Application application, TimelineEntry entry) {
		Locale locale = LocaleContextHolder.getLocale();
		String text = entry.action() != null ? messages.getMessage("timeline.action." + entry.action(), null, "", locale)
				: application.isPointsPath()
						? messages.getMessage("timeline.points.status." + entry.status(), null, "", locale)
						: messages.getMessage("timeline.status." + entry.status(), null, "", locale);
		return entry.note() == null ? text : text + (text.isEmpty() ? "" : ": ") + entry.note();
	}

	private List<String> availableActions(Application application, Optional<CampaignView> campaign) {
		if (application.admissionPublishedAt() != null) {
			return List.of("VIEW_NOTICE");
		}
		if (application.isPointsPath()) {
			return campaign.map(c -> PointsActions.of(application, c, clock.instant())).orElse(List.of());
		}
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
