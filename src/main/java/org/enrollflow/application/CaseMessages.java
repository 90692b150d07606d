package org.enrollflow.application;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.enrollflow.account.Caller;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Tells a case's process what its family or counter staff did, as the message the waiting model
 * element expects, recorded as theirs. A process not waiting for it means the case has moved on: 409.
 */
@Component
class CaseMessages {

	private final RuntimeService runtime;
	private final CaseAccess access;

	CaseMessages(RuntimeService runtime, CaseAccess access) {
		this.runtime = runtime;
		this.access = access;
	}

	void correlate(Caller caller, Application application, String message, Map<String, Object> variables) {
		try {
			ActingParty.during(access.actor(caller, application), () -> runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(application.id().toString())
				.setVariables(variables)
				.correlateWithResult());
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw ProblemException.conflict("INVALID_STATE", application.status().name());
		}
	}

}
