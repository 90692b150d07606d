package org.enrollflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.enrollflow.shared.ProblemException;

/**
 * The enrollment case. It guards the edits a parent may make in each status; the status itself
 * moves only through {@link #enter(ApplicationStatus, Instant, String, String)}, called by the process
 * model's milestones.
 */
@Entity
@Table(name = "application")
class Application {

	private static final Set<ApplicationStatus> EDITABLE = EnumSet.of(ApplicationStatus.DRAFT,
			ApplicationStatus.VERIFICATION_FAILED);

	/** Only confirmed cases sign up for a private school. */
	private static final Set<ApplicationStatus> PRIVATE_SIGNUP = EnumSet.of(ApplicationStatus.CONFIRMED,
			ApplicationStatus.ONSITE_REVIEW, ApplicationStatus.ONSITE_REVIEW_ENDED);

	/** A points-path registration the family may edit: a draft, or one whose modification was approved. */
	private static final Set<ApplicationStatus> POINTS_EDITABLE = EnumSet.of(ApplicationStatus.DRAFT,
			ApplicationStatus.MODIFICATION_APPROVED);

	private static final Set<ApplicationStatus> ENDED = EnumSet.of(ApplicationStatus.ABANDONED,
			ApplicationStatus.WITHDRAWN, ApplicationStatus.ONSITE_REJECTED);

	private static final Set<ApplicationStatus> DELETABLE = EnumSet.of(ApplicationStatus.BINDING,
			ApplicationStatus.BINDING_FAILED, ApplicationStatus.DRAFT);

	@Id
	private UUID id;

	private UUID campaignId;

	@Enumerated(EnumType.STRING)
	private HouseholdType householdType;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private UUID applicantAccountId;

	private String applicantName;

	private String applicantIdEncrypted;

	private String applicantIdHash;

	private String applicantPhone;

	/** The staff member who filed the case at a counter, and the counter's reviewer group. */
	private String filedByStaff;

	private String counterGroup;

	private String childName;

	private String childIdEncrypted;

	private String childIdHash;

	/** Campaign and child; cleared when the case ends, so the child may be bound again. */
	private String bindingKey;

