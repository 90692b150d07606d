package org.enrollflow.verification;

import java.time.LocalDate;

import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.HouseholdType;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.ResidencePermitRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.verification.Family.CAMPAIGN;
import static org.enrollflow.verification.Family.CHILD;
import static org.enrollflow.verification.Family.FATHER;
import static org.enrollflow.verification.Family.GRANDMOTHER;
import static org.enrollflow.verification.Family.HOUSEHOLD;
import static org.enrollflow.verification.Family.assertFailed;
import static org.enrollflow.verification.Family.assertPassed;

class BindingCheckTests {

	private final FakeRegistry registry = Family.registry();
	private final BindingCheck binding = new BindingCheck(registry, Family.CLOCK);

	@Test
	void bindsALocalChildOfTheApplyingParent() {
		BindingCheck.Outcome outcome = binding.check(local(CHILD, "李𠮷", HOUSEHOLD, FATHER), CAMPAIGN);

		assertThat(outcome.passed()).isTrue();
		assertThat(outcome.applicantIsParent()).isTrue();
		assertThat(outcome.results()).extracting("check")
			.containsExactly(Checks.CHILD_ID_NUMBER, Checks.CHILD_BIRTH_DATE, Checks.CHILD_IDENTITY,
					Checks.HOUSEHOLD_NUMBER, Checks.HUKOU_REGION, Checks.APPLICANT_PARENT);
		assertThat(outcome.results()).allSatisfy(result -> assertThat(result.reasonCode()).isNull());
	}

	@Test
	void refusesAMalformedChildIdNumber() {
		BindingCheck.Outcome outcome = binding.check(local("32040220170315011", "李𠮷", HOUSEHOLD, FATHER), CAMPAIGN);

		assertThat(outcome.passed()).isFalse();
		assertFailed(outcome.results(), Checks.CHILD_ID_NUMBER, "CHILD_ID_FORMAT");
		assertThat(outcome.results()).hasSize(1);
	}

