package org.enrollflow.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.enrollflow.account.Caller;
import org.enrollflow.appointment.Appointments;
import org.enrollflow.appointment.SlotView;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.document.Documents;
import org.enrollflow.points.GuardianIdType;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.shared.ProblemException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.enrollflow.application.GeneralEnrollmentProcess.*;

/**
 * What parents do to their cases. Each command checks the case's state and the campaign's window
 * by the clock, changes the case, and tells the process by a message, all in one transaction: a
 * refused command changes nothing.
 */
@Service
class ApplicationCommands {

	private final ApplicationRepository repository;
	private final CaseAccess access;
	private final Campaigns campaigns;
	private final Applicants applicants;
	private final CaseMessages messages;
	private final PointsCommands points;
	private final IdNumberProtector protector;
	private final RuntimeService runtime;
	private final CaseSchool schools;
	private final Schools privateSchools;
	private final Appointments appointments;
	private final Documents documents;
	private final Clock clock;

	ApplicationCommands(ApplicationRepository repository, CaseAccess access, Campaigns campaigns,
			Applicants applicants, CaseMessages messages, PointsCommands points, IdNumberProtector protector,
			RuntimeService runtime,
			CaseSchool schools, Schools privateSchools, Appointments appointments, Documents documents, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.campaigns = campaigns;
		this.applicants = applicants;
		this.messages = messages;
		this.points = points;
		this.protector = protector;
		this.runtime = runtime;
		this.schools = schools;
		this.privateSchools = privateSchools;
		this.appointments = appointments;
		this.documents = documents;
		this.clock = clock;
	}

