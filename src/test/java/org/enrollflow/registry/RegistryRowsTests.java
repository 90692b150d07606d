package org.enrollflow.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.enrollflow.shared.IdNumbers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryRowsTests {

	private static final LocalDate CHILD_BIRTH_DATE = LocalDate.of(2017, 3, 15);

	private final String child = TestIdNumbers.next(CHILD_BIRTH_DATE);
	private final String father = TestIdNumbers.next(LocalDate.of(1985, 6, 1));
	private final String mother = TestIdNumbers.next(LocalDate.of(1987, 2, 28));

	@Test
	void readsAPerson() {
		PersonRecord person = RegistryRows.person(line(RegistryDataset.PERSONS, child, " 李𠮷 ", "2017-03-15", "H0001",
				"320402", father, mother.toLowerCase()));
		assertThat(person).isEqualTo(new PersonRecord(child, "李𠮷", CHILD_BIRTH_DATE, "H0001", "320402", father, mother));
	}

	@Test
	void leavesOptionalPersonValuesEmpty() {
		PersonRecord person = RegistryRows.person(line(RegistryDataset.PERSONS, child, "李明", "2017-03-15", "", "", "", ""));
		assertThat(person).isEqualTo(new PersonRecord(child, "李明", CHILD_BIRTH_DATE, null, null, null, null));
	}

	@Test
	void rejectsAWrongNumberOfColumns() {
		assertRejected(() -> new CsvLine(RegistryDataset.PERSONS.columns(), List.of(child, "李明")), "COLUMN_COUNT", 7, 2);
	}

	@Test
	void rejectsAMissingRequiredValue() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, " ", "2017-03-15", "", "", "", "")),
				"REQUIRED", "name");
	}

	@Test
	void rejectsAnIdNumberOfTheWrongShape() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, "32049920170315001", "李明", "2017-03-15",
				"", "", "", "")), "ID_FORMAT", "id_number");
	}

	@Test
	void rejectsAnIdNumberWithAWrongCheckDigit() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "李明", "2017-03-15", "", "",
				TestIdNumbers.withWrongCheckCharacter(father), "")), "ID_CHECK_DIGIT", "father_id_number");
	}

	@Test
	void rejectsAnIdNumberWithAnImpossibleBirthDate() {
		String first17 = "320499" + "19870230" + "002";
		String impossibleDate = first17 + IdNumbers.checkCharacter(first17);
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "李明", "2017-03-15", "", "", "",
				impossibleDate)), "ID_BIRTH_DATE", "mother_id_number");
	}

	@Test
	void rejectsABirthDateThatDiffersFromTheIdNumber() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "李明", "2017-03-16", "", "", "", "")),
				"BIRTH_DATE_MISMATCH", "birth_date");
	}

	@Test
	void rejectsADateThatIsNotIso() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "李明", "2017/03/15", "", "", "", "")),
				"DATE", "birth_date");
	}

	@Test
	void rejectsANameThatIsTooLong() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "李".repeat(101), "2017-03-15", "",
				"", "", "")), "TOO_LONG", "name", 100);
	}

	@Test
	void countsCharactersOutsideTheBasicMultilingualPlaneAsTwoUnits() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "𠮷".repeat(51), "2017-03-15", "",
				"", "", "")), "TOO_LONG", "name", 100);
	}

	@Test
	void rejectsControlCharacters() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "李\n明", "2017-03-15", "", "", "",
				"")), "CONTROL_CHARACTER", "name");
	}

	@Test
	void rejectsARegionThatIsNotACode() {
		assertRejected(() -> RegistryRows.person(line(RegistryDataset.PERSONS, child, "李明", "2017-03-15", "", "常州", "",
				"")), "REGION", "hukou_region");
	}

	@Test
	void readsAResidencePermit() {
		assertThat(RegistryRows.residencePermit(line(RegistryDataset.RESIDENCE_PERMITS, father, "JZ-001", "320402",
				"2020-01-01")))
			.isEqualTo(new ResidencePermitRecord(father, "JZ-001", "320402", LocalDate.of(2020, 1, 1)));
	}

	@Test
	void readsAPropertyWithSeveralOwners() {
		PropertyRecord property = RegistryRows.property(line(RegistryDataset.PROPERTIES, "苏(2021)常州市不动产权第0123456号",
				father + "；" + mother + ";" + father + ";", "常州市天宁区青果巷12号", "320402", "residential", "89.50",
				"2021-05-06"));
		assertThat(property.ownerIdNumbers()).containsExactly(father, mother);
		assertThat(property.usage()).isEqualTo("RESIDENTIAL");
		assertThat(property.residential()).isTrue();
		assertThat(property.areaM2()).isEqualByComparingTo("89.5");
	}

	@Test
	void keepsAnyOtherUsageAsWritten() {
		PropertyRecord property = RegistryRows.property(line(RegistryDataset.PROPERTIES, "苏(2021)常州市不动产权第0123457号",
				father, "常州市天宁区青果巷14号", "320402", "商业", "40", "2021-05-06"));
		assertThat(property.usage()).isEqualTo("商业");
		assertThat(property.residential()).isFalse();
	}

	@Test
	void rejectsPropertiesWithoutOwners() {
		assertRejected(() -> RegistryRows.property(line(RegistryDataset.PROPERTIES, "X1", " ; ", "常州市", "320402",
				"RESIDENTIAL", "40", "2021-05-06")), "REQUIRED", "owner_id_numbers");
	}

	@Test
	void rejectsAnInvalidOwner() {
		assertRejected(() -> RegistryRows.property(line(RegistryDataset.PROPERTIES, "X1",
				father + ";" + TestIdNumbers.withWrongCheckCharacter(mother), "常州市", "320402", "RESIDENTIAL", "40",
				"2021-05-06")), "ID_CHECK_DIGIT", "owner_id_numbers");
	}

	@Test
	void rejectsAnAreaThatIsNotANumber() {
		assertRejected(() -> RegistryRows.property(line(RegistryDataset.PROPERTIES, "X1", father, "常州市", "320402",
				"RESIDENTIAL", "89,5", "2021-05-06")), "NOT_A_NUMBER", "area_m2");
	}

	@Test
	void rejectsAnAreaOfZeroOrWithThreeDecimals() {
		assertRejected(() -> RegistryRows.property(line(RegistryDataset.PROPERTIES, "X1", father, "常州市", "320402",
				"RESIDENTIAL", "0", "2021-05-06")), "AREA", "area_m2");
		assertRejected(() -> RegistryRows.property(line(RegistryDataset.PROPERTIES, "X1", father, "常州市", "320402",
				"RESIDENTIAL", "89.505", "2021-05-06")), "AREA", "area_m2");
	}

	@Test
	void readsAPurchaseContract() {
		PurchaseContractRecord contract = RegistryRows.purchaseContract(line(RegistryDataset.PURCHASE_CONTRACTS,
				"cz2023-0001", father, "常州市新北区", "320411", "RESIDENTIAL", "2023-01-09"));
		assertThat(contract).isEqualTo(new PurchaseContractRecord("cz2023-0001", List.of(father), "常州市新北区", "320411",
				"RESIDENTIAL", LocalDate.of(2023, 1, 9)));
	}

	@Test
	void readsADisabilityWithItsTypes() {
		DisabilityRecord disability = RegistryRows.disability(line(RegistryDataset.DISABILITIES, "CJ001", child,
				"视力;听力"));
		assertThat(disability.types()).containsExactly("视力", "听力");
	}

	@Test
	void readsSocialInsuranceMonths() {
		assertThat(RegistryRows.socialInsurance(line(RegistryDataset.SOCIAL_INSURANCE, father, "350212", "0")))
			.isEqualTo(new SocialInsuranceRecord(father, "350212", 0));
	}

	@Test
	void rejectsNegativeMonths() {
		assertRejected(() -> RegistryRows.socialInsurance(line(RegistryDataset.SOCIAL_INSURANCE, father, "350212", "-1")),
				"NEGATIVE", "months");
	}

	@Test
	void rejectsMonthsThatAreNotAWholeNumber() {
		assertRejected(() -> RegistryRows.socialInsurance(line(RegistryDataset.SOCIAL_INSURANCE, father, "350212", "1.5")),
				"NOT_A_NUMBER", "months");
	}

	@Test
	void readsACatchment() {
		assertThat(RegistryRows.catchment(line(RegistryDataset.CATCHMENTS, "CZ-TN-01", "常州市天宁区")))
			.isEqualTo(new RegistryRows.Catchment("CZ-TN-01", "常州市天宁区"));
	}

	@Test
	void readsAnAreaWithinTheColumnsPrecision() {
		assertThat(RegistryRows.property(line(RegistryDataset.PROPERTIES, "X1", father, "常州市", "320402", "RESIDENTIAL",
				"99999999.99", "2021-05-06")).areaM2()).isEqualTo(new BigDecimal("99999999.99"));
		assertRejected(() -> RegistryRows.property(line(RegistryDataset.PROPERTIES, "X1", father, "常州市", "320402",
				"RESIDENTIAL", "100000000", "2021-05-06")), "AREA", "area_m2");
	}

	private static CsvLine line(RegistryDataset dataset, String... values) {
		return new CsvLine(dataset.columns(), List.of(values));
	}

	private static void assertRejected(Runnable reading, String code, Object... arguments) {
		assertThatThrownBy(reading::run).isInstanceOfSatisfying(CsvLine.Rejected.class, rejected -> {
			assertThat(rejected.code()).isEqualTo(code);
			assertThat(rejected.arguments()).containsExactly(arguments);
		});
	}

}
