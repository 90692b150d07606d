package org.enrollflow.application;

/**
 * Names shared by {@code processes/general-enrollment.bpmn} and the code around it.
 */
public final class GeneralEnrollmentProcess {

	public static final String PROCESS_KEY = "GeneralEnrollmentProcess";

	public static final String VAR_APPLICATION_ID = "applicationId";
	public static final String VAR_CAMPAIGN_ID = "campaignId";
	public static final String VAR_HOUSEHOLD_TYPE = "householdType";
	public static final String VAR_BINDING_OUTCOME = "bindingOutcome";
	public static final String VAR_APPLICANT_IS_PARENT = "applicantIsParent";
	public static final String VAR_GUARDIAN1_RELATION = "guardian1Relation";
	public static final String VAR_PROPERTY_KIND = "propertyKind";
	public static final String VAR_VERIFICATION_PASSED = "verificationPassed";
	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
	public static final String VAR_REVIEW_COMMENT = "reviewComment";
	public static final String VAR_NO_SHOWS = "noShows";

	public static final String ERROR_NO_FREE_SLOT = "NO_FREE_SLOT";

	public static final String BINDING_PASSED = "PASSED";
	public static final String BINDING_FAILED = "FAILED";

	public static final String MSG_BINDING_CORRECTED = "Msg_BindingCorrected";
	public static final String MSG_DETAILS_SUBMITTED = "Msg_DetailsSubmitted";
	public static final String MSG_PARENT_CONFIRMED = "Msg_ParentConfirmed";
	public static final String MSG_PARENT_REOPENED = "Msg_ParentReopened";
	public static final String MSG_APPOINTMENT_BOOKED = "Msg_AppointmentBooked";

	public static final String TASK_REVIEW_ON_SITE = "Task_ReviewOnSite";
	public static final String TASK_COMPLETE_AT_COUNTER = "Task_CompleteAtCounter";
	public static final String TASK_REVIEW_AT_DISTRICT = "Task_ReviewAtDistrict";

	private GeneralEnrollmentProcess() {
	}

}
