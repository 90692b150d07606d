package org.enrollflow.review;

/**
 * The task-local variables a review form shows, read-only. ID numbers only masked.
 */
final class FormFact {

	static final String CHILD_NAME = "childName";

	static final String CHILD_ID_MASKED = "childIdMasked";

	static final String HOUSEHOLD_TYPE = "householdTypeLabel";

	static final String ADDRESS = "address";

	static final String PROPERTY = "propertySummary";

	static final String VERIFICATION = "verificationSummary";

	static final String APPLICANT_RELATION = "applicantRelation";

	/** Links to the case's documents, a Markdown list the form's text shows as {@code {{documentLinks}}}. */
	static final String DOCUMENT_LINKS = "documentLinks";

	private FormFact() {
	}

}
