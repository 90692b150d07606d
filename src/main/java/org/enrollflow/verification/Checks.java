package org.enrollflow.verification;

/** The names of the checks, as {@link org.enrollflow.application.CheckResult#check()} carries them. */
final class Checks {

	static final String CHILD_ID_NUMBER = "CHILD_ID_NUMBER";
	static final String CHILD_IDENTITY = "CHILD_IDENTITY";
	static final String CHILD_BIRTH_DATE = "CHILD_BIRTH_DATE";
	static final String HOUSEHOLD_NUMBER = "HOUSEHOLD_NUMBER";
	static final String HUKOU_REGION = "HUKOU_REGION";
	static final String CHILD_HUKOU = "CHILD_HUKOU";
	static final String RESIDENCE_PERMIT = "RESIDENCE_PERMIT";
	static final String APPLICANT_PARENT = "APPLICANT_PARENT";
	static final String GUARDIAN1_RELATION = "GUARDIAN1_RELATION";
	static final String GUARDIAN2_ID_NUMBER = "GUARDIAN2_ID_NUMBER";
	static final String GUARDIAN2_IDENTITY = "GUARDIAN2_IDENTITY";
	static final String GUARDIAN2_RELATION = "GUARDIAN2_RELATION";
	static final String PROPERTY_RECORD = "PROPERTY_RECORD";
	static final String PROPERTY_OWNER = "PROPERTY_OWNER";
	static final String PROPERTY_USAGE = "PROPERTY_USAGE";
	static final String FAMILY_PROPERTY = "FAMILY_PROPERTY";
	static final String PARENT_CHILD_RELATION = "PARENT_CHILD_RELATION";
	static final String DISABILITY = "DISABILITY";
	static final String HOUSING_RECORD = "HOUSING_RECORD";
	static final String HOUSING_OWNER = "HOUSING_OWNER";
	static final String HOUSING_USAGE = "HOUSING_USAGE";
	static final String HOUSING_DISTRICT = "HOUSING_DISTRICT";
	static final String SOCIAL_INSURANCE = "SOCIAL_INSURANCE";

	private Checks() {
	}

}
