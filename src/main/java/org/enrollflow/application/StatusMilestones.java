package org.enrollflow.application;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case to the status of the milestone its process reached, records it on the timeline
 * and tells the family, all in the engine's transaction.
 */
@Component
class StatusMilestones {

	private final ApplicationRepository repository;
	private final StatusMails mails;
	private final Clock clock;

	StatusMilestones(ApplicationRepository repository, StatusMails mails, Clock clock) {
		this.repository = repository;
		this.mails = mails;
		this.clock = clock;
	}

	@Transactional
	void reach(DelegateExecution execution, ApplicationStatus status) {
		UUID applicationId = UUID.fromString(execution.getProcessBusinessKey());
		Application application = repository.findById(applicationId)
			.orElseThrow(() -> new IllegalStateException("No application " + applicationId));
		String note = (String) execution.getVariable(GeneralEnrollmentProcess.VAR_REVIEW_COMMENT);
		Actor actor = actor(execution);
		application.enter(status, clock.instant(), needsNote(status) ? note : null, actor.name(), actor.onBehalfOf());
		mails.statusReached(application, note);
	}

	private static boolean needsNote(ApplicationStatus status) {
		return status == ApplicationStatus.ONSITE_REJECTED || status == ApplicationStatus.ONSITE_REVIEW_ENDED;
	}

	/** A reviewer working through the engine, else whoever's request moved the process, else the system. */
	private static Actor actor(DelegateExecution execution) {
		Authentication authentication = execution.getProcessEngineServices()
			.getIdentityService()
			.getCurrentAuthentication();
		return authentication == null ? ActingParty.current()
				: new Actor("staff:" + authentication.getUserId(), authentication.getUserId(), null, null);
	}

}
