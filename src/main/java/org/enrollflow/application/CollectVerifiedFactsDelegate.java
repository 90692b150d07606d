package org.enrollflow.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.enrollflow.application.PointsAdmissionProcess.*;

/**
 * Turns what the registries found and what the auditors approved into the facts the points
 * decision reads: a category the auditors refused counts nothing. Records each category's audit
 * outcome on the case for the family to see.
 */
@Component("collectVerifiedFactsDelegate")
class CollectVerifiedFactsDelegate implements JavaDelegate {

	static final String APPROVE = "APPROVE";

	private final Applications applications;

	CollectVerifiedFactsDelegate(Applications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = UUID.fromString((String) execution.getVariable(VAR_APPLICATION_ID));
		PointsFindings found = applications.pointsFindings(applicationId).orElse(PointsFindings.none());
		boolean identity = approved(execution, VAR_IDENTITY_RELATION_OUTCOME);
		boolean housing = approved(execution, VAR_HOUSING_OUTCOME);
		boolean insurance = approved(execution, VAR_SOCIAL_INSURANCE_OUTCOME);
		execution.setVariable(VAR_MAIN_APPLICANT_MONTHS, insurance ? found.mainApplicantMonths() : 0);
		execution.setVariable(VAR_SECOND_PARENT_MONTHS, insurance ? found.secondParentMonths() : 0);
		execution.setVariable(VAR_RESIDENCE_PERMIT_YEARS, identity ? found.residencePermitYears() : 0);
		execution.setVariable(VAR_OWNS_HOME_IN_DISTRICT, housing && found.homeInDistrict());
		execution.setVariable(VAR_FAMILY_PLANNING_COMPLIANT,
				identity && Boolean.TRUE.equals(execution.getVariable(VAR_FAMILY_PLANNING_COMPLIANT)));
		applications.recordAudit(applicationId, audits(execution));
	}

	private static List<CheckResult> audits(DelegateExecution execution) {
		List<CheckResult> audits = new ArrayList<>();
		audit(execution, "IDENTITY_RELATION", "identityRelation", audits);
		audit(execution, "HOUSING", "housing", audits);
		if (Boolean.TRUE.equals(execution.getVariable(VAR_DISABILITY_DECLARED))) {
			audit(execution, "DISABILITY", "disability", audits);
		}
		audit(execution, "SOCIAL_INSURANCE", "socialInsurance", audits);
		return audits;
	}

	private static void audit(DelegateExecution execution, String check, String category, List<CheckResult> audits) {
		Object comment = execution.getVariable(category + "Comment");
		audits.add(approved(execution, category + "Outcome") ? CheckResult.pass(check)
				: CheckResult.fail(check, "AUDIT_REJECTED", comment == null ? "" : comment));
	}

	private static boolean approved(DelegateExecution execution, String outcomeVariable) {
		return APPROVE.equals(execution.getVariable(outcomeVariable));
	}

}
