package org.enrollflow.verification;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.enrollflow.application.Applications;
import org.enrollflow.application.CaseFacts;
import org.enrollflow.campaign.Campaigns;

import org.springframework.stereotype.Component;

import static org.enrollflow.application.GeneralEnrollmentProcess.BINDING_FAILED;
import static org.enrollflow.application.GeneralEnrollmentProcess.BINDING_PASSED;
import static org.enrollflow.application.GeneralEnrollmentProcess.VAR_APPLICANT_IS_PARENT;
import static org.enrollflow.application.GeneralEnrollmentProcess.VAR_APPLICATION_ID;
import static org.enrollflow.application.GeneralEnrollmentProcess.VAR_BINDING_OUTCOME;

/**
 * Runs the child identity binding of a case and records its results. A registry that cannot be
 * reached fails the job, which the engine retries.
 */
@Component("checkBindingDelegate")
class CheckBindingDelegate implements JavaDelegate {

	private final Applications applications;
	private final Campaigns campaigns;
	private final BindingCheck bindingCheck;

	CheckBindingDelegate(Applications applications, Campaigns campaigns, BindingCheck bindingCheck) {
		this.applications = applications;
		this.campaigns = campaigns;
		this.bindingCheck = bindingCheck;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = UUID.fromString((String) execution.getVariable(VAR_APPLICATION_ID));
		CaseFacts facts = applications.facts(applicationId);
		BindingCheck.Outcome outcome = bindingCheck.check(facts, Campaign.of(campaigns, facts.campaignId()));
		applications.recordBinding(applicationId, outcome.results());
		execution.setVariable(VAR_BINDING_OUTCOME, outcome.passed() ? BINDING_PASSED : BINDING_FAILED);
		execution.setVariable(VAR_APPLICANT_IS_PARENT, outcome.applicantIsParent());
	}

}
