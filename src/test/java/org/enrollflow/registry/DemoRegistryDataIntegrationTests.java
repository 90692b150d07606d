package org.enrollflow.registry;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.shared.IdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo registry ({@code classpath:demo/*.csv}) loads without a rejected line and holds the
 * demo families. Each test runs in a transaction that is rolled back, so the shared test database
 * never holds the demo's fixed ID numbers.
 */
@EnrollFlowIntegrationTest
@Transactional
class DemoRegistryDataIntegrationTests {

	private static final String TONGAN = "350212";

	// Family Lin: parents and twins in one household booklet, a home owned in Tong'an.
	private static final String LIN_FATHER = "340103198804121318";
	private static final String LIN_MOTHER = "340103199007252424";
	private static final String LIN_YINUO = "340103202011032621";
	private static final String LIN_YIMING = "340103202011032736";

	// Family Chen: the child in the father's booklet, the mother in another; a filed purchase contract.
	private static final String CHEN_FATHER = "360102198609181531";
	private static final String CHEN_CHILD = "360102202102141847";
	private static final String CHEN_MOTHER = "360111198912053264";

	@Autowired
	RegistryImports imports;

	@Autowired
	RegistryGateway registry;

	@BeforeEach
	void loadTheDemoRegistry() throws IOException {
		// Throws when any line of any demo file is rejected.
		new DemoRegistryData(imports).run(new DefaultApplicationArguments());
	}

	@Test
	void loadsAFileForEveryDataset() {
		assertThat(DemoRegistryData.DATASETS)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(RegistryDataset.values()).map(RegistryDataset::path).toList());
	}

	@Test
	void keepsTheChangzhouFamilies() {
		assertThat(registry.person("320402202011050172")).map(PersonRecord::name).hasValue("张小明");
		assertThat(registry.property("苏(2021)常州市不动产权第0123456号")).isPresent();
		assertThat(registry.residencePermit("340104198801010192")).map(ResidencePermitRecord::region).hasValue("320412");
		assertThat(registry.schoolCodeForAddress("常州市武进区湖塘镇人民路1号")).hasValue("WJ01");
	}

	@Test
	void holdsTheLinTwinsInTheirParentsHouseholdBooklet() {
		for (String twin : List.of(LIN_YINUO, LIN_YIMING)) {
			PersonRecord child = registry.person(twin).orElseThrow();
			assertThat(child.birthDate()).isEqualTo(LocalDate.of(2020, 11, 3));
			assertThat(child.householdNumber()).isEqualTo("3401030517");
			assertThat(child.fatherIdNumber()).isEqualTo(LIN_FATHER);
			assertThat(child.motherIdNumber()).isEqualTo(LIN_MOTHER);
			assertThat(child.hukouRegion()).doesNotStartWith("3502");
		}
		assertThat(registry.person(LIN_YINUO)).map(PersonRecord::name).hasValue("林一诺");
		assertThat(registry.person(LIN_YIMING)).map(PersonRecord::name).hasValue("林一鸣");
		assertThat(registry.person(LIN_FATHER)).map(PersonRecord::householdNumber).hasValue("3401030517");
		assertThat(registry.person(LIN_MOTHER)).map(PersonRecord::householdNumber).hasValue("3401030517");
	}

	@Test
	void findsTheTwinsDisabilityCertificate() {
		assertThat(registry.disability("34010320201103273623"))
			.hasValue(new DisabilityRecord("34010320201103273623", LIN_YIMING, List.of("HEARING")));
	}

	@Test
	void findsTheLinParentsSocialInsuranceResidencePermitAndHome() {
		assertThat(registry.socialInsurance(LIN_FATHER, TONGAN)).map(SocialInsuranceRecord::months).hasValue(40);
		assertThat(registry.socialInsurance(LIN_MOTHER, TONGAN)).map(SocialInsuranceRecord::months).hasValue(26);
		assertThat(registry.socialInsurance(LIN_FATHER, "3502")).isEmpty();
		assertThat(registry.residencePermit(LIN_FATHER)).hasValue(
				new ResidencePermitRecord(LIN_FATHER, "JZ3502122021000318", TONGAN, LocalDate.of(2021, 3, 1)));
		assertThat(registry.property("闽（2023）厦门市不动产权第0012345号")).hasValue(new PropertyRecord(
				"闽(2023)厦门市不动产权第0012345号", List.of(LIN_FATHER, LIN_MOTHER), "厦门市同安区祥平街道同集中路1888号5幢1203室",
				TONGAN, PropertyRecord.RESIDENTIAL, new BigDecimal("89.36"), LocalDate.of(2023, 5, 18)));
	}

	@Test
	void holdsTheChenChildWithTheFatherAndTheMotherInAnotherBooklet() {
		PersonRecord child = registry.person(CHEN_CHILD).orElseThrow();
		assertThat(child.name()).isEqualTo("陈小雨");
		assertThat(child.householdNumber()).isEqualTo("3601020833");
		assertThat(child.fatherIdNumber()).isEqualTo(CHEN_FATHER);
		assertThat(child.motherIdNumber()).isEqualTo(CHEN_MOTHER);
		assertThat(registry.person(CHEN_FATHER)).map(PersonRecord::householdNumber).hasValue("3601020833");
		assertThat(registry.person(CHEN_MOTHER)).map(PersonRecord::householdNumber).hasValue("3601110264");
	}

	@Test
	void findsTheChenFathersPermitInsuranceAndPurchaseContract() {
		assertThat(registry.residencePermit(CHEN_FATHER)).map(ResidencePermitRecord::residenceSince)
			.hasValue(LocalDate.of(2022, 6, 1));
		assertThat(registry.socialInsurance(CHEN_FATHER, TONGAN)).map(SocialInsuranceRecord::months).hasValue(20);
		assertThat(registry.purchaseContract("xm2023ht000123")).hasValue(new PurchaseContractRecord("XM2023HT000123",
				List.of(CHEN_FATHER), "厦门市同安区西柯街道同安大道288号2幢1506室", TONGAN, PropertyRecord.RESIDENTIAL,
				LocalDate.of(2023, 9, 26)));
	}

	@Test
	void givesThePointsChildrenValidNumbersInTheCampaignsBirthDates() {
		for (String child : List.of(LIN_YINUO, LIN_YIMING, CHEN_CHILD)) {
			assertThat(IdNumbers.isValid(child)).isTrue();
			assertThat(IdNumbers.birthDateOf(child).orElseThrow()).isBetween(LocalDate.of(2020, 9, 1),
					LocalDate.of(2021, 8, 31));
		}
	}

	@Test
	void leavesTheSameDataWhenLoadedAgain() throws IOException {
		new DemoRegistryData(imports).run(new DefaultApplicationArguments());

		assertThat(registry.socialInsurance(LIN_FATHER, TONGAN)).map(SocialInsuranceRecord::months).hasValue(40);
		assertThat(registry.propertiesOwnedByAnyOf(List.of(LIN_FATHER))).hasSize(1);
	}

}
