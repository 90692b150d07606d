package org.enrollflow.verification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.enrollflow.application.Applications;
import org.enrollflow.application.CheckResult;
import org.enrollflow.application.Guardian;
import org.enrollflow.application.PointsCaseFacts;
import org.enrollflow.application.PointsFindings;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.registry.DisabilityRecord;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.PropertyRecord;
import org.enrollflow.registry.PurchaseContractRecord;
import org.enrollflow.registry.RegistryUnavailableException;
import org.enrollflow.registry.ResidencePermitRecord;
import org.enrollflow.registry.SocialInsuranceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enrollflow.verification.Family.assertFailed;
import static org.enrollflow.verification.Family.assertPassed;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A synthetic migrant family in Xiamen's Tong'an district (350212) registering twins for
 * points-based admission, with valid made-up ID numbers: the father applies, the mother is
 * guardian 2, and all four share the father's household booklet from Nanchang.
 */
class PointsVerificationTests {

	private static final String DISTRICT = "350212";

	private static final CampaignView XIAMEN = new CampaignView(UUID.randomUUID(), "XM-2023", "2023年厦门市同安区随迁子女积分入学",
			"3502", CampaignPath.POINTS, LocalDate.of(2016, 9, 1), LocalDate.of(2017, 8, 31),
			Instant.parse("2023-05-21T16:00:00Z"), Instant.parse("2023-05-31T16:00:00Z"),
			Instant.parse("2023-06-30T16:00:00Z"), Duration.ofDays(2), Instant.parse("2023-06-30T16:00:00Z"),
			Instant.parse("2023-07-03T16:00:00Z"), 12, Duration.ofDays(2), Instant.parse("2023-06-05T16:00:00Z"),
			Instant.parse("2023-06-10T16:00:00Z"));

	private static final String TWIN1 = Family.id("350212", "20170315", "029");
	private static final String TWIN2 = Family.id("350212", "20170315", "032");
	private static final String FATHER = Family.id("360102", "19850601", "013");
	private static final String MOTHER = Family.id("360102", "19870228", "024");
	private static final String GRANDMOTHER = Family.id("360102", "19580909", "042");
	private static final String STRANGER = Family.id("360111", "19800101", "035");

	private static final String HOUSEHOLD = "H360102004567";
	private static final String CERTIFICATE = "闽(2021)厦门市不动产权第0123456号";
	private static final String HOME_ADDRESS = "厦门市同安区大同街道环城南路100号3幢801室";
	private static final String CONTRACT = "XM2023HT000123";
	private static final String CONTRACT_ADDRESS = "厦门市同安区西柯街道同安大道288号2幢1506室";
	private static final String TWIN1_DISABILITY = TWIN1 + "21";

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private final FakeRegistry registry = new FakeRegistry().person(twin1())
		.person(twin2())
		.person(person(FATHER, "陈建华", HOUSEHOLD))
		.person(person(MOTHER, "林秀梅", HOUSEHOLD))
		.person(person(GRANDMOTHER, "黄玉兰", HOUSEHOLD))
		.property(home(CERTIFICATE, "RESIDENTIAL", DISTRICT, FATHER, MOTHER))
		.permit(new ResidencePermitRecord(FATHER, "JZ350212000123", DISTRICT, LocalDate.of(2020, 3, 1)))
		.socialInsurance(new SocialInsuranceRecord(FATHER, DISTRICT, 40))
		.socialInsurance(new SocialInsuranceRecord(MOTHER, DISTRICT, 26));

	private final PointsVerification verification = new PointsVerification(registry);

	@Test
	void passesARegistrationTheRegistriesConfirmAndReturnsWhatTheyHoldForThePoints() {
		PointsVerification.Outcome outcome = verification.verify(facts(), XIAMEN);

		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
		assertThat(outcome.results()).extracting("check")
			.containsExactly(Checks.CHILD_IDENTITY, Checks.CHILD_BIRTH_DATE, Checks.GUARDIAN1_RELATION,
					Checks.GUARDIAN2_ID_NUMBER, Checks.GUARDIAN2_IDENTITY, Checks.GUARDIAN2_RELATION,
					Checks.PARENT_CHILD_RELATION, Checks.HOUSING_RECORD, Checks.HOUSING_OWNER, Checks.HOUSING_USAGE,
					Checks.HOUSING_DISTRICT, Checks.SOCIAL_INSURANCE, Checks.RESIDENCE_PERMIT);
		assertThat(outcome.findings())
			.isEqualTo(new PointsFindings(40, 26, LocalDate.of(2020, 3, 1), 3, true, HOME_ADDRESS));
	}

	@Test
	void failsAChildTheRegistryDoesNotKnowAndLeavesTheRelationsOut() {
		PointsVerification.Outcome outcome = verification
			.verify(withChildren(facts(), child(Family.id("350212", "20170315", "045"), "陈一诺")), XIAMEN);

		assertFailed(outcome.results(), Checks.CHILD_IDENTITY, "CHILD_NOT_IN_REGISTRY", 1);
		assertThat(outcome.passed()).isFalse();
		assertThat(outcome.results()).extracting("check")
			.doesNotContain(Checks.GUARDIAN1_RELATION, Checks.GUARDIAN2_RELATION, Checks.PARENT_CHILD_RELATION);
	}

