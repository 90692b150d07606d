package org.enrollflow.verification;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.enrollflow.application.Applications;
import org.enrollflow.application.CaseFacts;
import org.enrollflow.campaign.Campaigns;

import org.springframework.stereotype.Component;

import static org.enrollflow.application.GeneralEnrollmentProcess.VAR_APPLICATION_ID;
import static org.enrollflow.application.GeneralEnrollmentProcess.VAR_VERIFICATION_PASSED;

/**
 * Verifies a case's enrollment details against the registries and records the results with what
 * the registries returned. A registry that cannot be reached fails the job, which the engine retries.
 */
@Component("verifyDetailsDelegate")
class VerifyDetailsDelegate implements JavaDelegate {

	private final Applications applications;
	private final Campaigns campaigns;
	private final DetailsVerification verification;

	VerifyDetailsDelegate(Applications applications, Campaigns campaigns, DetailsVerification verification) {
		this.applications = applications;
		this.campaigns = campaigns;
		this.verification = verification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = UUID.fromString((String) execution.getVariable(VAR_APPLICATION_ID));
		CaseFacts facts = applications.facts(applicationId);
		DetailsVerification.Outcome outcome = verification.verify(facts, Campaign.of(campaigns, facts.campaignId()));
		applications.recordVerification(applicationId, outcome.results(), outcome.findings());
		execution.setVariable(VAR_VERIFICATION_PASSED, outcome.passed());
	}

}
