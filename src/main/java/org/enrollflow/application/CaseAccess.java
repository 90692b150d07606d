package org.enrollflow.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.enrollflow.account.Caller;
import org.enrollflow.account.ParentAccounts;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Which cases a caller may see and act on: a parent their own (also those filed for them at a
 * counter before they had an account), counter staff the cases filed at their counter,
 * administrators any. Anything else is "not found", exactly like a case that does not exist.
 */
@Component
class CaseAccess {

	private static final List<String> COUNTER_GROUP_PREFIXES = List.of("school-", "district-");

	private final ApplicationRepository repository;
	private final ParentAccounts accounts;
	private final IdNumberProtector protector;
	private final CaseSchool schools;
	private final Campaigns campaigns;

	CaseAccess(ApplicationRepository repository, ParentAccounts accounts, IdNumberProtector protector,
			CaseSchool schools, Campaigns campaigns) {
		this.repository = repository;
		this.accounts = accounts;
		this.protector = protector;
		this.schools = schools;
		this.campaigns = campaigns;
	}

	/**
	 * The case if the caller may read it: whoever may act on it, and the reviewers of its school and
	 * of its district (documents, for instance, are theirs to see).
	 */
	Optional<Application> findForReading(Caller caller, UUID id) {
		Optional<Application> acting = find(caller, id);
		if (acting.isPresent() || !caller.isStaff()) {
			return acting;
		}
		return repository.findById(id).filter(application -> reviewerGroups(application).stream()
			.anyMatch(caller.groups()::contains));
	}

	/** A points-path registration's auditors are its district's; a general-path case's, its school's and region's. */
	private List<String> reviewerGroups(Application application) {
		if (application.isPointsPath()) {
			return List.of("district-" + application.district());
		}
		List<String> groups = new java.util.ArrayList<>();
		schools.of(application).ifPresent(school -> groups.add("school-" + school.code()));
		campaigns.find(application.campaignId()).ifPresent(campaign -> groups.add("district-" + campaign.region()));
		return groups;
	}

	/** The case if the caller may act on it, checked against the version the caller last saw. */
	Application require(Caller caller, UUID id, Long expectedVersion) {
		Application application = find(caller, id)
			.orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND"));
		if (expectedVersion != null && expectedVersion != application.version()) {
			throw ProblemException.conflict("STALE_VERSION");
		}
		return application;
	}

	Optional<Application> find(Caller caller, UUID id) {
		Optional<Application> found = repository.findById(id);
		if (caller.isAdmin()) {
			return found;
		}
		if (caller.isStaff()) {
			return found.filter(application -> application.counterGroup() != null
					&& caller.groups().contains(application.counterGroup()));
		}
		String idHash = parentIdHash(caller);
		Optional<Application> own = found.filter(application -> caller.parentAccountId()
			.equals(application.applicantAccountId()) || idHash.equals(application.applicantIdHash()));
		own.ifPresent(application -> application.linkApplicantAccount(caller.parentAccountId()));
		return own;
	}

	List<Application> visibleTo(Caller caller) {
		if (caller.isStaff()) {
			return repository.findByCounterGroupInOrderByCreatedAtDesc(caller.groups());
		}
		return repository.findByApplicantAccountIdOrApplicantIdHashOrderByCreatedAtDesc(caller.parentAccountId(),
				parentIdHash(caller));
	}

	/** The reviewer group of the counter a staff member files cases at. */
	String counterGroup(Caller caller) {
		return caller.groups()
			.stream()
			.filter(group -> COUNTER_GROUP_PREFIXES.stream().anyMatch(group::startsWith))
			.sorted()
			.findFirst()
			.orElseThrow(() -> new ProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "NOT_AT_A_COUNTER"));
	}

	Actor actor(Caller caller, Application application) {
		return Actor.of(caller, application.counterGroup(), application.applicantName(),
				protector.decrypt(application.applicantIdEncrypted()));
	}

	private String parentIdHash(Caller caller) {
		return accounts.find(caller.parentAccountId())
			.map(account -> protector.hash(account.idNumber()))
			.orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND"));
	}

}
