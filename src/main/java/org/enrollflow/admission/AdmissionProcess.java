package org.enrollflow.admission;

/**
 * Names shared by {@code processes/admission.bpmn} and the code around it.
 */
public final class AdmissionProcess {

	public static final String PROCESS_KEY = "AdmissionProcess";

	public static final String VAR_APPLICATION_ID = "applicationId";
	public static final String VAR_CAMPAIGN_ID = "campaignId";
	/** Whether the allocation decided the case; a case it could not place goes to the bureau first. */
	public static final String VAR_PLACED = "placed";
	public static final String VAR_ADMITTED = "admitted";
	/** The school code the bureau's reviewer placed the case at. */
	public static final String VAR_SCHOOL_CODE = "placementSchoolCode";
	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
	public static final String VAR_REVIEW_COMMENT = "reviewComment";

	/** The signal the publication sends, one name a campaign: {@code ResultsPublished-{campaignId}}. */
	public static final String SIGNAL_RESULTS_PUBLISHED = "ResultsPublished-";

	public static final String TASK_PLACE_BY_HAND = "Task_PlaceByHand";

	private AdmissionProcess() {
	}

}