	@Test
	void failsAChildUnderAnotherName() {
		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(), child(TWIN1, "陈一偌")), XIAMEN);

		assertFailed(outcome.results(), Checks.CHILD_IDENTITY, "CHILD_NAME_MISMATCH", 1);
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.PARENT_CHILD_RELATION);
	}

	@Test
	void acceptsAChildNameWrittenWithSpaces() {
		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(), child(TWIN1, "陈 一诺")), XIAMEN);

		assertPassed(outcome.results(), Checks.CHILD_IDENTITY);
	}

	@Test
	void failsAChildBornOutsideTheCampaignRange() {
		String older = Family.id("350212", "20160831", "015");
		registry.person(new PersonRecord(older, "陈一航", LocalDate.of(2016, 8, 31), HOUSEHOLD, "360102", FATHER, MOTHER));

		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(), child(older, "陈一航")), XIAMEN);

		assertFailed(outcome.results(), Checks.CHILD_BIRTH_DATE, "CHILD_BIRTH_DATE_OUT_OF_RANGE", 1, "2016-09-01",
				"2017-08-31");
	}

	@Test
	void acceptsAChildBornOnTheLastDayOfTheRange() {
		String youngest = Family.id("350212", "20170831", "017");
		registry
			.person(new PersonRecord(youngest, "陈一帆", LocalDate.of(2017, 8, 31), HOUSEHOLD, "360102", FATHER, MOTHER));

		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(), child(youngest, "陈一帆")),
				XIAMEN);

		assertPassed(outcome.results(), Checks.CHILD_BIRTH_DATE);
	}

	@Test
	void checksEachTwinOnItsOwn() {
		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(), twin1Child(),
				child(TWIN2, "陈一燃")), XIAMEN);

		assertThat(ofChild(outcome.results(), Checks.CHILD_IDENTITY, 1).passed()).isTrue();
		CheckResult second = ofChild(outcome.results(), Checks.CHILD_IDENTITY, 2);
		assertThat(second.passed()).isFalse();
		assertThat(second.reasonCode()).isEqualTo("CHILD_NAME_MISMATCH");
		assertThat(ofChild(outcome.results(), Checks.CHILD_BIRTH_DATE, 1).passed()).isTrue();
		assertThat(ofChild(outcome.results(), Checks.CHILD_BIRTH_DATE, 2).passed()).isTrue();
	}

	@Test
	void passesTwinsOfTheSameParentsInOneHousehold() {
		PointsVerification.Outcome outcome = verification.verify(twins(), XIAMEN);

		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
		assertPassed(outcome.results(), Checks.GUARDIAN1_RELATION);
		assertPassed(outcome.results(), Checks.GUARDIAN2_RELATION);
		assertPassed(outcome.results(), Checks.PARENT_CHILD_RELATION);
	}

	@Test
	void namesTheTwinABirthDateReasonIsAbout() {
		String older = Family.id("350212", "20160830", "027");
		registry.person(new PersonRecord(older, "陈一航", LocalDate.of(2016, 8, 30), HOUSEHOLD, "360102", FATHER, MOTHER));

		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(), twin1Child(),
				child(older, "陈一航")), XIAMEN);

		CheckResult second = ofChild(outcome.results(), Checks.CHILD_BIRTH_DATE, 2);
		assertThat(reason(second, Locale.SIMPLIFIED_CHINESE)).startsWith("第 2 个孩子");
		assertThat(reason(second, Locale.ENGLISH)).contains("child 2");
	}

	@Test
	void failsAGuardian1WhoIsNotTheFatherOfEveryTwin() {
		registry.person(new PersonRecord(TWIN2, "陈一然", LocalDate.of(2017, 3, 15), HOUSEHOLD, "360102", STRANGER,
				MOTHER));

		PointsVerification.Outcome outcome = verification.verify(twins(), XIAMEN);

		assertFailed(outcome.results(), Checks.GUARDIAN1_RELATION, "GUARDIAN1_NOT_FATHER");
	}

	@Test
	void failsAGuardian1WhoIsNotTheMotherTheyClaimToBe() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian1(facts(), FATHER, "MOTHER"), XIAMEN);

		assertFailed(outcome.results(), Checks.GUARDIAN1_RELATION, "GUARDIAN1_NOT_MOTHER");
	}

	@Test
	void passesAMotherAsGuardian1() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(withGuardian1(facts(), MOTHER, "MOTHER"),
				new Guardian("陈建华", "RESIDENT_ID", FATHER, "13900000000", "FATHER")), XIAMEN);

		assertPassed(outcome.results(), Checks.GUARDIAN1_RELATION);
		assertPassed(outcome.results(), Checks.GUARDIAN2_RELATION);
	}

	@Test
	void failsAGuardian2TheRegistryDoesNotKnow() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(facts(),
				new Guardian("林秀梅", "RESIDENT_ID", Family.id("360102", "19870228", "046"), "13900000000", "MOTHER")),
				XIAMEN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_IDENTITY, "GUARDIAN2_NOT_IN_REGISTRY");
	}

	@Test
	void failsAGuardian2UnderAnotherName() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(facts(),
				new Guardian("林秀美", "RESIDENT_ID", MOTHER, "13900000000", "MOTHER")), XIAMEN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_IDENTITY, "GUARDIAN2_NAME_MISMATCH");
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.GUARDIAN2_RELATION);
	}

	@Test
	void failsAGuardian2IdNumberWithAWrongCheckDigit() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(facts(),
				new Guardian("林秀梅", "RESIDENT_ID", Family.withWrongCheckCharacter(MOTHER), "13900000000", "MOTHER")),
				XIAMEN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_ID_NUMBER, "GUARDIAN2_ID_CHECK_DIGIT");
	}

	@Test
	void failsAGuardian2WhoIsNotTheMotherOfEveryTwin() {
		registry.person(new PersonRecord(TWIN2, "陈一然", LocalDate.of(2017, 3, 15), HOUSEHOLD, "360102", FATHER,
				GRANDMOTHER));

		PointsVerification.Outcome outcome = verification.verify(twins(), XIAMEN);

		assertPassed(outcome.results(), Checks.GUARDIAN1_RELATION);
		assertFailed(outcome.results(), Checks.GUARDIAN2_RELATION, "GUARDIAN2_NOT_MOTHER");
	}

	@Test
	void failsAGuardian2WhoIsNotTheFather() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(facts(),
				new Guardian("林秀梅", "RESIDENT_ID", MOTHER, "13900000000", "FATHER")), XIAMEN);

		assertFailed(outcome.results(), Checks.GUARDIAN2_RELATION, "GUARDIAN2_NOT_FATHER");
	}

	@Test
	void leavesAGuardian2WithAHongKongPassToTheAuditor() {
		PointsVerification.Outcome outcome = verification.verify(withRelationCase(withGuardian2(facts(),
				new Guardian("LAM Sau Mui", "HK_MACAU_PASS", "H12345678", "13900000000", "MOTHER")), 2), XIAMEN);

		assertPassed(outcome.results(), Checks.GUARDIAN2_IDENTITY);
		assertThat(Family.result(outcome.results(), Checks.GUARDIAN2_IDENTITY).reasonCode())
			.isEqualTo("GUARDIAN2_NOT_VERIFIABLE");
		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.GUARDIAN2_RELATION);
	}

	@Test
	void failsOneHouseholdWhenAParentIsInAnotherBooklet() {
		registry.person(person(MOTHER, "林秀梅", "H350203000088"));

		PointsVerification.Outcome outcome = verification.verify(facts(), XIAMEN);

		assertPassed(outcome.results(), Checks.GUARDIAN2_RELATION);
		assertFailed(outcome.results(), Checks.PARENT_CHILD_RELATION, "RELATION_NOT_IN_ONE_HOUSEHOLD");
	}

	@Test
	void failsOneHouseholdWhenATwinIsInAnotherBooklet() {
		registry.person(new PersonRecord(TWIN2, "陈一然", LocalDate.of(2017, 3, 15), "H360102009999", "360102", FATHER,
				MOTHER));

		PointsVerification.Outcome outcome = verification.verify(twins(), XIAMEN);

		assertFailed(outcome.results(), Checks.PARENT_CHILD_RELATION, "RELATION_NOT_IN_ONE_HOUSEHOLD");
	}

	@Test
	void failsOneHouseholdWithAGrandparentWhomTheRegistryDoesNotNameAsParent() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(facts(),
				new Guardian("黄玉兰", "RESIDENT_ID", GRANDMOTHER, "13900000000", "GRANDMOTHER")), XIAMEN);

		assertPassed(outcome.results(), Checks.GUARDIAN2_IDENTITY);
		assertFailed(outcome.results(), Checks.PARENT_CHILD_RELATION, "RELATION_NOT_IN_ONE_HOUSEHOLD");
	}

	@Test
	void failsOneHouseholdWhenTheRegistryDoesNotKnowGuardian2() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(facts(),
				new Guardian("林秀梅", "RESIDENT_ID", Family.id("360102", "19870228", "046"), "13900000000", "MOTHER")),
				XIAMEN);

		assertFailed(outcome.results(), Checks.PARENT_CHILD_RELATION, "RELATION_NOT_IN_ONE_HOUSEHOLD");
	}

	@Test
	void checksOneHouseholdOfGuardian1AloneWhenGuardian2HoldsAnotherDocument() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(facts(),
				new Guardian("LAM Sau Mui", "HK_MACAU_PASS", "H12345678", "13900000000", "MOTHER")), XIAMEN);

		assertPassed(outcome.results(), Checks.PARENT_CHILD_RELATION);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3 })
	void leavesARelationProvenByDocumentsToTheAuditors(int parentChildCase) {
		registry.person(person(MOTHER, "林秀梅", "H350203000088"));

		PointsVerification.Outcome outcome = verification.verify(withRelationCase(facts(), parentChildCase), XIAMEN);

		assertPassed(outcome.results(), Checks.PARENT_CHILD_RELATION);
		assertThat(Family.result(outcome.results(), Checks.PARENT_CHILD_RELATION).reasonCode())
			.isEqualTo("RELATION_BY_DOCUMENTS");
	}

	@Test
	void failsARegistrationWithoutAParentChildCase() {
		PointsVerification.Outcome outcome = verification.verify(withRelationCase(facts(), null), XIAMEN);

		assertFailed(outcome.results(), Checks.PARENT_CHILD_RELATION, "RELATION_CASE_MISSING");
	}

	@Test
	void passesADisabilityTheCertificateRecords() {
		registry.disability(new DisabilityRecord(TWIN1_DISABILITY, TWIN1, List.of("HEARING", "SPEECH")));

		PointsVerification.Outcome outcome = verification
			.verify(withChildren(facts(), disabled(TWIN1, "陈一诺", TWIN1_DISABILITY, "HEARING")), XIAMEN);

		assertPassed(outcome.results(), Checks.DISABILITY);
		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
	}

	@Test
	void findsADisabilityCertificateTypedInLowerCaseAndFullWidth() {
		registry.disability(new DisabilityRecord(TWIN1_DISABILITY, TWIN1, List.of("HEARING")));
		List<String> asked = new ArrayList<>();
		FakeRegistry recording = new FakeRegistry() {

			@Override
			public Optional<DisabilityRecord> disability(String certificateNumber) {
				asked.add(certificateNumber);
				return registry.disability(certificateNumber);
			}

		};

		PointsVerification.Outcome outcome = new PointsVerification(recording).verify(withChildren(facts(),
				disabled(TWIN1, "陈一诺", "３５０２１２２０１７０３１５０２９ｘ２１", "HEARING")), XIAMEN);

		assertPassed(outcome.results(), Checks.DISABILITY);
		assertThat(asked).containsExactly(TWIN1_DISABILITY);
	}

	@Test
	void refusesADisabilityCertificateTheRegistryDoesNotKnow() {
		PointsVerification.Outcome outcome = verification
			.verify(withChildren(facts(), disabled(TWIN1, "陈一诺", TWIN1_DISABILITY, "HEARING")), XIAMEN);

		assertFailed(outcome.results(), Checks.DISABILITY, "DISABILITY_CERTIFICATE_UNKNOWN", 1);
	}

	@Test
	void refusesADisabilityDeclaredWithoutACertificateNumber() {
		PointsVerification.Outcome outcome = verification
			.verify(withChildren(facts(), disabled(TWIN1, "陈一诺", null, "VISUAL")), XIAMEN);

		assertFailed(outcome.results(), Checks.DISABILITY, "DISABILITY_CERTIFICATE_UNKNOWN", 1);
	}

	@Test
	void refusesATwinsDisabilityCertificateHeldByTheOtherTwin() {
		registry.disability(new DisabilityRecord(TWIN1_DISABILITY, TWIN1, List.of("HEARING")));

		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(), twin1Child(),
				disabled(TWIN2, "陈一然", TWIN1_DISABILITY, "HEARING")), XIAMEN);

		assertThat(outcome.results()).extracting("check").containsOnlyOnce(Checks.DISABILITY);
		assertFailed(outcome.results(), Checks.DISABILITY, "DISABILITY_HOLDER_MISMATCH", 2);
	}

	@Test
	void refusesDisabilityTypeTheCertificateDoesNotRecord() {
		registry.disability(new DisabilityRecord(TWIN1_DISABILITY, TWIN1, List.of("HEARING")));

		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(),
				disabled(TWIN1, "陈一诺", TWIN1_DISABILITY, "HEARING", "VISUAL")), XIAMEN);

		assertFailed(outcome.results(), Checks.DISABILITY, "DISABILITY_TYPE_MISMATCH", 1);
	}

	@Test
	void checksADisabilityOfEachTwinThatDeclaresOne() {
		String twin2Disability = TWIN2 + "41";
		registry.disability(new DisabilityRecord(TWIN1_DISABILITY, TWIN1, List.of("HEARING")))
			.disability(new DisabilityRecord(twin2Disability, TWIN2, List.of("INTELLECTUAL")));

		PointsVerification.Outcome outcome = verification.verify(withChildren(facts(),
				disabled(TWIN1, "陈一诺", TWIN1_DISABILITY, "HEARING"),
				disabled(TWIN2, "陈一然", twin2Disability, "VISUAL")), XIAMEN);

		assertThat(ofChild(outcome.results(), Checks.DISABILITY, 1).passed()).isTrue();
		assertThat(ofChild(outcome.results(), Checks.DISABILITY, 2).reasonCode()).isEqualTo("DISABILITY_TYPE_MISMATCH");
	}

	@Test
	void checksNoDisabilityWhereNoneIsDeclared() {
		PointsVerification.Outcome outcome = verification.verify(twins(), XIAMEN);

		assertThat(outcome.results()).extracting("check").doesNotContain(Checks.DISABILITY);
	}

	@Test
	void checksNoHomeForAFamilyWithoutOne() {
		PointsVerification.Outcome outcome = verification.verify(withHome(facts(), PropertyKind.NONE, null), XIAMEN);

		assertThat(outcome.passed()).as("%s", outcome.results()).isTrue();
		assertThat(outcome.results()).extracting("check")
			.doesNotContain(Checks.HOUSING_RECORD, Checks.HOUSING_OWNER, Checks.HOUSING_USAGE, Checks.HOUSING_DISTRICT);
		assertThat(outcome.findings().homeInDistrict()).isFalse();
		assertThat(outcome.findings().homeAddress()).isNull();
	}

	@Test
	void failsACertificateTheRegistryDoesNotKnow() {
		PointsVerification.Outcome outcome = verification
			.verify(withHome(facts(), PropertyKind.CERTIFICATE, "闽(2021)厦门市不动产权第7654321号"), XIAMEN);

		assertFailed(outcome.results(), Checks.HOUSING_RECORD, "HOUSING_NOT_FOUND");
		assertThat(outcome.findings().homeInDistrict()).isFalse();
		assertThat(outcome.findings().homeAddress()).isNull();
	}

	@Test
	void failsAHomeWithoutANumber() {
		PointsVerification.Outcome outcome = verification.verify(withHome(facts(), PropertyKind.CONTRACT, " "), XIAMEN);

		assertFailed(outcome.results(), Checks.HOUSING_RECORD, "HOUSING_NOT_FOUND");
	}

	@Test
	void findsACertificateTypedWithFullWidthDigitsAndBrackets() {
		PointsVerification.Outcome outcome = verification
			.verify(withHome(facts(), PropertyKind.CERTIFICATE, "闽（２０２１）厦门市不动产权第０１２３４５６号"), XIAMEN);

		assertPassed(outcome.results(), Checks.HOUSING_RECORD);
		assertThat(outcome.findings().homeInDistrict()).isTrue();
	}

	@Test
	void findsAFiledContractTypedInLowerCaseAndFullWidth() {
		registry.contract(new PurchaseContractRecord(CONTRACT, List.of(FATHER), CONTRACT_ADDRESS, DISTRICT,
				"RESIDENTIAL", LocalDate.of(2023, 4, 26)));
		List<String> asked = new ArrayList<>();
		FakeRegistry recording = new FakeRegistry() {

			@Override
			public Optional<PurchaseContractRecord> purchaseContract(String number) {
				asked.add(number);
				return registry.purchaseContract(number);
			}

		}.person(twin1()).person(person(FATHER, "陈建华", HOUSEHOLD)).person(person(MOTHER, "林秀梅", HOUSEHOLD));

		PointsVerification.Outcome outcome = new PointsVerification(recording)
			.verify(withHome(facts(), PropertyKind.CONTRACT, "ｘｍ2023ｈｔ０００123"), XIAMEN);

		assertThat(asked).containsExactly(CONTRACT);
		assertPassed(outcome.results(), Checks.HOUSING_RECORD);
		assertPassed(outcome.results(), Checks.HOUSING_DISTRICT);
		assertThat(outcome.findings().homeInDistrict()).isTrue();
		assertThat(outcome.findings().homeAddress()).isEqualTo(CONTRACT_ADDRESS);
	}

	@Test
	void acceptsAHomeOwnedByGuardian2Alone() {
		String mothers = "闽(2022)厦门市不动产权第0000777号";
		registry.property(home(mothers, "RESIDENTIAL", DISTRICT, MOTHER));

		PointsVerification.Outcome outcome = verification.verify(withHome(facts(), PropertyKind.CERTIFICATE, mothers),
				XIAMEN);

		assertPassed(outcome.results(), Checks.HOUSING_OWNER);
		assertThat(outcome.findings().homeInDistrict()).isTrue();
	}

	@Test
	void failsAHomeOwnedByNoGuardian() {
		String grandmothers = "闽(2019)厦门市不动产权第0000888号";
		registry.property(home(grandmothers, "RESIDENTIAL", DISTRICT, GRANDMOTHER));

		PointsVerification.Outcome outcome = verification
			.verify(withHome(facts(), PropertyKind.CERTIFICATE, grandmothers), XIAMEN);

		assertFailed(outcome.results(), Checks.HOUSING_OWNER, "HOUSING_OWNER_NOT_GUARDIAN");
		assertThat(outcome.findings().homeInDistrict()).isFalse();
		assertThat(outcome.findings().homeAddress()).isEqualTo(HOME_ADDRESS);
	}

	@Test
	void failsAFiledContractWithoutAGuardianAmongItsBuyers() {
		registry.contract(new PurchaseContractRecord(CONTRACT, List.of(STRANGER), CONTRACT_ADDRESS, DISTRICT,
				"RESIDENTIAL", LocalDate.of(2023, 4, 26)));

		PointsVerification.Outcome outcome = verification.verify(withHome(facts(), PropertyKind.CONTRACT, CONTRACT),
				XIAMEN);

		assertFailed(outcome.results(), Checks.HOUSING_OWNER, "HOUSING_OWNER_NOT_GUARDIAN");
	}

	@Test
	void failsAHomeThatIsNotResidential() {
		String shop = "闽(2020)厦门市不动产权第0000999号";
		registry.property(home(shop, "商业", DISTRICT, FATHER));

		PointsVerification.Outcome outcome = verification.verify(withHome(facts(), PropertyKind.CERTIFICATE, shop),
				XIAMEN);

		assertFailed(outcome.results(), Checks.HOUSING_USAGE, "HOUSING_NOT_RESIDENTIAL");
		assertThat(outcome.findings().homeInDistrict()).isFalse();
	}

	@Test
	void failsAHomeInAnotherDistrict() {
		String siming = "闽(2018)厦门市不动产权第0000555号";
		registry.property(home(siming, "RESIDENTIAL", "350203", FATHER, MOTHER));

		PointsVerification.Outcome outcome = verification.verify(withHome(facts(), PropertyKind.CERTIFICATE, siming),
				XIAMEN);

		assertFailed(outcome.results(), Checks.HOUSING_DISTRICT, "HOUSING_NOT_IN_DISTRICT");
		assertThat(outcome.findings().homeInDistrict()).isFalse();
	}

	@Test
	void reportsTheSocialInsuranceMonthsOfBothParents() {
		PointsVerification.Outcome outcome = verification.verify(facts(), XIAMEN);

		CheckResult result = Family.result(outcome.results(), Checks.SOCIAL_INSURANCE);
		assertThat(result.passed()).isTrue();
		assertThat(result.reasonCode()).isEqualTo("SOCIAL_INSURANCE_MONTHS");
		assertThat(result.reasonArguments()).containsExactly(40, 26);
		assertThat(reason(result, Locale.SIMPLIFIED_CHINESE)).contains("40 个月").contains("26 个月");
	}

	@Test
	void countsNoMonthsTheRegistryDoesNotHoldForTheDistrict() {
		FakeRegistry elsewhere = new FakeRegistry().person(twin1())
			.person(person(FATHER, "陈建华", HOUSEHOLD))
			.person(person(MOTHER, "林秀梅", HOUSEHOLD))
			.socialInsurance(new SocialInsuranceRecord(FATHER, "350203", 30));

		PointsVerification.Outcome outcome = new PointsVerification(elsewhere).verify(facts(), XIAMEN);

		assertThat(Family.result(outcome.results(), Checks.SOCIAL_INSURANCE).reasonArguments()).containsExactly(0, 0);
		assertThat(outcome.findings().mainApplicantMonths()).isZero();
		assertThat(outcome.findings().secondParentMonths()).isZero();
	}

	@Test
	void countsNoMonthsOfAGuardian2WhoIsNotAParent() {
		registry.socialInsurance(new SocialInsuranceRecord(GRANDMOTHER, DISTRICT, 60));

		PointsVerification.Outcome outcome = verification.verify(withRelationCase(withGuardian2(facts(),
				new Guardian("黄玉兰", "RESIDENT_ID", GRANDMOTHER, "13900000000", "GRANDMOTHER")), 3), XIAMEN);

		assertThat(Family.result(outcome.results(), Checks.SOCIAL_INSURANCE).reasonArguments()).containsExactly(40, 0);
		assertThat(outcome.findings().secondParentMonths()).isZero();
	}

	@Test
	void countsNoMonthsOfAGuardian2WithoutAResidentId() {
		registry.socialInsurance(new SocialInsuranceRecord("H12345678", DISTRICT, 18));

		PointsVerification.Outcome outcome = verification.verify(withRelationCase(withGuardian2(facts(),
				new Guardian("LAM Sau Mui", "HK_MACAU_PASS", "H12345678", "13900000000", "MOTHER")), 2), XIAMEN);

		assertThat(outcome.findings().mainApplicantMonths()).isEqualTo(40);
		assertThat(outcome.findings().secondParentMonths()).isZero();
	}

	@Test
	void countsCompletedYearsOfTheResidencePermitAtTheRegistrationCloseInChinaTime() {
		registry.permit(new ResidencePermitRecord(FATHER, "JZ350212000123", DISTRICT, LocalDate.of(2020, 6, 1)));

		PointsVerification.Outcome outcome = verification.verify(facts(), XIAMEN);

		assertPassed(outcome.results(), Checks.RESIDENCE_PERMIT);
		assertThat(outcome.findings().residenceSince()).isEqualTo(LocalDate.of(2020, 6, 1));
		assertThat(outcome.findings().residencePermitYears()).isEqualTo(3);
	}

	@Test
	void countsNoYearNotCompletedByTheRegistrationClose() {
		registry.permit(new ResidencePermitRecord(FATHER, "JZ350212000123", DISTRICT, LocalDate.of(2020, 6, 2)));

		PointsVerification.Outcome outcome = verification.verify(facts(), XIAMEN);

		assertThat(outcome.findings().residencePermitYears()).isEqualTo(2);
	}

	@Test
	void failsAResidencePermitOfAnotherRegion() {
		registry.permit(new ResidencePermitRecord(FATHER, "JZ350102000456", "350102", LocalDate.of(2018, 1, 1)));

		PointsVerification.Outcome outcome = verification.verify(facts(), XIAMEN);

		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "NO_RESIDENCE_PERMIT_IN_REGION");
		assertThat(outcome.findings().residenceSince()).isNull();
		assertThat(outcome.findings().residencePermitYears()).isZero();
	}

	@Test
	void failsAnApplicantWithoutAResidencePermit() {
		PointsVerification.Outcome outcome = verification.verify(withGuardian2(withGuardian1(facts(), MOTHER, "MOTHER"),
				new Guardian("陈建华", "RESIDENT_ID", FATHER, "13900000000", "FATHER")), XIAMEN);

		assertFailed(outcome.results(), Checks.RESIDENCE_PERMIT, "NO_RESIDENCE_PERMIT_IN_REGION");
		assertThat(outcome.findings().mainApplicantMonths()).isEqualTo(26);
		assertThat(outcome.findings().secondParentMonths()).isEqualTo(40);
	}

	@Test
	void letsAnUnreachableRegistryPropagate() {
		FakeRegistry down = new FakeRegistry() {

			@Override
			public Optional<SocialInsuranceRecord> socialInsurance(String idNumber, String region) {
				throw new RegistryUnavailableException("The social insurance registry answered HTTP 503");
			}

		}.person(twin1()).person(person(FATHER, "陈建华", HOUSEHOLD)).person(person(MOTHER, "林秀梅", HOUSEHOLD));

		assertThatThrownBy(() -> new PointsVerification(down).verify(facts(), XIAMEN))
			.isInstanceOf(RegistryUnavailableException.class);
	}

	@Test
	void delegateRecordsTheResultsAndFindingsAndThatADisabilityIsDeclared() {
		registry.disability(new DisabilityRecord(TWIN1_DISABILITY, TWIN1, List.of("HEARING")));
		PointsCaseFacts facts = withChildren(facts(), disabled(TWIN1, "陈一诺", TWIN1_DISABILITY, "HEARING"),
				child(TWIN2, "陈一然"));
		DelegateExecution execution = execution(facts);
		Applications applications = applications(facts);

		delegate(applications, registry).execute(execution);

		verify(applications).recordPointsVerification(eq(facts.applicationId()),
				argThat(results -> results.stream().allMatch(CheckResult::passed)),
				eq(new PointsFindings(40, 26, LocalDate.of(2020, 3, 1), 3, true, HOME_ADDRESS)));
		verify(execution).setVariable("disabilityDeclared", true);
		verify(execution, times(1)).setVariable(anyString(), any());
	}

	@Test
	void delegateRecordsFailedChecksWithoutDecidingAndNoDeclaredDisability() {
		PointsCaseFacts facts = withChildren(facts(), child(TWIN1, "陈一偌"));
		DelegateExecution execution = execution(facts);
		Applications applications = applications(facts);

		delegate(applications, registry).execute(execution);

		verify(applications).recordPointsVerification(eq(facts.applicationId()),
				argThat(results -> results.stream().anyMatch(result -> !result.passed())), any());
		verify(execution).setVariable("disabilityDeclared", false);
		verify(execution, times(1)).setVariable(anyString(), any());
	}

	@Test
	void delegateLetsAnUnreachableRegistryFailTheJob() {
		FakeRegistry down = new FakeRegistry() {

			@Override
			public Optional<PropertyRecord> property(String certificateNumber) {
				throw new RegistryUnavailableException("The properties registry answered HTTP 503");
			}

		};
		PointsCaseFacts facts = facts();
		DelegateExecution execution = execution(facts);
		Applications applications = applications(facts);

		assertThatThrownBy(() -> delegate(applications, down).execute(execution))
			.isInstanceOf(RegistryUnavailableException.class);
		verify(applications, never()).recordPointsVerification(any(), anyList(), any());
		verify(execution, never()).setVariable(anyString(), any());
	}

	private static VerifyPointsFactsDelegate delegate(Applications applications, FakeRegistry registry) {
		Campaigns campaigns = mock(Campaigns.class);
		given(campaigns.find(XIAMEN.id())).willReturn(Optional.of(XIAMEN));
		return new VerifyPointsFactsDelegate(applications, campaigns, new PointsVerification(registry));
	}

	private static DelegateExecution execution(PointsCaseFacts facts) {
		DelegateExecution execution = mock(DelegateExecution.class);
		given(execution.getVariable("applicationId")).willReturn(facts.applicationId().toString());
		return execution;
	}

	private static Applications applications(PointsCaseFacts facts) {
		Applications applications = mock(Applications.class);
		given(applications.pointsFacts(facts.applicationId())).willReturn(facts);
		return applications;
	}

	private static PersonRecord twin1() {
		return new PersonRecord(TWIN1, "陈一诺", LocalDate.of(2017, 3, 15), HOUSEHOLD, "360102", FATHER, MOTHER);
	}

	private static PersonRecord twin2() {
		return new PersonRecord(TWIN2, "陈一然", LocalDate.of(2017, 3, 15), HOUSEHOLD, "360102", FATHER, MOTHER);
	}

	private static PersonRecord person(String idNumber, String name, String household) {
		return new PersonRecord(idNumber, name, null, household, "360102", null, null);
	}

	private static PropertyRecord home(String number, String usage, String district, String... owners) {
		return new PropertyRecord(number, List.of(owners), HOME_ADDRESS, district, usage, new BigDecimal("98.60"),
				LocalDate.of(2021, 7, 12));
	}

	private static PointsCaseFacts.Child child(String idNumber, String name) {
		return new PointsCaseFacts.Child(name, idNumber, List.of(), null);
	}

	private static PointsCaseFacts.Child twin1Child() {
		return child(TWIN1, "陈一诺");
	}

	private static PointsCaseFacts.Child disabled(String idNumber, String name, String certificate, String... types) {
		return new PointsCaseFacts.Child(name, idNumber, List.of(types), certificate);
	}

	/** The father registers the first twin, with the mother as guardian 2, all in his household booklet. */
	private static PointsCaseFacts facts() {
		return new PointsCaseFacts(UUID.randomUUID(), XIAMEN.id(), DISTRICT, "陈建华", FATHER, "FATHER",
				new Guardian("林秀梅", "RESIDENT_ID", MOTHER, "13900000000", "MOTHER"), List.of(twin1Child()), 1,
				HOME_ADDRESS, PropertyKind.CERTIFICATE, CERTIFICATE);
	}

	private static PointsCaseFacts twins() {
		return withChildren(facts(), twin1Child(), child(TWIN2, "陈一然"));
	}

	private static PointsCaseFacts withChildren(PointsCaseFacts facts, PointsCaseFacts.Child... children) {
		return new PointsCaseFacts(facts.applicationId(), facts.campaignId(), facts.district(), facts.applicantName(),
				facts.applicantIdNumber(), facts.guardian1Relation(), facts.guardian2(), List.of(children),
				facts.parentChildCase(), facts.address(), facts.propertyKind(), facts.propertyNumber());
	}

	private static PointsCaseFacts withGuardian1(PointsCaseFacts facts, String idNumber, String relation) {
		return new PointsCaseFacts(facts.applicationId(), facts.campaignId(), facts.district(), "申请人", idNumber,
				relation, facts.guardian2(), facts.children(), facts.parentChildCase(), facts.address(),
				facts.propertyKind(), facts.propertyNumber());
	}

	private static PointsCaseFacts withGuardian2(PointsCaseFacts facts, Guardian guardian2) {
		return new PointsCaseFacts(facts.applicationId(), facts.campaignId(), facts.district(), facts.applicantName(),
				facts.applicantIdNumber(), facts.guardian1Relation(), guardian2, facts.children(),
				facts.parentChildCase(), facts.address(), facts.propertyKind(), facts.propertyNumber());
	}

	private static PointsCaseFacts withRelationCase(PointsCaseFacts facts, Integer parentChildCase) {
		return new PointsCaseFacts(facts.applicationId(), facts.campaignId(), facts.district(), facts.applicantName(),
				facts.applicantIdNumber(), facts.guardian1Relation(), facts.guardian2(), facts.children(),
				parentChildCase, facts.address(), facts.propertyKind(), facts.propertyNumber());
	}

	private static PointsCaseFacts withHome(PointsCaseFacts facts, PropertyKind kind, String number) {
		return new PointsCaseFacts(facts.applicationId(), facts.campaignId(), facts.district(), facts.applicantName(),
				facts.applicantIdNumber(), facts.guardian1Relation(), facts.guardian2(), facts.children(),
				facts.parentChildCase(), facts.address(), kind, number);
	}

	/** The one result of a check about the child at this position, whose reason reads well in both languages. */
	private static CheckResult ofChild(List<CheckResult> results, String check, int position) {
		List<CheckResult> ofChild = results.stream()
			.filter(result -> result.check().equals(check) && !result.reasonArguments().isEmpty()
					&& result.reasonArguments().get(0).equals(position))
			.toList();
		assertThat(ofChild).as("results of %s about child %d in %s", check, position, results).hasSize(1);
		return Family.result(ofChild, check);
	}

	private static String reason(CheckResult result, Locale locale) {
		return MESSAGES.getMessage("check." + result.reasonCode(), result.reasonArguments().toArray(), locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/verification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
