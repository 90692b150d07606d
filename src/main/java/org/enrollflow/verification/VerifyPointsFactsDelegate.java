package org.enrollflow.verification;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.enrollflow.application.Applications;
import org.enrollflow.application.PointsCaseFacts;
import org.enrollflow.campaign.Campaigns;

import org.springframework.stereotype.Component;

import static org.enrollflow.application.PointsAdmissionProcess.VAR_APPLICATION_ID;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_DISABILITY_DECLARED;

/**
 * Verifies a points-path registration against the registries and records the results with what
 * the registries hold for its points. Whether the case passes is the auditors' decision, so no
 * outcome is set: only whether a child declares a disability, which calls for the disability
 * audit. A registry that cannot be reached fails the job, which the engine retries.
 */
@Component("verifyPointsFactsDelegate")
class VerifyPointsFactsDelegate implements JavaDelegate {

	private final Applications applications;
	private final Campaigns campaigns;
	private final PointsVerification verification;

	VerifyPointsFactsDelegate(Applications applications, Campaigns campaigns, PointsVerification verification) {
		this.applications = applications;
		this.campaigns = campaigns;
		this.verification = verification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = UUID.fromString((String) execution.getVariable(VAR_APPLICATION_ID));
		PointsCaseFacts facts = applications.pointsFacts(applicationId);
		PointsVerification.Outcome outcome = verification.verify(facts, Campaign.of(campaigns, facts.campaignId()));
		applications.recordPointsVerification(applicationId, outcome.results(), outcome.findings());
		execution.setVariable(VAR_DISABILITY_DECLARED,
				facts.children().stream().anyMatch(PointsCaseFacts.Child::disabilityDeclared));
	}

}
