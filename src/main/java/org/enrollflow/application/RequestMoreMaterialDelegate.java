package org.enrollflow.application;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.enrollflow.application.GeneralEnrollmentProcess.VAR_REVIEW_COMMENT;

/** Tells the family which further material the on-site reviewer asked for, and notes it on the timeline. */
@Component("requestMoreMaterialDelegate")
class RequestMoreMaterialDelegate implements JavaDelegate {

	private final ApplicationRepository repository;
	private final StatusMails mails;
	private final Clock clock;

	RequestMoreMaterialDelegate(ApplicationRepository repository, StatusMails mails, Clock clock) {
		this.repository = repository;
		this.mails = mails;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String comment = (String) execution.getVariable(VAR_REVIEW_COMMENT);
		repository.findById(UUID.fromString(execution.getProcessBusinessKey())).ifPresent(application -> {
			application.recordAction("MORE_MATERIAL_REQUESTED", clock.instant(), Actor.SYSTEM, comment);
			mails.moreMaterialRequested(application, comment);
		});
	}

}