	@Test
	void refusesAChildIdNumberWithAWrongCheckDigit() {
		BindingCheck.Outcome outcome = binding.check(local(Family.withWrongCheckCharacter(CHILD), "李𠮷", HOUSEHOLD,
				FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_ID_NUMBER, "CHILD_ID_CHECK_DIGIT");
	}

	@Test
	void refusesAChildIdNumberWithAnImpossibleBirthDate() {
		BindingCheck.Outcome outcome = binding.check(local(Family.id("320402", "20170230", "011"), "李𠮷", HOUSEHOLD,
				FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_ID_NUMBER, "CHILD_ID_BIRTH_DATE");
	}

	@Test
	void refusesAChildTheRegistryDoesNotKnow() {
		String unknown = Family.id("320402", "20170316", "013");

		BindingCheck.Outcome outcome = binding.check(local(unknown, "李𠮷", HOUSEHOLD, FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_IDENTITY, "CHILD_NOT_IN_REGISTRY");
		assertThat(outcome.applicantIsParent()).isFalse();
	}

	@Test
	void refusesAChildUnderAnotherNameAndTellsNothingMoreAboutTheRecord() {
		BindingCheck.Outcome outcome = binding.check(local(CHILD, "李吉", "WRONG", FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_IDENTITY, "CHILD_NAME_MISMATCH");
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.HOUSEHOLD_NUMBER, Checks.HUKOU_REGION,
				Checks.APPLICANT_PARENT);
		assertThat(outcome.applicantIsParent()).isFalse();
	}

	@Test
	void acceptsANameWrittenWithSpacesOrAnotherMiddleDot() {
		registry.person(new PersonRecord(CHILD, "买买提·艾力", LocalDate.of(2017, 3, 15), HOUSEHOLD, "320402", FATHER,
				Family.MOTHER));

		BindingCheck.Outcome outcome = binding.check(local(CHILD, " 买买提•艾力 ", HOUSEHOLD, FATHER), CAMPAIGN);

		assertPassed(outcome.results(), Checks.CHILD_IDENTITY);
	}

	@Test
	void refusesAChildBornBeforeTheCampaignsRange() {
		String tooOld = Family.id("320402", "20160831", "015");
		registry.person(new PersonRecord(tooOld, "李𠮷", LocalDate.of(2016, 8, 31), HOUSEHOLD, "320402", FATHER, null));

		BindingCheck.Outcome outcome = binding.check(local(tooOld, "李𠮷", HOUSEHOLD, FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_BIRTH_DATE, "BIRTH_DATE_OUT_OF_RANGE", "2016-09-01", "2017-08-31");
	}

	@Test
	void refusesAChildBornAfterTheCampaignsRange() {
		String tooYoung = Family.id("320402", "20170901", "017");
		registry.person(new PersonRecord(tooYoung, "李𠮷", LocalDate.of(2017, 9, 1), HOUSEHOLD, "320402", FATHER, null));

		BindingCheck.Outcome outcome = binding.check(local(tooYoung, "李𠮷", HOUSEHOLD, FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_BIRTH_DATE, "BIRTH_DATE_OUT_OF_RANGE", "2016-09-01", "2017-08-31");
	}

	@Test
	void acceptsBirthDatesOnBothEndsOfTheRange() {
		String first = Family.id("320402", "20160901", "019");
		String last = Family.id("320402", "20170831", "031");
		registry.person(new PersonRecord(first, "李一", LocalDate.of(2016, 9, 1), HOUSEHOLD, "320402", FATHER, null))
			.person(new PersonRecord(last, "李二", LocalDate.of(2017, 8, 31), HOUSEHOLD, "320402", FATHER, null));

		assertPassed(binding.check(local(first, "李一", HOUSEHOLD, FATHER), CAMPAIGN).results(), Checks.CHILD_BIRTH_DATE);
		assertPassed(binding.check(local(last, "李二", HOUSEHOLD, FATHER), CAMPAIGN).results(), Checks.CHILD_BIRTH_DATE);
	}

	@Test
	void refusesALocalChildWithoutAHouseholdNumber() {
		BindingCheck.Outcome outcome = binding.check(local(CHILD, "李𠮷", " ", FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.HOUSEHOLD_NUMBER, "HOUSEHOLD_NUMBER_MISSING");
	}

	@Test
	void refusesALocalChildWithAnotherHouseholdNumber() {
		BindingCheck.Outcome outcome = binding.check(local(CHILD, "李𠮷", "H320402009999", FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.HOUSEHOLD_NUMBER, "HOUSEHOLD_NUMBER_MISMATCH");
		assertThat(outcome.passed()).isFalse();
	}

	@Test
	void acceptsAHouseholdNumberTypedInFullWidthOrLowerCase() {
		BindingCheck.Outcome outcome = binding.check(local(CHILD, "李𠮷", "ｈ320402 001234", FATHER), CAMPAIGN);

		assertPassed(outcome.results(), Checks.HOUSEHOLD_NUMBER);
	}

	@Test
	void refusesALocalBindingForAChildWithHukouElsewhere() {
		String suzhou = Family.id("320502", "20170315", "033");
		registry.person(new PersonRecord(suzhou, "李𠮷", LocalDate.of(2017, 3, 15), HOUSEHOLD, "320502", FATHER, null));

		BindingCheck.Outcome outcome = binding.check(local(suzhou, "李𠮷", HOUSEHOLD, FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.HUKOU_REGION, "HUKOU_NOT_LOCAL");
	}

	@Test
	void bindsTheChildOfAGrandparentAndSendsTheCaseToTheCounter() {
		BindingCheck.Outcome outcome = binding.check(local(CHILD, "李𠮷", HOUSEHOLD, GRANDMOTHER), CAMPAIGN);

		assertThat(outcome.passed()).isTrue();
		assertThat(outcome.applicantIsParent()).isFalse();
		assertThat(Family.result(outcome.results(), Checks.APPLICANT_PARENT).reasonCode())
			.isEqualTo("APPLICANT_NOT_PARENT");
	}

	@Test
	void bindsAMigrantChildOfAParentWithLongEnoughResidence() {
		registry.permit(new ResidencePermitRecord(FATHER, "JZ1", "320411", LocalDate.of(2022, 5, 22)));

		BindingCheck.Outcome outcome = binding.check(nonLocal(FATHER), CAMPAIGN);

		assertThat(outcome.passed()).isTrue();
		assertPassed(outcome.results(), Checks.RESIDENCE_PERMIT);
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.HOUSEHOLD_NUMBER, Checks.HUKOU_REGION);
	}

	@Test
	void refusesAMigrantBindingWithoutAResidencePermit() {
		BindingCheck.Outcome outcome = binding.check(nonLocal(FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "RESIDENCE_PERMIT_MISSING");
		assertThat(outcome.passed()).isFalse();
	}

	@Test
	void refusesAMigrantBindingWithAPermitOfAnotherRegion() {
		registry.permit(new ResidencePermitRecord(FATHER, "JZ1", "320502", LocalDate.of(2019, 1, 1)));

		BindingCheck.Outcome outcome = binding.check(nonLocal(FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "RESIDENCE_PERMIT_OTHER_REGION");
	}

	@Test
	void refusesAMigrantBindingWithTooShortAResidence() {
		registry.permit(new ResidencePermitRecord(FATHER, "JZ1", "320411", LocalDate.of(2022, 5, 23)));

		BindingCheck.Outcome outcome = binding.check(nonLocal(FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "RESIDENCE_TOO_SHORT", 12, "2022-05-23", 11L);
	}

	@Test
	void checksTheResidenceOfTheApplicantNotOfTheOtherParent() {
		registry.permit(new ResidencePermitRecord(Family.MOTHER, "JZ2", "320411", LocalDate.of(2019, 1, 1)));

		BindingCheck.Outcome outcome = binding.check(nonLocal(FATHER), CAMPAIGN);

		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "RESIDENCE_PERMIT_MISSING");
	}

	@Test
	void reportsTheResidencePermitEvenWhenTheChildIdNumberIsMalformed() {
		CaseFacts facts = new CaseFacts(null, CAMPAIGN.id(), HouseholdType.NON_LOCAL, "李𠮷", "123", null, null, "李建国",
				FATHER, null, null, null, null, null);

		BindingCheck.Outcome outcome = binding.check(facts, CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_ID_NUMBER, "CHILD_ID_FORMAT");
		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "RESIDENCE_PERMIT_MISSING");
	}

	private static CaseFacts local(String childIdNumber, String childName, String householdNumber, String applicant) {
		return new CaseFacts(null, CAMPAIGN.id(), HouseholdType.LOCAL, childName, childIdNumber, householdNumber, null,
				"申请人", applicant, null, null, null, null, null);
	}

	private static CaseFacts nonLocal(String applicant) {
		return new CaseFacts(null, CAMPAIGN.id(), HouseholdType.NON_LOCAL, "李𠮷", CHILD, null, null, "申请人", applicant,
				null, null, null, null, null);
	}

}
