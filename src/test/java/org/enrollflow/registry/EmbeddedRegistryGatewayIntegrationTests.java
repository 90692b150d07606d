package org.enrollflow.registry;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@EnrollFlowIntegrationTest
class EmbeddedRegistryGatewayIntegrationTests {

	private static final LocalDate CHILD_BIRTH_DATE = LocalDate.of(2017, 5, 20);

	@Autowired
	EmbeddedRegistryGateway registry;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	RegistryImports imports;

	private final String child = TestIdNumbers.next(CHILD_BIRTH_DATE);
	private final String father = TestIdNumbers.next(LocalDate.of(1985, 6, 1));
	private final String mother = TestIdNumbers.next(LocalDate.of(1987, 2, 28));
	private final String grandfather = TestIdNumbers.next(LocalDate.of(1958, 9, 9));
	private final String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	@Test
	void isTheEmbeddedRegistryByDefault() {
		assertThat(context.getBeanNamesForType(HttpRegistryGateway.class)).isEmpty();
	}

	@Test
	void findsAPersonWithTheirParents() {
		load("persons", "id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number",
				child + ",周𠮷,2017-05-20,H-" + unique + ",320402," + father + "," + mother);

		assertThat(registry.person(" " + child.toLowerCase() + " ")).hasValue(new PersonRecord(child, "周𠮷",
				CHILD_BIRTH_DATE, "H-" + unique, "320402", father, mother));
		assertThat(registry.person(child).orElseThrow().hasParent(mother)).isTrue();
		assertThat(registry.person(child).orElseThrow().hasParent(grandfather)).isFalse();
	}

	@Test
	void findsNothingForAnUnknownOrMissingPerson() {
		assertThat(registry.person(grandfather)).isEmpty();
		assertThat(registry.person(" ")).isEmpty();
		assertThat(registry.person(null)).isEmpty();
	}

	@Test
	void findsTheResidencePermitOfItsHolder() {
		load("residence-permits", "holder_id_number,permit_number,region,residence_since",
				father + ",JZ-" + unique + ",320411,2021-03-01");

		assertThat(registry.residencePermit(father)).hasValue(new ResidencePermitRecord(father, "JZ-" + unique, "320411",
				LocalDate.of(2021, 3, 1)));
		assertThat(registry.residencePermit(mother)).isEmpty();
	}

	@Test
	void findsAPropertyByItsNumberWrittenWithFullWidthBracketsAndSpaces() {
		String number = "苏(2021)常州市不动产权第" + unique + "号";
		load("properties", "certificate_number,owner_id_numbers,address,district,usage,area_m2,registered_on",
				number + "," + father + ";" + mother + ",常州市天宁区青果巷12号,320402,RESIDENTIAL,89.50,2021-05-06");

		PropertyRecord expected = new PropertyRecord(number, List.of(father, mother), "常州市天宁区青果巷12号", "320402",
				"RESIDENTIAL", new BigDecimal("89.50"), LocalDate.of(2021, 5, 6));
		assertThat(registry.property("苏（2021）常州市 不动产权第" + unique + "号")).hasValue(expected);
		assertThat(registry.property(number.substring(0, number.length() - 2) + "号")).isEmpty();
	}

	@Test
	void findsThePropertiesOwnedByAnyOfSeveralPeople() {
		String fathers = "苏(2020)常州市不动产权第" + unique + "1号";
		String mothers = "苏(2022)常州市不动产权第" + unique + "2号";
		String grandfathers = "苏(2019)常州市不动产权第" + unique + "3号";
		load("properties", "certificate_number,owner_id_numbers,address,district,usage,area_m2,registered_on",
				fathers + "," + father + ";" + grandfather + ",常州市钟楼区1号,320404,RESIDENTIAL,70,2020-01-02",
				mothers + "," + mother + ",常州市新北区2号,320411,商业,30,2022-01-02",
				grandfathers + "," + grandfather + ",常州市武进区3号,320412,RESIDENTIAL,120,2019-01-02");

		assertThat(registry.propertiesOwnedByAnyOf(List.of(father, mother, child)))
			.extracting(PropertyRecord::certificateNumber)
			.containsExactly(fathers, mothers);
		assertThat(registry.propertiesOwnedByAnyOf(List.of(child))).isEmpty();
		assertThat(registry.propertiesOwnedByAnyOf(List.of())).isEmpty();
	}

	@Test
	void findsAPurchaseContractWhateverTheCaseOfItsLetters() {
		String number = "cz2023-" + unique.toLowerCase();
		load("purchase-contracts", "contract_number,buyer_id_numbers,address,district,usage,filed_on",
				number + "," + father + ";" + mother + ",常州市新北区锦绣路8号,320411,RESIDENTIAL,2023-01-09");

		assertThat(registry.purchaseContract("ＣＺ2023-" + unique)).hasValue(new PurchaseContractRecord(number,
				List.of(father, mother), "常州市新北区锦绣路8号", "320411", "RESIDENTIAL", LocalDate.of(2023, 1, 9)));
		assertThat(registry.purchaseContract("CZ2024-" + unique)).isEmpty();
	}

	@Test
	void findsADisabilityCertificate() {
		String number = "cj" + unique;
		load("disabilities", "certificate_number,holder_id_number,types", number + "," + child + ",视力;肢体");

		assertThat(registry.disability("CJ" + unique)).hasValue(new DisabilityRecord(number, child, List.of("视力", "肢体")));
	}

	@Test
	void findsSocialInsuranceByPersonAndRegion() {
		load("social-insurance", "id_number,region,months", father + ",350212,36", father + ",3502,40");

		assertThat(registry.socialInsurance(father, "350212")).hasValue(new SocialInsuranceRecord(father, "350212", 36));
		assertThat(registry.socialInsurance(father, "3502")).hasValue(new SocialInsuranceRecord(father, "3502", 40));
		assertThat(registry.socialInsurance(father, "3205")).isEmpty();
		assertThat(registry.socialInsurance(mother, "350212")).isEmpty();
	}

	@Test
	void findsTheSchoolOfTheLongestMatchingCatchmentPrefix() {
		String street = "测试市" + unique + "区青果巷";
		load("catchments", "school_code,address_prefix", "S-DISTRICT-" + unique + ",测试市" + unique + "区",
				"S-STREET-" + unique + "," + street, "S-OTHER-" + unique + ",测试市" + unique + "区红梅");

		assertThat(registry.schoolCodeForAddress(street + "１２号")).hasValue("S-STREET-" + unique);
		assertThat(registry.schoolCodeForAddress("测试市" + unique + "区 局前街3号")).hasValue("S-DISTRICT-" + unique);
		assertThat(registry.schoolCodeForAddress("别的市" + unique)).isEmpty();
		assertThat(registry.schoolCodeForAddress("")).isEmpty();
	}

	@Test
	void movesAnAddressPrefixToTheSchoolImportedLast() {
		String prefix = "测试市" + unique + "区";
		load("catchments", "school_code,address_prefix", "S-OLD-" + unique + "," + prefix);
		load("catchments", "school_code,address_prefix", "S-NEW-" + unique + "," + prefix);

		assertThat(registry.schoolCodeForAddress(prefix + "1号")).hasValue("S-NEW-" + unique);
	}

	private void load(String dataset, String header, String... lines) {
		ImportReport report = imports.importCsv(dataset, new StringReader(header + "\n" + String.join("\n", lines)));
		assertThat(report.rejected()).isEmpty();
		assertThat(report.imported()).isEqualTo(lines.length);
	}

}