	private String householdNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "guardian1_relation")
	private Relation guardian1Relation;

	@Column(name = "guardian2_name")
	private String guardian2Name;

	@Column(name = "guardian2_id_type")
	private String guardian2IdType;

	@Column(name = "guardian2_id_encrypted")
	private String guardian2IdEncrypted;

	@Column(name = "guardian2_phone")
	private String guardian2Phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "guardian2_relation")
	private Relation guardian2Relation;

	private String address;

	@Enumerated(EnumType.STRING)
	private PropertyKind propertyKind;

	private String propertyNumber;

	private String registryPropertyCertificate;

	private String registryPropertyAddress;

	private BigDecimal registryPropertyArea;

	private LocalDate registryPropertyRegisteredOn;

	private String registryPropertyDistrict;

	private String registryHukouRegion;

	private LocalDate registryResidenceSince;

	private boolean everSubmitted;

	private UUID privateSchoolId;

	private Instant privateSignedUpAt;

	private boolean privateSignupFrozen;

	private Instant createdAt;

	private String district;

	private Instant noticeConsentAt;

	private Instant declarationConsentAt;

	@Column(name = "guardian2_rare_name")
	private boolean guardian2RareName;

	private Integer parentChildCase;

	private Integer foundMainMonths;

	private Integer foundSecondMonths;

	private LocalDate foundResidenceSince;

	private Integer foundPermitYears;

	private Boolean foundHomeInDistrict;

	private String foundHomeAddress;

	private BigDecimal pointsTotal;

	@ElementCollection
	@CollectionTable(name = "application_child", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<ChildEntry> children = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "application_points", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<PointsItem> points = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private AdmissionOutcome admissionOutcome;

	private UUID admissionSchoolId;

	private String admissionRoute;

	private Instant admissionPublishedAt;

	@ElementCollection
	@CollectionTable(name = "application_preference", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	@Column(name = "school_id")
	private List<UUID> preferences = new ArrayList<>();

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "application_check", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<Verification> verifications = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "application_timeline", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<TimelineEntry> timeline = new ArrayList<>();

	protected Application() {
	}

	Application(UUID campaignId, HouseholdType householdType, Applicant applicant, String childName,
			String childIdEncrypted, String childIdHash, String householdNumber, Instant now, Actor actor) {
		this(campaignId, householdType, applicant, childName, childIdEncrypted, childIdHash, householdNumber, now, actor,
				ApplicationStatus.BINDING, "CREATED");
	}

	private Application(UUID campaignId, HouseholdType householdType, Applicant applicant, String childName,
			String childIdEncrypted, String childIdHash, String householdNumber, Instant now, Actor actor,
			ApplicationStatus initial, String action) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.householdType = householdType;
		this.applicantAccountId = applicant.accountId();
		this.applicantName = applicant.name();
		this.applicantIdEncrypted = applicant.idEncrypted();
		this.applicantIdHash = applicant.idHash();
		this.applicantPhone = applicant.phone();
		this.filedByStaff = actor.staffUserId();
		this.counterGroup = actor.counterGroup();
		this.childName = childName;
		this.childIdEncrypted = childIdEncrypted;
		this.childIdHash = childIdHash;
		this.bindingKey = bindingKey(campaignId, childIdHash);
		this.householdNumber = householdNumber;
		this.createdAt = now;
		this.status = initial;
		this.timeline.add(new TimelineEntry(now, initial, action, null, actor.name(), actor.onBehalfOf()));
	}

	/**
	 * A points-path registration: a draft in the chosen district, the notice consent recorded with
	 * its time, the first child bound to it.
	 */
	static Application pointsDraft(UUID campaignId, String district, Applicant applicant, ChildEntry child,
			Instant now, Actor actor) {
		Application application = new Application(campaignId, HouseholdType.NON_LOCAL, applicant, child.name(),
				child.idEncrypted(), child.idHash(), null, now, actor, ApplicationStatus.DRAFT, "REGISTERED");
		application.district = district;
		application.noticeConsentAt = now;
		application.children.add(child);
		return application;
	}

	static String bindingKey(UUID campaignId, String childIdHash) {
		return campaignId + ":" + childIdHash;
	}

	/** A process milestone reached: the one place the parent-facing status changes. */
	void enter(ApplicationStatus next, Instant at, String note, String actor, String onBehalfOf) {
		this.status = next;
		if (ENDED.contains(next)) {
			this.bindingKey = null;
			this.children.replaceAll(ChildEntry::unbound);
		}
		this.timeline.add(new TimelineEntry(at, next, null, note, actor, onBehalfOf));
	}

	void recordAction(String action, Instant at, Actor actor) {
		recordAction(action, at, actor, null);
	}

	void recordAction(String action, Instant at, Actor actor, String note) {
		this.timeline.add(new TimelineEntry(at, status, action, note, actor.name(), actor.onBehalfOf()));
	}

	/** The family opened an account: the case filed for them at a counter is now theirs to follow. */
	void linkApplicantAccount(UUID accountId) {
		if (applicantAccountId == null) {
			this.applicantAccountId = accountId;
		}
	}

	void correctBinding(String childName, String childIdEncrypted, String childIdHash, String householdNumber) {
		requireStatus(EnumSet.of(ApplicationStatus.BINDING_FAILED));
		this.childName = childName;
		this.childIdEncrypted = childIdEncrypted;
		this.childIdHash = childIdHash;
		this.bindingKey = bindingKey(campaignId, childIdHash);
		this.householdNumber = householdNumber;
	}

	void saveDetails(Relation guardian1Relation, String guardian2Name, String guardian2IdType,
			String guardian2IdEncrypted, String guardian2Phone, Relation guardian2Relation, String address,
			PropertyKind propertyKind, String propertyNumber) {
		requireStatus(EDITABLE);
		setDetails(guardian1Relation, guardian2Name, guardian2IdType, guardian2IdEncrypted, guardian2Phone,
				guardian2Relation, address, propertyKind, propertyNumber);
	}

	private void setDetails(Relation guardian1Relation, String guardian2Name, String guardian2IdType,
			String guardian2IdEncrypted, String guardian2Phone, Relation guardian2Relation, String address,
			PropertyKind propertyKind, String propertyNumber) {
		this.guardian1Relation = guardian1Relation;
		this.guardian2Name = guardian2Name;
		this.guardian2IdType = guardian2IdType;
		this.guardian2IdEncrypted = guardian2IdEncrypted;
		this.guardian2Phone = guardian2Phone;
		this.guardian2Relation = guardian2Relation;
		this.address = address;
		this.propertyKind = propertyKind;
		this.propertyNumber = propertyNumber;
	}

	void markSubmitted() {
		requireStatus(EDITABLE);
		this.everSubmitted = true;
	}

	/**
	 * Saves a points-path registration as it stands, complete or not; only submission asks for
	 * completeness. The children replace the earlier ones, the first being the case's child.
	 */
	void savePointsDetails(PointsDetails details) {
		requireStatus(POINTS_EDITABLE);
		setDetails(details.guardian1Relation(), details.guardian2Name(), details.guardian2IdType(),
				details.guardian2IdEncrypted(), details.guardian2Phone(), details.guardian2Relation(),
				details.address(), details.propertyKind(), details.propertyNumber());
		this.guardian2RareName = details.guardian2RareName();
		this.parentChildCase = details.parentChildCase();
		if (!details.children().isEmpty()) {
			ChildEntry first = details.children().get(0);
			this.childName = first.name();
			this.childIdEncrypted = first.idEncrypted();
			this.childIdHash = first.idHash();
			this.bindingKey = first.bindingKey();
			this.children.clear();
			this.children.addAll(details.children());
		}
	}

	void markPointsSubmitted(Instant at) {
		requireStatus(POINTS_EDITABLE);
		this.everSubmitted = true;
		this.declarationConsentAt = at;
	}

	void recordPointsFindings(PointsFindings findings) {
		this.foundMainMonths = findings.mainApplicantMonths();
		this.foundSecondMonths = findings.secondParentMonths();
		this.foundResidenceSince = findings.residenceSince();
		this.foundPermitYears = findings.residencePermitYears();
		this.foundHomeInDistrict = findings.homeInDistrict();
		this.foundHomeAddress = findings.homeAddress();
	}

	PointsFindings pointsFindings() {
		if (foundMainMonths == null) {
			return null;
		}
		return new PointsFindings(foundMainMonths, foundSecondMonths, foundResidenceSince, foundPermitYears,
				foundHomeInDistrict, foundHomeAddress);
	}

	void recordPoints(List<PointsItem> items, BigDecimal total) {
		this.points.clear();
		this.points.addAll(items);
		this.pointsTotal = total;
	}

	/** The public schools the family wishes for on the points path, most wished first. */
	void preferSchools(List<UUID> schoolIds) {
		this.preferences.clear();
		this.preferences.addAll(schoolIds);
	}

	/** The published result of the allocation, recorded when the results reach the family. */
	void recordAdmission(AdmissionOutcome outcome, UUID schoolId, String route, Instant publishedAt) {
		this.admissionOutcome = outcome;
		this.admissionSchoolId = schoolId;
		this.admissionRoute = route;
		this.admissionPublishedAt = publishedAt;
	}

	/** Signs up for a private school, or changes the school, while the signup is open. */
	void signUpPrivate(UUID schoolId, Instant at) {
		requirePrivateSignupOpen();
		this.privateSchoolId = schoolId;
		this.privateSignedUpAt = at;
	}

	void cancelPrivateSignup() {
		requirePrivateSignupOpen();
		if (privateSchoolId == null) {
			throw ProblemException.conflict("NO_PRIVATE_SIGNUP");
		}
		this.privateSchoolId = null;
		this.privateSignedUpAt = null;
	}

	/** The signup window closed: the choice, or the absence of one, is final. */
	void freezePrivateSignup() {
		this.privateSignupFrozen = true;
	}

	boolean mayChangePrivateSignup() {
		return PRIVATE_SIGNUP.contains(status) && !privateSignupFrozen;
	}

	private void requirePrivateSignupOpen() {
		requireStatus(PRIVATE_SIGNUP);
		if (privateSignupFrozen) {
			throw ProblemException.windowClosed("privateSignup");
		}
	}

	void requireStatus(Set<ApplicationStatus> allowed) {
		if (!allowed.contains(status)) {
			throw ProblemException.conflict("INVALID_STATE", status.name());
		}
	}

	void requireDeletable() {
		if (!DELETABLE.contains(status) || everSubmitted) {
			throw ProblemException.conflict("NOT_A_DRAFT", status.name());
		}
	}

	void replaceChecks(String stage, List<Verification> results) {
		verifications.removeIf(v -> v.stage().equals(stage));
		verifications.addAll(results);
	}

	void recordFindings(RegistryFindings findings) {
		this.registryPropertyCertificate = findings.propertyCertificateNumber();
		this.registryPropertyAddress = findings.propertyAddress();
		this.registryPropertyArea = findings.propertyAreaM2();
		this.registryPropertyRegisteredOn = findings.propertyRegisteredOn();
		this.registryPropertyDistrict = findings.propertyDistrict();
		this.registryHukouRegion = findings.hukouRegion();
		this.registryResidenceSince = findings.residenceSince();
	}

	RegistryFindings findings() {
		return new RegistryFindings(registryPropertyCertificate, registryPropertyAddress, registryPropertyArea,
				registryPropertyRegisteredOn, registryPropertyDistrict, registryHukouRegion, registryResidenceSince);
	}

	boolean detailsComplete() {
		return guardian1Relation != null && address != null && propertyKind != null
				&& (propertyKind == PropertyKind.NONE || propertyNumber != null);
	}

	boolean isEditable() {
		return EDITABLE.contains(status);
	}

	/** Whether the case is a points-path registration, which is made in a district. */
	boolean isPointsPath() {
		return district != null;
	}

	boolean isPointsEditable() {
		return POINTS_EDITABLE.contains(status);
	}

	boolean isDeletable() {
		return DELETABLE.contains(status) && !everSubmitted;
	}

	UUID id() {
		return id;
	}

	UUID campaignId() {
		return campaignId;
	}

	HouseholdType householdType() {
		return householdType;
	}

	ApplicationStatus status() {
		return status;
	}

	UUID applicantAccountId() {
		return applicantAccountId;
	}

	String applicantName() {
		return applicantName;
	}

	String applicantIdEncrypted() {
		return applicantIdEncrypted;
	}

	String applicantIdHash() {
		return applicantIdHash;
	}

	String applicantPhone() {
		return applicantPhone;
	}

	String counterGroup() {
		return counterGroup;
	}

	String childName() {
		return childName;
	}

	String childIdHash() {
		return childIdHash;
	}

	String childIdEncrypted() {
		return childIdEncrypted;
	}

	String householdNumber() {
		return householdNumber;
	}

	Relation guardian1Relation() {
		return guardian1Relation;
	}

	String guardian2Name() {
		return guardian2Name;
	}

	String guardian2IdType() {
		return guardian2IdType;
	}

	String guardian2IdEncrypted() {
		return guardian2IdEncrypted;
	}

	String guardian2Phone() {
		return guardian2Phone;
	}

	Relation guardian2Relation() {
		return guardian2Relation;
	}

	String address() {
		return address;
	}

	PropertyKind propertyKind() {
		return propertyKind;
	}

	String propertyNumber() {
		return propertyNumber;
	}

	UUID privateSchoolId() {
		return privateSchoolId;
	}

	Instant privateSignedUpAt() {
		return privateSignedUpAt;
	}

	boolean privateSignupFrozen() {
		return privateSignupFrozen;
	}

	Instant createdAt() {
		return createdAt;
	}

	String district() {
		return district;
	}

	Instant noticeConsentAt() {
		return noticeConsentAt;
	}

	Instant declarationConsentAt() {
		return declarationConsentAt;
	}

	boolean guardian2RareName() {
		return guardian2RareName;
	}

	Integer parentChildCase() {
		return parentChildCase;
	}

	List<ChildEntry> children() {
		return List.copyOf(children);
	}

	List<PointsItem> points() {
		return List.copyOf(points);
	}

	BigDecimal pointsTotal() {
		return pointsTotal;
	}

	boolean everSubmitted() {
		return everSubmitted;
	}

	List<UUID> preferences() {
		return List.copyOf(preferences);
	}

	AdmissionOutcome admissionOutcome() {
		return admissionOutcome;
	}

	UUID admissionSchoolId() {
		return admissionSchoolId;
	}

	String admissionRoute() {
		return admissionRoute;
	}

	Instant admissionPublishedAt() {
		return admissionPublishedAt;
	}

	long version() {
		return version;
	}

	List<Verification> verifications() {
		return List.copyOf(verifications);
	}

	List<TimelineEntry> timeline() {
		return List.copyOf(timeline);
	}

}
