package org.enrollflow.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.enrollflow.account.Caller;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the process steps read from and write to a case: its facts for the checks, and the checks'
 * outcomes and registry findings.
 */
@Service
public class Applications {

	static final String STAGE_BINDING = "BINDING";
	static final String STAGE_VERIFICATION = "VERIFICATION";
	static final String STAGE_AUDIT = "AUDIT";

	/** Points-path registrations that may still become reviewed: an allocation waits for them. */
	private static final Set<ApplicationStatus> PENDING_POINTS = EnumSet.of(
			ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.MODIFICATION_REQUESTED,
			ApplicationStatus.MODIFICATION_APPROVED, ApplicationStatus.RECHECK_REQUESTED);

	/** General-path cases that may still end their on-site review. */
	private static final Set<ApplicationStatus> PENDING_GENERAL = EnumSet.of(
			ApplicationStatus.CONFIRMED, ApplicationStatus.ONSITE_REVIEW);

	private final ApplicationRepository repository;
	private final IdNumberProtector protector;
	private final MessageSource messages;
	private final CaseAccess access;
	private final Clock clock;

	Applications(ApplicationRepository repository, IdNumberProtector protector, MessageSource messages,
			CaseAccess access, Clock clock) {
		this.repository = repository;
		this.protector = protector;
		this.messages = messages;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CaseFacts facts(UUID applicationId) {
		Application application = load(applicationId);
		Guardian guardian2 = application.guardian2Name() == null ? null
				: new Guardian(application.guardian2Name(), application.guardian2IdType(),
						protector.decrypt(application.guardian2IdEncrypted()), application.guardian2Phone(),
						name(application.guardian2Relation()));
		return new CaseFacts(application.id(), application.campaignId(), application.householdType(),
				application.childName(), protector.decrypt(application.childIdEncrypted()),
				application.householdNumber(), application.applicantAccountId(), application.applicantName(),
				protector.decrypt(application.applicantIdEncrypted()),
				name(application.guardian1Relation()), guardian2, application.address(), application.propertyKind(),
				application.propertyNumber());
	}

	/** The facts of a points-path case for its checks and its auditors' forms. */
	@Transactional(readOnly = true)
	public PointsCaseFacts pointsFacts(UUID applicationId) {
		Application application = load(applicationId);
		Guardian guardian2 = application.guardian2Name() == null ? null
				: new Guardian(application.guardian2Name(), application.guardian2IdType(),
						protector.decrypt(application.guardian2IdEncrypted()), application.guardian2Phone(),
						name(application.guardian2Relation()));
		List<PointsCaseFacts.Child> children = application.children()
			.stream()
			.map(child -> new PointsCaseFacts.Child(child.name(), protector.decrypt(child.idEncrypted()),
					child.disabilityTypeList(), child.disabilityCertificate()))
			.toList();
		return new PointsCaseFacts(application.id(), application.campaignId(), application.district(),
				application.applicantName(), protector.decrypt(application.applicantIdEncrypted()),
				name(application.guardian1Relation()), guardian2, children, application.parentChildCase(),
				application.address(), application.propertyKind(), application.propertyNumber());
	}

	/** What the registries hold for a points-path case's points; empty until it was verified. */
	@Transactional(readOnly = true)
	public Optional<PointsFindings> pointsFindings(UUID applicationId) {
		return Optional.ofNullable(load(applicationId).pointsFindings());
	}

	/** Records the registry checks of a points-path case and what they found for its points. */
	@Transactional
	public void recordPointsVerification(UUID applicationId, List<CheckResult> results, PointsFindings findings) {
		Application application = load(applicationId);
		application.replaceChecks(STAGE_VERIFICATION, render(STAGE_VERIFICATION, results));
		application.recordPointsFindings(findings);
	}

	/** Records the auditors' outcome for each material category they audited, with their comments. */
	@Transactional
	public void recordAudit(UUID applicationId, List<CheckResult> outcomes) {
		load(applicationId).replaceChecks(STAGE_AUDIT, render(STAGE_AUDIT, outcomes));
	}

	/**
	 * Records a case's points as the year's decision table gave them: each item with the decision
	 * that computed it, and the total.
	 */
	@Transactional
	public void recordPoints(UUID applicationId, Map<String, BigDecimal> items, BigDecimal total, String source) {
		load(applicationId).recordPoints(items.entrySet()
			.stream()
			.map(item -> new PointsItem(item.getKey(), item.getValue(), source))
			.toList(), total);
	}

	/** Records an auditor's decision on a family's request on the case's timeline. */
	@Transactional
	public void recordDecision(UUID applicationId, String action, String comment, String staffUserId) {
		load(applicationId).recordAction(action, clock.instant(),
				new Actor("staff:" + staffUserId, staffUserId, null, null), comment);
	}

	/** The campaign's cases an allocation places now, and how many are still on their way. */
	@Transactional(readOnly = true)
	public PlacementCandidates placementCandidates(UUID campaignId) {
		List<PlacementCandidates.General> general = new ArrayList<>();
		List<PlacementCandidates.Points> points = new ArrayList<>();
		long pending = 0;
		try (Stream<Application> cases = repository.streamByCampaignId(campaignId)) {
			for (Iterator<Application> each = cases.iterator(); each.hasNext();) {
				Application application = each.next();
				ApplicationStatus status = application.status();
				if (application.isPointsPath() && status == ApplicationStatus.REVIEWED && eligible(application)) {
					points.add(pointsCandidate(application));
				}
				else if (!application.isPointsPath() && status == ApplicationStatus.ONSITE_REVIEW_ENDED) {
					general.add(generalCandidate(application));
				}
				else if ((application.isPointsPath() ? PENDING_POINTS : PENDING_GENERAL).contains(status)) {
					pending++;
				}
			}
		}
		return new PlacementCandidates(general, points, pending);
	}

	/**
	 * How the given cases of the campaign appear in the bureau's lists, by application id; ids of
	 * other campaigns or of no case are left out. One query for all of them, so a caller going
	 * through a large campaign asks a batch at a time.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, CaseLabel> labels(UUID campaignId, Collection<UUID> applicationIds) {
		Map<UUID, CaseLabel> labels = new HashMap<>();
		for (Application application : repository.findAllById(applicationIds)) {
			if (application.campaignId().equals(campaignId)) {
				boolean points = application.isPointsPath();
				labels.put(application.id(), new CaseLabel(application.id(), application.childName(),
						IdNumbers.mask(protector.decrypt(application.childIdEncrypted())),
						points ? CampaignPath.POINTS : CampaignPath.GENERAL, application.status(),
						points ? application.pointsTotal() : null));
			}
		}
		return labels;
	}

	/** Records the published admission on the case, where its family and its notice read it. */
	@Transactional
	public void recordAdmission(UUID applicationId, AdmissionOutcome outcome, UUID schoolId, String route,
			Instant publishedAt) {
		load(applicationId).recordAdmission(outcome, schoolId, route, publishedAt);
	}

	/** The published admission of a case the caller may read; empty for any other. */
	@Transactional(readOnly = true)
	public Optional<NoticeFacts> notice(Caller caller, UUID applicationId) {
		return access.findForReading(caller, applicationId)
			.filter(application -> application.admissionPublishedAt() != null)
			.map(application -> new NoticeFacts(application.id(), application.campaignId(), application.childName(),
					IdNumbers.mask(protector.decrypt(application.childIdEncrypted())), application.admissionOutcome(),
					application.admissionSchoolId(), application.admissionRoute(), application.admissionPublishedAt(),
					application.applicantAccountId()));
	}

	private static boolean eligible(Application application) {
		return application.verifications()
			.stream()
			.noneMatch(v -> STAGE_AUDIT.equals(v.stage()) && "IDENTITY_RELATION".equals(v.check()) && !v.passed());
	}

	private static PlacementCandidates.Points pointsCandidate(Application application) {
		boolean insuranceApproved = application.verifications()
			.stream()
			.anyMatch(v -> STAGE_AUDIT.equals(v.stage()) && "SOCIAL_INSURANCE".equals(v.check()) && v.passed());
		PointsFindings found = application.pointsFindings();
		int months = insuranceApproved && found != null ? found.mainApplicantMonths() : 0;
		return new PlacementCandidates.Points(application.id(), application.childIdHash(), application.pointsTotal(),
				months, application.declarationConsentAt(), application.preferences());
	}

	private static PlacementCandidates.General generalCandidate(Application application) {
		RegistryFindings findings = application.findings();
		String address = findings.propertyAddress() != null ? findings.propertyAddress() : application.address();
		Instant confirmedAt = application.timeline()
			.stream()
			.filter(entry -> entry.status() == ApplicationStatus.CONFIRMED && entry.action() == null)
			.map(TimelineEntry::at)
			.reduce((first, later) -> later)
			.orElse(application.createdAt());
		return new PlacementCandidates.General(application.id(), application.childIdHash(), address,
				application.householdType() == HouseholdType.LOCAL && findings.propertyAddress() != null, confirmedAt,
				application.privateSchoolId());
	}

	@Transactional
	public void recordBinding(UUID applicationId, List<CheckResult> results) {
		load(applicationId).replaceChecks(STAGE_BINDING, render(STAGE_BINDING, results));
	}

	@Transactional
	public void recordVerification(UUID applicationId, List<CheckResult> results, RegistryFindings findings) {
		Application application = load(applicationId);
		application.replaceChecks(STAGE_VERIFICATION, render(STAGE_VERIFICATION, results));
		application.recordFindings(findings);
	}

	/** The checks recorded on the case, binding first, each with its reason in both languages. */
	@Transactional(readOnly = true)
	public List<CheckOutcome> checks(UUID applicationId) {
		return load(applicationId).verifications()
			.stream()
			.map(v -> new CheckOutcome(v.stage(), v.check(), v.passed(), v.reasonZh(), v.reasonEn()))
			.toList();
	}

	/**
	 * The campaign's private-school signups, for the lottery: each case with the stable pseudonym of
	 * its child (the keyed hash of the child's ID number, the same across applications) and the school.
	 */
	@Transactional(readOnly = true)
	public List<PrivateSignup> privateSignups(UUID campaignId) {
		return repository.findByCampaignIdAndPrivateSchoolIdIsNotNull(campaignId)
			.stream()
			.map(application -> new PrivateSignup(application.id(), application.childIdHash(),
					application.privateSchoolId(), application.privateSignupFrozen()))
			.toList();
	}

	private List<Verification> render(String stage, List<CheckResult> results) {
		return results.stream()
			.map(result -> new Verification(stage, result.check(), result.passed(), result.reasonCode(),
					reason(result, Locale.SIMPLIFIED_CHINESE), reason(result, Locale.ENGLISH)))
			.toList();
	}

	private String reason(CheckResult result, Locale locale) {
		if (result.reasonCode() == null) {
			return null;
		}
		return messages.getMessage("check." + result.reasonCode(), result.reasonArguments().toArray(),
				result.reasonCode(), locale);
	}

	private Application load(UUID applicationId) {
		return repository.findById(applicationId)
			.orElseThrow(() -> new IllegalStateException("No application " + applicationId));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
