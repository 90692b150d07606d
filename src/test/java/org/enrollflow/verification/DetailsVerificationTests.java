package org.enrollflow.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.Guardian;
import org.enrollflow.application.HouseholdType;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.application.RegistryFindings;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.PurchaseContractRecord;
import org.enrollflow.registry.ResidencePermitRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.verification.Family.CAMPAIGN;
import static org.enrollflow.verification.Family.CERTIFICATE;
import static org.enrollflow.verification.Family.CHILD;
import static org.enrollflow.verification.Family.FATHER;
import static org.enrollflow.verification.Family.GRANDMOTHER;
import static org.enrollflow.verification.Family.MOTHER;
import static org.enrollflow.verification.Family.STRANGER;
import static org.enrollflow.verification.Family.assertFailed;
import static org.enrollflow.verification.Family.assertPassed;
import static org.enrollflow.verification.Family.property;

class DetailsVerificationTests {

	private static final String CONTRACT = "CZ2023-0001";

	private final FakeRegistry registry = Family.registry();
	private final DetailsVerification verification = new DetailsVerification(registry, new PropertyCheck(registry),
			Family.CLOCK);

	@Test
	void passesAFamilyWithItsOwnResidentialPropertyAndReturnsWhatTheRegistriesHold() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER, MOTHER));

		DetailsVerification.Outcome outcome = verification.verify(Family.facts(), CAMPAIGN);

		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
		assertThat(outcome.results()).extracting("check")
			.containsExactly(Checks.GUARDIAN1_RELATION, Checks.GUARDIAN2_ID_NUMBER, Checks.GUARDIAN2_IDENTITY,
					Checks.GUARDIAN2_RELATION, Checks.PROPERTY_RECORD, Checks.PROPERTY_OWNER, Checks.PROPERTY_USAGE,
					Checks.FAMILY_PROPERTY);
		assertThat(outcome.findings()).isEqualTo(new RegistryFindings(CERTIFICATE, "常州市天宁区青果巷12号",
				new BigDecimal("89.50"), LocalDate.of(2021, 5, 6), "320402", "320402", null));
	}

	@Test
	void failsAChildNoLongerInTheRegistry() {
		FakeRegistry empty = new FakeRegistry();

		DetailsVerification.Outcome outcome = new DetailsVerification(empty, new PropertyCheck(empty), Family.CLOCK)
			.verify(Family.facts(), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_IDENTITY, "CHILD_NOT_IN_REGISTRY");
		assertThat(outcome.findings()).isEqualTo(RegistryFindings.none());
	}

	@Test
	void failsAGuardian1WhoIsNotTheFatherTheyClaimToBe() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER));

		DetailsVerification.Outcome outcome = verification.verify(withApplicant(STRANGER, "FATHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN1_RELATION, "GUARDIAN1_NOT_FATHER");
	}

	@Test
	void failsAGuardian1WhoIsNotTheMotherTheyClaimToBe() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER));

		DetailsVerification.Outcome outcome = verification.verify(withApplicant(FATHER, "MOTHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN1_RELATION, "GUARDIAN1_NOT_MOTHER");
	}

	@Test
	void leavesTheRelationOfAGrandparentToTheCounter() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER));

		DetailsVerification.Outcome outcome = verification.verify(withApplicant(GRANDMOTHER, "GRANDMOTHER"), CAMPAIGN);

		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.GUARDIAN1_RELATION);
	}

	@Test
	void failsAMalformedGuardian2IdNumber() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("王芳", "RESIDENT_ID", "3204041987022802",
				"MOTHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_ID_NUMBER, "GUARDIAN2_ID_FORMAT");
	}

	@Test
	void failsAGuardian2IdNumberWithAWrongCheckDigit() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("王芳", "RESIDENT_ID",
				Family.withWrongCheckCharacter(MOTHER), "MOTHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_ID_NUMBER, "GUARDIAN2_ID_CHECK_DIGIT");
	}

	@Test
	void failsAGuardian2IdNumberWithAnImpossibleBirthDate() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("王芳", "RESIDENT_ID",
				Family.id("320404", "19870229", "022"), "MOTHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_ID_NUMBER, "GUARDIAN2_ID_BIRTH_DATE");
	}

	@Test
	void failsAGuardian2WhoIsTheApplicant() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("李建国", "RESIDENT_ID",
				FATHER.toLowerCase(), "MOTHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_ID_NUMBER, "GUARDIAN2_SAME_AS_APPLICANT");
	}

	@Test
	void failsAGuardian2TheRegistryDoesNotKnow() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("王芳", "RESIDENT_ID",
				Family.id("320404", "19870228", "044"), "MOTHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_IDENTITY, "GUARDIAN2_NOT_IN_REGISTRY");
	}

	@Test
	void failsAGuardian2UnderAnotherName() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("王方", "RESIDENT_ID", MOTHER, "MOTHER"),
				CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_IDENTITY, "GUARDIAN2_NAME_MISMATCH");
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.GUARDIAN2_RELATION);
	}

	@Test
	void failsAGuardian2WhoIsNotTheMother() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("张秀英", "RESIDENT_ID", GRANDMOTHER,
				"MOTHER"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_RELATION, "GUARDIAN2_NOT_MOTHER");
	}

	@Test
	void failsAGuardian2WhoIsNotTheFather() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("王芳", "RESIDENT_ID", MOTHER, "FATHER"),
				CAMPAIGN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_RELATION, "GUARDIAN2_NOT_FATHER");
	}

	@Test
	void acceptsAGrandparentAsGuardian2WithoutARelationCheck() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("张秀英", "RESIDENT_ID", GRANDMOTHER,
				"GRANDMOTHER"), CAMPAIGN);

		assertPassed(outcome.results(), Checks.GUARDIAN2_IDENTITY);
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.GUARDIAN2_RELATION);
	}

	@Test
	void notesThatAGuardian2WithAPassportCannotBeCheckedHere() {
		DetailsVerification.Outcome outcome = verification.verify(withGuardian2("Wang Fang", "PASSPORT", "E12345678",
				"MOTHER"), CAMPAIGN);

		assertPassed(outcome.results(), Checks.GUARDIAN2_IDENTITY);
		assertThat(Family.result(outcome.results(), Checks.GUARDIAN2_IDENTITY).reasonCode())
			.isEqualTo("GUARDIAN2_NOT_VERIFIABLE");
	}

	@Test
	void failsACertificateTheRegistryDoesNotKnow() {
		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CERTIFICATE,
				"苏(2021)常州市不动产权第7654321号"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_RECORD, "CERTIFICATE_NOT_FOUND");
		assertThat(outcome.findings().propertyCertificateNumber()).isNull();
	}

	@Test
	void failsACertificateNumberCutShort() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER, MOTHER));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CERTIFICATE, "0123456"),
				CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_RECORD, "CERTIFICATE_TRUNCATED");
	}

	@Test
	void acceptsFullWidthBracketsAndSpacesInACertificateNumber() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER, MOTHER));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CERTIFICATE,
				"苏（2021）常州市 不动产权第0123456号"), CAMPAIGN);

		assertPassed(outcome.results(), Checks.PROPERTY_RECORD);
		assertThat(outcome.findings().propertyCertificateNumber()).isEqualTo(CERTIFICATE);
	}

	@Test
	void failsACertificateNumberWithFullWidthDigits() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER, MOTHER));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CERTIFICATE,
				"苏(２０２１)常州市不动产权第0123456号"), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_RECORD, "CERTIFICATE_NOT_EXACT");
	}

	@Test
	void failsAPropertyOwnedOutsideTheFamily() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", GRANDMOTHER));

		DetailsVerification.Outcome outcome = verification.verify(Family.facts(), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_OWNER, "PROPERTY_OWNER_NOT_FAMILY");
	}

	@Test
	void acceptsAPropertySharedWithAGrandparentWhenThereIsNoIndependentOne() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", MOTHER, GRANDMOTHER));

		DetailsVerification.Outcome outcome = verification.verify(Family.facts(), CAMPAIGN);

		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
	}

	@Test
	void acceptsAPropertyOwnedByTheChild() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", CHILD));

		assertThat(verification.verify(Family.facts(), CAMPAIGN).passed()).isTrue();
	}

	@Test
	void failsAPropertyThatIsNotResidential() {
		registry.property(property(CERTIFICATE, "商业", FATHER));

		DetailsVerification.Outcome outcome = verification.verify(Family.facts(), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_USAGE, "PROPERTY_NOT_RESIDENTIAL");
	}

	@Test
	void failsAnotherPropertyWhenTheFamilyHasAnIndependentOne() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", MOTHER, GRANDMOTHER))
			.property(property("苏(2019)常州市不动产权第0000777号", "RESIDENTIAL", FATHER, MOTHER));

		DetailsVerification.Outcome outcome = verification.verify(Family.facts(), CAMPAIGN);

		assertPassed(outcome.results(), Checks.PROPERTY_RECORD);
		assertFailed(outcome.results(), Checks.FAMILY_PROPERTY, "FAMILY_PROPERTY_EXISTS");
		assertThat(outcome.passed()).isFalse();
	}

	@Test
	void acceptsOneOfSeveralIndependentProperties() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER))
			.property(property("苏(2019)常州市不动产权第0000777号", "RESIDENTIAL", MOTHER));

		assertPassed(verification.verify(Family.facts(), CAMPAIGN).results(), Checks.FAMILY_PROPERTY);
	}

	@Test
	void ignoresANonResidentialFamilyPropertyWhenLookingForAnIndependentOne() {
		registry.property(property("苏(2019)常州市不动产权第0000888号", "商业", FATHER, MOTHER));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.NONE, null), CAMPAIGN);

		assertPassed(outcome.results(), Checks.FAMILY_PROPERTY);
	}

	@Test
	void acceptsNoPropertyWhenTheFamilyHasNone() {
		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.NONE, null), CAMPAIGN);

		assertThat(outcome.passed()).isTrue();
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.PROPERTY_RECORD);
	}

	@Test
	void failsNoPropertyWhenTheFamilyHasAnIndependentOne() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", CHILD, MOTHER));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.NONE, null), CAMPAIGN);

		assertFailed(outcome.results(), Checks.FAMILY_PROPERTY, "FAMILY_PROPERTY_EXISTS");
	}

	@Test
	void failsWithoutAPropertyKind() {
		DetailsVerification.Outcome outcome = verification.verify(withProperty(null, null), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_RECORD, "PROPERTY_KIND_MISSING");
	}

	@Test
	void failsACertificateWithoutANumber() {
		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CERTIFICATE, " "), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_RECORD, "PROPERTY_NUMBER_MISSING");
	}

	@Test
	void passesAFiledContractOfAGuardianWithLettersInAnyCase() {
		registry.contract(new PurchaseContractRecord(CONTRACT, List.of(MOTHER), "常州市新北区锦绣路8号", "320411",
				"RESIDENTIAL", LocalDate.of(2023, 1, 9)));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CONTRACT, "cz2023-0001"),
				CAMPAIGN);

		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
		assertThat(outcome.findings()).isEqualTo(new RegistryFindings(CONTRACT, "常州市新北区锦绣路8号", null,
				LocalDate.of(2023, 1, 9), "320411", "320402", null));
	}

	@Test
	void failsAContractTheRegistryDoesNotKnow() {
		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CONTRACT, CONTRACT), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_RECORD, "CONTRACT_NOT_FOUND");
	}

	@Test
	void failsAContractWithoutAGuardianAmongItsBuyers() {
		registry.contract(new PurchaseContractRecord(CONTRACT, List.of(GRANDMOTHER), "常州市新北区锦绣路8号", "320411",
				"RESIDENTIAL", LocalDate.of(2023, 1, 9)));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CONTRACT, CONTRACT), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_OWNER, "CONTRACT_BUYER_NOT_GUARDIAN");
	}

	@Test
	void failsAContractForANonResidentialHome() {
		registry.contract(new PurchaseContractRecord(CONTRACT, List.of(FATHER), "常州市新北区锦绣路8号", "320411", "办公",
				LocalDate.of(2023, 1, 9)));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CONTRACT, CONTRACT), CAMPAIGN);

		assertFailed(outcome.results(), Checks.PROPERTY_USAGE, "CONTRACT_NOT_RESIDENTIAL");
	}

	@Test
	void failsAContractWhenTheFamilyHasAnIndependentProperty() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER))
			.contract(new PurchaseContractRecord(CONTRACT, List.of(FATHER), "常州市新北区锦绣路8号", "320411", "RESIDENTIAL",
					LocalDate.of(2023, 1, 9)));

		DetailsVerification.Outcome outcome = verification.verify(withProperty(PropertyKind.CONTRACT, CONTRACT), CAMPAIGN);

		assertFailed(outcome.results(), Checks.FAMILY_PROPERTY, "FAMILY_PROPERTY_EXISTS");
	}

	@Test
	void fetchesTheHukouAndResidenceOfAMigrantChild() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER))
			.permit(new ResidencePermitRecord(FATHER, "JZ1", "320411", LocalDate.of(2020, 3, 1)));

		DetailsVerification.Outcome outcome = verification.verify(nonLocal(), CAMPAIGN);

		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
		assertPassed(outcome.results(), Checks.CHILD_HUKOU);
		assertPassed(outcome.results(), Checks.RESIDENCE_PERMIT);
		assertThat(outcome.findings().hukouRegion()).isEqualTo("320402");
		assertThat(outcome.findings().residenceSince()).isEqualTo(LocalDate.of(2020, 3, 1));
	}

	@Test
	void failsAMigrantChildWithoutAHukouRecord() {
		registry.person(new PersonRecord(CHILD, "李𠮷", LocalDate.of(2017, 3, 15), null, null, FATHER, MOTHER))
			.property(property(CERTIFICATE, "RESIDENTIAL", FATHER))
			.permit(new ResidencePermitRecord(FATHER, "JZ1", "320411", LocalDate.of(2020, 3, 1)));

		DetailsVerification.Outcome outcome = verification.verify(nonLocal(), CAMPAIGN);

		assertFailed(outcome.results(), Checks.CHILD_HUKOU, "CHILD_HUKOU_UNKNOWN");
	}

	@Test
	void failsAMigrantWhoseResidencePermitIsGone() {
		registry.property(property(CERTIFICATE, "RESIDENTIAL", FATHER));

		DetailsVerification.Outcome outcome = verification.verify(nonLocal(), CAMPAIGN);

		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "RESIDENCE_PERMIT_MISSING");
		assertThat(outcome.findings().residenceSince()).isNull();
	}

	private static CaseFacts withApplicant(String applicant, String relation) {
		CaseFacts facts = Family.facts();
		return new CaseFacts(facts.applicationId(), facts.campaignId(), facts.householdType(), facts.childName(),
				facts.childIdNumber(), facts.householdNumber(), facts.applicantAccountId(), "申请人", applicant, relation,
				facts.guardian2(), facts.address(), facts.propertyKind(), facts.propertyNumber());
	}

	private static CaseFacts withGuardian2(String name, String idType, String idNumber, String relation) {
		CaseFacts facts = Family.facts();
		return new CaseFacts(facts.applicationId(), facts.campaignId(), facts.householdType(), facts.childName(),
				facts.childIdNumber(), facts.householdNumber(), facts.applicantAccountId(), facts.applicantName(),
				facts.applicantIdNumber(), facts.guardian1Relation(),
				new Guardian(name, idType, idNumber, "13900000000", relation), facts.address(), PropertyKind.NONE, null);
	}

	private static CaseFacts withProperty(PropertyKind kind, String number) {
		CaseFacts facts = Family.facts();
		return new CaseFacts(facts.applicationId(), facts.campaignId(), facts.householdType(), facts.childName(),
				facts.childIdNumber(), facts.householdNumber(), facts.applicantAccountId(), facts.applicantName(),
				facts.applicantIdNumber(), facts.guardian1Relation(), facts.guardian2(), facts.address(), kind, number);
	}

	private static CaseFacts nonLocal() {
		CaseFacts facts = Family.facts();
		return new CaseFacts(facts.applicationId(), facts.campaignId(), HouseholdType.NON_LOCAL, facts.childName(),
				facts.childIdNumber(), null, facts.applicantAccountId(), facts.applicantName(), facts.applicantIdNumber(),
				facts.guardian1Relation(), facts.guardian2(), facts.address(), facts.propertyKind(),
				facts.propertyNumber());
	}

}
