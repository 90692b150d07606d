package org.enrollflow.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.enrollflow.account.Caller;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.Schools;
import org.enrollflow.document.Documents;
import org.enrollflow.points.NamePinyin;
import org.enrollflow.points.PinyinName;
import org.enrollflow.registry.RegistryKeys;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.shared.ProblemException.FieldProblem;
import org.enrollflow.verificationcode.VerificationCodes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.enrollflow.application.PointsAdmissionProcess.*;

/**
 * What families do on the points path (积分入学). Drafts are saved partial and at will while the
 * registration window is open; submitting asks for everything, the declaration consent and a
 * verification code. After submission the family may ask for a modification or a recheck while
 * the campaign allows it, and withdraw with a verification code. Each command checks the case's
 * state and the window by the clock, changes the case and tells the process in one transaction.
 */
@Service
class PointsCommands {

	/** Where the family may still ask to modify: the review has begun or ended, no request is pending. */
	private static final Set<ApplicationStatus> MODIFIABLE = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REVIEWED);

	private static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REVIEWED, ApplicationStatus.MODIFICATION_REQUESTED,
			ApplicationStatus.MODIFICATION_APPROVED, ApplicationStatus.RECHECK_REQUESTED);

	/** Where the family may still say which schools it wishes for: any live registration before the allocation. */
	private static final Set<ApplicationStatus> PREFERABLE = EnumSet.of(ApplicationStatus.DRAFT,
			ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REVIEWED,
			ApplicationStatus.MODIFICATION_REQUESTED, ApplicationStatus.MODIFICATION_APPROVED,
			ApplicationStatus.RECHECK_REQUESTED);

	private final ApplicationRepository repository;
	private final CaseAccess access;
	private final Campaigns campaigns;
	private final Schools schools;
	private final Applicants applicants;
	private final CaseMessages messages;
	private final Documents documents;
	private final VerificationCodes codes;
	private final NamePinyin pinyin;
	private final IdNumberProtector protector;
	private final RuntimeService runtime;
	private final Clock clock;

	PointsCommands(ApplicationRepository repository, CaseAccess access, Campaigns campaigns, Schools schools,
			Applicants applicants, CaseMessages messages, Documents documents, VerificationCodes codes,
			NamePinyin pinyin, IdNumberProtector protector, RuntimeService runtime, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.campaigns = campaigns;
		this.schools = schools;
		this.applicants = applicants;
		this.messages = messages;
		this.documents = documents;
		this.codes = codes;
		this.pinyin = pinyin;
		this.protector = protector;
		this.runtime = runtime;
		this.clock = clock;
	}

	/** Starts a draft in the chosen district, once the family consented to the notice. */
	Application create(Caller caller, CampaignView campaign, ApplicationRequests.Create request, String childId) {
		if (!Boolean.TRUE.equals(request.noticeConsent())) {
			throw ProblemException.unprocessableField("noticeConsent", "NOTICE_CONSENT_REQUIRED");
		}
		if (request.district() == null) {
			throw ProblemException.invalidField("district", "DISTRICT_REQUIRED");
		}
		if (schools.ofCampaign(campaign.id()).stream().noneMatch(school -> request.district().equals(school.district()))) {
			throw ProblemException.unprocessableField("district", "DISTRICT_NOT_OFFERED", request.district());
		}
		ChildEntry child = child(campaign.id(), "child", request.child().name(), childId, null, false, null);
		requireUnbound(child, "child.idNumber");
		Applicant applicant = applicants.of(caller, request.onBehalfOf());
		String counterGroup = caller.isStaff() ? access.counterGroup(caller) : null;
		Actor actor = Actor.of(caller, counterGroup, applicant.name(), protector.decrypt(applicant.idEncrypted()));
		Application application = repository.save(Application.pointsDraft(campaign.id(), request.district(), applicant,
				child, clock.instant(), actor));
		repository.flush();
		ActingParty.during(actor, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, application.id().toString(),
				Variables.createVariables()
					.putValue(VAR_APPLICATION_ID, application.id().toString())
					.putValue(VAR_CAMPAIGN_ID, campaign.id().toString())
					.putValue(VAR_DISTRICT, request.district())));
		return application;
	}

	/** Saves the draft as it stands; only what is given must be well-formed. */
	Application saveDetails(Caller caller, Application application, ApplicationRequests.Details request) {
		requireEditingWindow(application);
		if (!application.isPointsEditable()) {
			throw ProblemException.conflict("INVALID_STATE", application.status().name());
		}
		ApplicationRequests.Guardian2 guardian2 = request.guardian2();
		String guardian2Id = guardian2 == null ? null : ApplicationCommands.validGuardianId(guardian2);
		ApplicationRequests.Property property = request.property();
		List<ChildEntry> children = children(application, request);
		application.savePointsDetails(new PointsDetails(request.guardian1() == null ? null : request.guardian1().relation(),
				guardian2 == null ? null : guardian2.name().strip(), guardian2 == null ? null : guardian2.idType().name(),
				protector.encrypt(guardian2Id), guardian2 == null ? null : guardian2.phone(),
				guardian2 == null ? null : guardian2.relation(),
				guardian2 != null && Boolean.TRUE.equals(guardian2.rareCharacters()),
				ApplicationCommands.blankToNull(request.address()), property == null ? null : property.kind(),
				property == null ? null : housingNumber(property), request.parentChildCase(), children));
		application.recordAction("DETAILS_SAVED", clock.instant(), access.actor(caller, application));
		return application;
	}

	/**
	 * Submits the registration, or resubmits it after an approved modification. The code is asked
	 * of the family's account; staff at a counter confirm in person.
	 */
	Application submit(Caller caller, Application application, ApplicationRequests.Submission submission) {
		requireEditingWindow(application);
		if (!application.isPointsEditable()) {
			throw ProblemException.conflict("INVALID_STATE", application.status().name());
		}
		List<FieldProblem> missing = new ArrayList<>();
		if (submission == null || !Boolean.TRUE.equals(submission.declarationConsent())) {
			missing.add(new FieldProblem("declarationConsent", "DECLARATION_CONSENT_REQUIRED"));
		}
		missing.addAll(PointsRequirements.missing(application, documents.countsByType(application.id())));
		if (!missing.isEmpty()) {
			throw ProblemException.withFields(HttpStatus.UNPROCESSABLE_ENTITY, "DETAILS_INCOMPLETE", missing);
		}
		confirmWithCode(caller, VerificationCodes.SUBMIT, submission.verificationCode());
		application.markPointsSubmitted(clock.instant());
		application.recordAction("SUBMITTED", clock.instant(), access.actor(caller, application));
		repository.flush();
		messages.correlate(caller, application, MSG_SUBMITTED, Map.of());
		return application;
	}

	@Transactional
	Application requestModification(Caller caller, UUID id, Long expectedVersion, String reason) {
		Application application = pointsCase(caller, id, expectedVersion);
		application.requireStatus(MODIFIABLE);
		if (!campaign(application).modificationOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("modification");
		}
		String from = application.status() == ApplicationStatus.REVIEWED ? FROM_REVIEWED : FROM_REVIEW;
		application.recordAction("MODIFICATION_REQUESTED", clock.instant(), access.actor(caller, application),
				reason.strip());
		repository.flush();
		messages.correlate(caller, application, MSG_MODIFICATION_REQUESTED,
				Map.of(VAR_MODIFICATION_FROM, from, VAR_REQUEST_REASON, reason.strip()));
		return application;
	}

	@Transactional
	Application requestRecheck(Caller caller, UUID id, Long expectedVersion, String reason) {
		Application application = pointsCase(caller, id, expectedVersion);
		application.requireStatus(EnumSet.of(ApplicationStatus.REVIEWED));
		if (!campaign(application).recheckOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("recheck");
		}
		application.recordAction("RECHECK_REQUESTED", clock.instant(), access.actor(caller, application), reason.strip());
		repository.flush();
		messages.correlate(caller, application, MSG_RECHECK_REQUESTED, Map.of(VAR_REQUEST_REASON, reason.strip()));
		return application;
	}

	/**
	 * Records the public schools of the case's district the family wishes for, most wished first,
	 * until the recheck close, after which the allocation may run.
	 */
	@Transactional
	Application preferSchools(Caller caller, UUID id, Long expectedVersion, List<UUID> schoolIds) {
		Application application = pointsCase(caller, id, expectedVersion);
		application.requireStatus(PREFERABLE);
		if (!campaign(application).recheckOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("preferences");
		}
		if (new HashSet<>(schoolIds).size() != schoolIds.size()) {
			throw ProblemException.invalidField("schoolIds", "SCHOOL_LISTED_TWICE");
		}
		for (int i = 0; i < schoolIds.size(); i++) {
			UUID schoolId = schoolIds.get(i);
			boolean offered = schools.find(schoolId)
				.filter(school -> school.campaignId().equals(application.campaignId())
						&& school.type() == SchoolType.PUBLIC && application.district().equals(school.district()))
				.isPresent();
			if (!offered) {
				throw ProblemException.unprocessableField("schoolIds[%d]".formatted(i), "NOT_A_SCHOOL_OF_THE_DISTRICT");
			}
		}
		application.preferSchools(schoolIds);
		application.recordAction("PREFERENCES_SAVED", clock.instant(), access.actor(caller, application));
		return application;
	}

	/** Withdraws a submitted registration; the children may then be registered again in the window. */
	@Transactional
	Application withdraw(Caller caller, UUID id, Long expectedVersion, ApplicationRequests.Withdrawal withdrawal) {
		Application application = pointsCase(caller, id, expectedVersion);
		application.requireStatus(WITHDRAWABLE);
		confirmWithCode(caller, VerificationCodes.WITHDRAW, withdrawal.verificationCode());
		application.recordAction("WITHDRAWAL_REQUESTED", clock.instant(), access.actor(caller, application),
				withdrawal.reason().strip());
		repository.flush();
		messages.correlate(caller, application, MSG_WITHDRAWAL_REQUESTED, Map.of());
		return application;
	}

	private Application pointsCase(Caller caller, UUID id, Long expectedVersion) {
		Application application = access.require(caller, id, expectedVersion);
		if (!application.isPointsPath()) {
			throw ProblemException.conflict("NOT_ON_THIS_PATH");
		}
		return application;
	}

	private void confirmWithCode(Caller caller, String purpose, String code) {
		if (caller.isParent()) {
			codes.verify(caller.parentAccountId(), purpose, code);
		}
	}

	/** Drafts follow the registration window; a registration reopened for modification, the modification window. */
	private void requireEditingWindow(Application application) {
		CampaignView campaign = campaign(application);
		Instant now = clock.instant();
		if (application.status() == ApplicationStatus.MODIFICATION_APPROVED) {
			if (!campaign.modificationOpenAt(now)) {
				throw ProblemException.windowClosed("modification");
			}
		}
		else if (!campaign.registrationOpenAt(now)) {
			throw ProblemException.windowClosed("registration");
		}
	}

	private List<ChildEntry> children(Application application, ApplicationRequests.Details request) {
		if (request.children() == null || request.children().isEmpty()) {
			if (request.disability() == null) {
				return List.of();
			}
			List<ChildEntry> children = new ArrayList<>(application.children());
			ChildEntry first = children.get(0);
			children.set(0, child(application.campaignId(), "disability", first.name(),
					protector.decrypt(first.idEncrypted()), first.pinyin(), first.rareName(), request.disability()));
			return children;
		}
		List<ChildEntry> children = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < request.children().size(); i++) {
			ApplicationRequests.PointsChild given = request.children().get(i);
			String field = "children[%d]".formatted(i);
			String idNumber = ApplicationCommands.validChildId(field + ".idNumber", given.idNumber());
			if (!seen.add(idNumber)) {
				throw ProblemException.invalidField(field + ".idNumber", "CHILD_LISTED_TWICE");
			}
			ApplicationRequests.Disability disability = given.disability() != null ? given.disability()
					: i == 0 ? request.disability() : null;
			ChildEntry child = child(application.campaignId(), field, given.name(), idNumber, given.pinyin(),
					Boolean.TRUE.equals(given.rareCharacters()), disability);
			if (application.children().stream().noneMatch(held -> held.idHash().equals(child.idHash()))) {
				requireUnbound(child, field + ".idNumber");
			}
			children.add(child);
		}
		return children;
	}

	private ChildEntry child(UUID campaignId, String field, String name, String idNumber, String typedPinyin,
			boolean rareName, ApplicationRequests.Disability disability) {
		String hash = protector.hash(idNumber);
		String types = disability == null ? null
				: disability.types() == null ? "" : disability.types().stream().distinct().map(Enum::name)
					.collect(Collectors.joining(","));
		String certificate = disability == null ? null : certificateNumber(disability.certificateNumber());
		return new ChildEntry(name.strip(), protector.encrypt(idNumber), hash, Application.bindingKey(campaignId, hash),
				pinyinOf(name.strip(), typedPinyin), rareName, types, certificate);
	}

	private void requireUnbound(ChildEntry child, String field) {
		if (repository.isBound(child.bindingKey())) {
			throw ProblemException.withFields(HttpStatus.CONFLICT, "CHILD_ALREADY_BOUND",
					List.of(new FieldProblem(field, "CHILD_ALREADY_BOUND")));
		}
	}

	/** The pinyin the parent typed, else the name's own when every character has one; else none yet. */
	private String pinyinOf(String name, String typed) {
		String given = ApplicationCommands.blankToNull(typed);
		if (given != null) {
			return given.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		}
		PinyinName computed = pinyin.of(name);
		return computed.complete() ? computed.text() : null;
	}

	/**
	 * Numbers as the registries key them, full-width characters folded and spaces dropped; contract
	 * numbers with their letters upper-cased.
	 */
	private static String housingNumber(ApplicationRequests.Property property) {
		String number = ApplicationCommands.propertyNumber(property);
		return property.kind() == PropertyKind.CONTRACT ? RegistryKeys.upperCased(number)
				: RegistryKeys.certificate(number);
	}

	private static String certificateNumber(String number) {
		return RegistryKeys.upperCased(ApplicationCommands.blankToNull(number));
	}

	private CampaignView campaign(Application application) {
		return campaigns.find(application.campaignId()).orElseThrow();
	}

}
