package org.enrollflow.application;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import static org.enrollflow.application.PointsAdmissionProcess.VAR_DISABILITY_OUTCOME;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_FAMILY_PLANNING_COMPLIANT;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_HOUSING_OUTCOME;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_IDENTITY_RELATION_OUTCOME;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_KEEP_AUDITS;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_SOCIAL_INSURANCE_OUTCOME;

/**
 * Starts a round of a points registration's review (the listener of its start event). A round after a submission, a resubmission or
 * a granted recheck audits every category again, so the outcomes of the round before are cleared.
 * A round that starts again because a modification asked for during it was refused
 * ({@value PointsAdmissionProcess#VAR_KEEP_AUDITS}) keeps the outcomes of the categories already
 * audited, and the review audits only the others: nobody audits the same material twice.
 */
@Component("pointsAuditRound")
class PointsAuditRound implements ExecutionListener {

	private static final List<String> AUDIT_VARIABLES = List.of(VAR_IDENTITY_RELATION_OUTCOME, "identityRelationComment",
			VAR_FAMILY_PLANNING_COMPLIANT, VAR_HOUSING_OUTCOME, "housingComment", VAR_SOCIAL_INSURANCE_OUTCOME,
			"socialInsuranceComment", VAR_DISABILITY_OUTCOME, "disabilityComment");

	@Override
	public void notify(DelegateExecution execution) {
		if (Boolean.TRUE.equals(execution.getVariable(VAR_KEEP_AUDITS))) {
			execution.removeVariable(VAR_KEEP_AUDITS);
		}
		else {
			execution.removeVariables(AUDIT_VARIABLES);
		}
	}

}
