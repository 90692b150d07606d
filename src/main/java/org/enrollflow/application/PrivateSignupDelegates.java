package org.enrollflow.application;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of {@code private-school-signup.bpmn}: the window opens, the window closes. */
final class PrivateSignupDelegates {

	private PrivateSignupDelegates() {
	}

	/** What the signup window's opening and closing do to a case. */
	@Service
	@Transactional
	static class PrivateSignupWindow {

		private final ApplicationRepository repository;
		private final StatusMails mails;
		private final Clock clock;

		PrivateSignupWindow(ApplicationRepository repository, StatusMails mails, Clock clock) {
			this.repository = repository;
			this.mails = mails;
			this.clock = clock;
		}

		void announce(UUID applicationId) {
			Application application = load(applicationId);
			if (application.mayChangePrivateSignup()) {
				mails.privateSignupOpen(application);
			}
		}

		void close(UUID applicationId) {
			Application application = load(applicationId);
			application.freezePrivateSignup();
			application.recordAction("PRIVATE_SIGNUP_CLOSED", clock.instant(), Actor.SYSTEM);
		}

		private Application load(UUID applicationId) {
			return repository.findById(applicationId)
				.orElseThrow(() -> new IllegalStateException("No application " + applicationId));
		}

	}

	@Component("announcePrivateSignupDelegate")
	static class AnnouncePrivateSignup implements JavaDelegate {

		private final PrivateSignupWindow window;

		AnnouncePrivateSignup(PrivateSignupWindow window) {
			this.window = window;
		}

		@Override
		public void execute(DelegateExecution execution) {
			window.announce(UUID.fromString(execution.getProcessBusinessKey()));
		}

	}

	@Component("closePrivateSignupDelegate")
	static class ClosePrivateSignup implements JavaDelegate {

		private final PrivateSignupWindow window;

		ClosePrivateSignup(PrivateSignupWindow window) {
			this.window = window;
		}

		@Override
		public void execute(DelegateExecution execution) {
			window.close(UUID.fromString(execution.getProcessBusinessKey()));
		}

	}

}
