package org.enrollflow.application;

/**
 * Names shared by {@code processes/points-admission.bpmn} and the code around it.
 */
public final class PointsAdmissionProcess {

	public static final String PROCESS_KEY = "PointsAdmissionProcess";

	public static final String VAR_APPLICATION_ID = GeneralEnrollmentProcess.VAR_APPLICATION_ID;
	public static final String VAR_CAMPAIGN_ID = GeneralEnrollmentProcess.VAR_CAMPAIGN_ID;
	/** The district the family registered in; its auditors are group {@code district-{district}}. */
	public static final String VAR_DISTRICT = "district";
	public static final String VAR_DISABILITY_DECLARED = "disabilityDeclared";
	/** Where the case stood when the family asked to modify it: {@code REVIEW} or {@code REVIEWED}. */
	public static final String VAR_MODIFICATION_FROM = "modificationFrom";
	/** The family's reason for a modification or recheck request, for the auditor's form. */
	public static final String VAR_REQUEST_REASON = "requestReason";
	public static final String VAR_REVIEW_OUTCOME = GeneralEnrollmentProcess.VAR_REVIEW_OUTCOME;
	public static final String VAR_REVIEW_COMMENT = GeneralEnrollmentProcess.VAR_REVIEW_COMMENT;

	public static final String VAR_IDENTITY_RELATION_OUTCOME = "identityRelationOutcome";
	public static final String VAR_HOUSING_OUTCOME = "housingOutcome";
	public static final String VAR_DISABILITY_OUTCOME = "disabilityOutcome";
	public static final String VAR_SOCIAL_INSURANCE_OUTCOME = "socialInsuranceOutcome";
	public static final String VAR_FAMILY_PLANNING_COMPLIANT = "familyPlanningCompliant";
	/** Set when a modification asked for during the review is refused: the review goes on with the audits done. */
	public static final String VAR_KEEP_AUDITS = "keepAudits";

	public static final String VAR_MAIN_APPLICANT_MONTHS = "mainApplicantMonths";
	public static final String VAR_SECOND_PARENT_MONTHS = "secondParentMonths";
	public static final String VAR_RESIDENCE_PERMIT_YEARS = "residencePermitYears";
	public static final String VAR_OWNS_HOME_IN_DISTRICT = "ownsHomeInDistrict";
	public static final String VAR_TOTAL_POINTS = "totalPoints";

	public static final String FROM_REVIEW = "REVIEW";
	public static final String FROM_REVIEWED = "REVIEWED";

	public static final String MSG_SUBMITTED = "Msg_PointsSubmitted";
	public static final String MSG_MODIFICATION_REQUESTED = "Msg_ModificationRequested";
	public static final String MSG_RECHECK_REQUESTED = "Msg_RecheckRequested";
	public static final String MSG_WITHDRAWAL_REQUESTED = "Msg_WithdrawalRequested";

	public static final String TASK_AUDIT_IDENTITY_RELATION = "Task_AuditIdentityRelation";
	public static final String TASK_AUDIT_HOUSING = "Task_AuditHousing";
	public static final String TASK_AUDIT_DISABILITY = "Task_AuditDisability";
	public static final String TASK_AUDIT_SOCIAL_INSURANCE = "Task_AuditSocialInsurance";
	public static final String TASK_DECIDE_MODIFICATION = "Task_DecideModification";
	public static final String TASK_DECIDE_RECHECK = "Task_DecideRecheck";

	private PointsAdmissionProcess() {
	}

}
