package org.enrollflow.application;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the family that the confirmation deadline is near while the case is still open. */
@Component("sendConfirmationReminderDelegate")
class SendConfirmationReminderDelegate implements JavaDelegate {

	private final ApplicationRepository repository;
	private final StatusMails mails;

	SendConfirmationReminderDelegate(ApplicationRepository repository, StatusMails mails) {
		this.repository = repository;
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		repository.findById(UUID.fromString(execution.getProcessBusinessKey())).ifPresent(mails::confirmationReminder);
	}

}