	@Transactional
	Application create(Caller caller, ApplicationRequests.Create request) {
		CampaignView campaign = campaigns.find(request.campaignId())
			.orElseThrow(() -> ProblemException.unprocessableField("campaignId", "UNKNOWN_CAMPAIGN"));
		if (!campaign.registrationOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("registration");
		}
		String childId = validChildId(request.child().idNumber());
		if (campaign.path() == CampaignPath.POINTS) {
			return points.create(caller, campaign, request, childId);
		}
		String householdNumber = householdNumber(request.householdType(), request.householdNumber());
		String childHash = protector.hash(childId);
		Applicant applicant = applicants.of(caller, request.onBehalfOf());
		if (repository.isBound(Application.bindingKey(campaign.id(), childHash))) {
			throw ProblemException.conflict("CHILD_ALREADY_BOUND");
		}
		String counterGroup = caller.isStaff() ? access.counterGroup(caller) : null;
		Actor actor = Actor.of(caller, counterGroup, applicant.name(), protector.decrypt(applicant.idEncrypted()));
		Application application = repository.save(new Application(campaign.id(), request.householdType(), applicant,
				request.child().name().strip(), protector.encrypt(childId), childHash, householdNumber,
				clock.instant(), actor));
		repository.flush();
		ActingParty.during(actor, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, application.id().toString(),
				Variables.createVariables()
					.putValue(VAR_APPLICATION_ID, application.id().toString())
					.putValue(VAR_CAMPAIGN_ID, campaign.id().toString())
					.putValue(VAR_HOUSEHOLD_TYPE, request.householdType().name())));
		return application;
	}

	@Transactional
	Application correctBinding(Caller caller, UUID id, Long expectedVersion, ApplicationRequests.Binding request) {
		Application application = ownCase(caller, id, expectedVersion);
		requireConfirmationWindow(application);
		String childId = validChildId(request.child().idNumber());
		String householdNumber = householdNumber(application.householdType(), request.householdNumber());
		String childHash = protector.hash(childId);
		String key = Application.bindingKey(application.campaignId(), childHash);
		if (!key.equals(Application.bindingKey(application.campaignId(), currentHash(application)))
				&& repository.isBound(key)) {
			throw ProblemException.conflict("CHILD_ALREADY_BOUND");
		}
		application.correctBinding(request.child().name().strip(), protector.encrypt(childId), childHash,
				householdNumber);
		application.recordAction("BINDING_CORRECTED", clock.instant(), access.actor(caller, application));
		repository.flush();
		correlate(caller, application, MSG_BINDING_CORRECTED, Map.of());
		return application;
	}

	@Transactional
	Application saveDetails(Caller caller, UUID id, Long expectedVersion, ApplicationRequests.Details request) {
		Application application = ownCase(caller, id, expectedVersion);
		if (application.isPointsPath()) {
			return points.saveDetails(caller, application, request);
		}
		requireConfirmationWindow(application);
		application.requireStatus(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.VERIFICATION_FAILED));
		ApplicationRequests.Guardian2 guardian2 = request.guardian2();
		String guardian2Id = guardian2 == null ? null : validGuardianId(guardian2);
		ApplicationRequests.Property property = request.property();
		application.saveDetails(request.guardian1() == null ? null : request.guardian1().relation(),
				guardian2 == null ? null : guardian2.name().strip(), guardian2 == null ? null : guardian2.idType().name(),
				protector.encrypt(guardian2Id), guardian2 == null ? null : guardian2.phone(),
				guardian2 == null ? null : guardian2.relation(), blankToNull(request.address()),
				property == null ? null : property.kind(), property == null ? null : propertyNumber(property));
		application.recordAction("DETAILS_SAVED", clock.instant(), access.actor(caller, application));
		return application;
	}

	@Transactional
	Application submit(Caller caller, UUID id, Long expectedVersion, ApplicationRequests.Submission submission) {
		Application application = ownCase(caller, id, expectedVersion);
		if (application.isPointsPath()) {
			return points.submit(caller, application, submission);
		}
		requireConfirmationWindow(application);
		application.requireStatus(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.VERIFICATION_FAILED));
		List<FieldProblem> missing = missingDetails(application);
		if (!missing.isEmpty()) {
			throw ProblemException.withFields(HttpStatus.UNPROCESSABLE_ENTITY, "DETAILS_INCOMPLETE", missing);
		}
		application.markSubmitted();
		application.recordAction("SUBMITTED", clock.instant(), access.actor(caller, application));
		repository.flush();
		correlate(caller, application, MSG_DETAILS_SUBMITTED,
				Map.of(VAR_GUARDIAN1_RELATION, application.guardian1Relation().name(), VAR_PROPERTY_KIND,
						application.propertyKind().name()));
		return application;
	}

	@Transactional
	Application confirm(Caller caller, UUID id, Long expectedVersion) {
		return answerConfirmation(caller, id, expectedVersion, "CONFIRMED", MSG_PARENT_CONFIRMED);
	}

	@Transactional
	Application reopen(Caller caller, UUID id, Long expectedVersion) {
		return answerConfirmation(caller, id, expectedVersion, "REOPENED", MSG_PARENT_REOPENED);
	}

	/** Signs the confirmed case up for a private school of its campaign, or changes the school. */
	@Transactional
	Application signUpPrivate(Caller caller, UUID id, Long expectedVersion, UUID schoolId) {
		Application application = ownCase(caller, id, expectedVersion);
		requirePrivateSignupWindow(application);
		SchoolView school = privateSchools.find(schoolId)
			.filter(found -> found.campaignId().equals(application.campaignId()) && found.type() == SchoolType.PRIVATE)
			.orElseThrow(() -> ProblemException.unprocessableField("schoolId", "NOT_A_PRIVATE_SCHOOL"));
		boolean change = application.privateSchoolId() != null;
		application.signUpPrivate(school.id(), clock.instant());
		application.recordAction(change ? "PRIVATE_SIGNUP_CHANGED" : "PRIVATE_SIGNUP", clock.instant(),
				access.actor(caller, application), school.name());
		return application;
	}

	@Transactional
	Application cancelPrivateSignup(Caller caller, UUID id, Long expectedVersion) {
		Application application = ownCase(caller, id, expectedVersion);
		requirePrivateSignupWindow(application);
		application.cancelPrivateSignup();
		application.recordAction("PRIVATE_SIGNUP_CANCELLED", clock.instant(), access.actor(caller, application));
		return application;
	}

	private void requirePrivateSignupWindow(Application application) {
		CampaignView campaign = campaigns.find(application.campaignId()).orElseThrow();
		if (!campaign.privateSignupOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("privateSignup");
		}
	}

	/**
	 * Books or moves the case's on-site review appointment to a free slot of its school, and tells
	 * the process, which sends the notice (and, on a reschedule, replaces the review task).
	 */
	@Transactional
	Application bookAppointment(Caller caller, UUID id, Long expectedVersion, UUID slotId) {
		Application application = ownCase(caller, id, expectedVersion);
		application.requireStatus(EnumSet.of(ApplicationStatus.ONSITE_REVIEW));
		boolean offered = freeSlots(application).stream().anyMatch(slot -> slot.id().equals(slotId));
		if (!offered && appointments.current(id).filter(current -> current.slotId().equals(slotId)).isEmpty()) {
			throw ProblemException.conflict("SLOT_NOT_AVAILABLE");
		}
		appointments.book(id, slotId);
		application.recordAction("APPOINTMENT_BOOKED", clock.instant(), access.actor(caller, application));
		repository.flush();
		correlate(caller, application, MSG_APPOINTMENT_BOOKED, Map.of());
		return application;
	}

	/** The free on-site review slots of the case's school, for its owner. */
	@Transactional(readOnly = true)
	List<SlotView> freeSlots(Caller caller, UUID id) {
		return freeSlots(ownCase(caller, id, null));
	}

	private List<SlotView> freeSlots(Application application) {
		return schools.of(application).map(school -> appointments.freeSlots(school.id())).orElse(List.of());
	}

	@Transactional
	void deleteDraft(Caller caller, UUID id, Long expectedVersion) {
		Application application = ownCase(caller, id, expectedVersion);
		application.requireDeletable();
		runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(id.toString())
			.list()
			.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "Draft deleted by the parent"));
		documents.deleteAllOf(id);
		repository.delete(application);
	}

	private Application answerConfirmation(Caller caller, UUID id, Long expectedVersion, String action,
			String message) {
		Application application = ownCase(caller, id, expectedVersion);
		requireConfirmationWindow(application);
		application.requireStatus(EnumSet.of(ApplicationStatus.AWAITING_CONFIRMATION));
		application.recordAction(action, clock.instant(), access.actor(caller, application));
		repository.flush();
		correlate(caller, application, message, Map.of());
		return application;
	}

	private Application ownCase(Caller caller, UUID id, Long expectedVersion) {
		return access.require(caller, id, expectedVersion);
	}

	private void requireConfirmationWindow(Application application) {
		CampaignView campaign = campaigns.find(application.campaignId()).orElseThrow();
		if (!campaign.confirmationOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("confirmation");
		}
	}

	private void correlate(Caller caller, Application application, String message, Map<String, Object> variables) {
		messages.correlate(caller, application, message, variables);
	}

	private String currentHash(Application application) {
		return protector.hash(protector.decrypt(application.childIdEncrypted()));
	}

	private static String validChildId(String idNumber) {
		return validChildId("child.idNumber", idNumber);
	}

	static String validChildId(String field, String idNumber) {
		String id = IdNumbers.normalize(idNumber);
		Optional<String> problem = IdNumbers.problem(id);
		if (problem.isPresent()) {
			throw ProblemException.invalidField(field, problem.get());
		}
		return id;
	}

	static String validGuardianId(ApplicationRequests.Guardian2 guardian2) {
		String number = GuardianIdType.normalize(guardian2.idNumber());
		guardian2.idType().problem(number).ifPresent(code -> {
			throw ProblemException.invalidField("guardian2.idNumber", code);
		});
		return number;
	}

	private static String householdNumber(HouseholdType type, String householdNumber) {
		String number = blankToNull(householdNumber);
		if (type == HouseholdType.LOCAL && number == null) {
			throw ProblemException.invalidField("householdNumber", "HOUSEHOLD_NUMBER_REQUIRED");
		}
		return number;
	}

	static String propertyNumber(ApplicationRequests.Property property) {
		String number = blankToNull(property.number());
		if (property.kind() != PropertyKind.NONE && number == null) {
			throw ProblemException.invalidField("property.number", "PROPERTY_NUMBER_REQUIRED");
		}
		return property.kind() == PropertyKind.NONE ? null : number;
	}

	private static List<FieldProblem> missingDetails(Application application) {
		List<FieldProblem> missing = new ArrayList<>();
		if (application.guardian1Relation() == null) {
			missing.add(new FieldProblem("guardian1.relation", "REQUIRED"));
		}
		if (application.address() == null) {
			missing.add(new FieldProblem("address", "REQUIRED"));
		}
		if (application.propertyKind() == null) {
			missing.add(new FieldProblem("property.kind", "REQUIRED"));
		}
		return missing;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
