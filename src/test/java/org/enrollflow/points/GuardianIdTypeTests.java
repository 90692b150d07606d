package org.enrollflow.points;

import org.enrollflow.shared.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.points.GuardianIdType.HK_MACAU_PASS;
import static org.enrollflow.points.GuardianIdType.PASSPORT;
import static org.enrollflow.points.GuardianIdType.RESIDENT_ID;
import static org.enrollflow.points.GuardianIdType.TAIWAN_PERMIT;

class GuardianIdTypeTests {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "RESIDENT_ID, 11010519491231002X", "RESIDENT_ID, 350212198703153023", "HK_MACAU_PASS, H12345678",
			"HK_MACAU_PASS, M1234567890", "TAIWAN_PERMIT, 12345678", "PASSPORT, E12345678", "PASSPORT, G1234",
			"PASSPORT, 12345678901234567", "PASSPORT, 1234AB" })
	void acceptsNumbersInTheFormatOfTheirType(GuardianIdType type, String number) {
		assertThat(type.problem(number)).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource({ "RESIDENT_ID, 1101051949123100, ID_FORMAT", "RESIDENT_ID, 11010519491231002Y, ID_FORMAT",
			"RESIDENT_ID, 340524198001010013, ID_CHECK_DIGIT", "RESIDENT_ID, 130402198207290622, ID_CHECK_DIGIT",
			"HK_MACAU_PASS, H1234567, ID_FORMAT_HK_MACAU_PASS", "HK_MACAU_PASS, H123456789, ID_FORMAT_HK_MACAU_PASS",
			"HK_MACAU_PASS, H12345678901, ID_FORMAT_HK_MACAU_PASS", "HK_MACAU_PASS, K12345678, ID_FORMAT_HK_MACAU_PASS",
			"HK_MACAU_PASS, 12345678, ID_FORMAT_HK_MACAU_PASS", "TAIWAN_PERMIT, 1234567, ID_FORMAT_TAIWAN_PERMIT",
			"TAIWAN_PERMIT, 123456789, ID_FORMAT_TAIWAN_PERMIT", "TAIWAN_PERMIT, A1234567, ID_FORMAT_TAIWAN_PERMIT",
			"PASSPORT, E123, ID_FORMAT_PASSPORT", "PASSPORT, E12345678901234567, ID_FORMAT_PASSPORT",
			"PASSPORT, E1234-5678, ID_FORMAT_PASSPORT", "PASSPORT, 护照12345, ID_FORMAT_PASSPORT" })
	void refusesNumbersOutsideTheFormatOfTheirType(GuardianIdType type, String number, String problem) {
		assertThat(type.problem(number)).contains(problem);
	}

	@Test
	void refusesAResidentIdWithABirthDateThatDoesNotExist() {
		String first17 = "11010519490231001";

		assertThat(RESIDENT_ID.problem(first17 + IdNumbers.checkCharacter(first17))).contains("ID_BIRTH_DATE");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(GuardianIdType.class)
	void refusesAMissingNumber(GuardianIdType type) {
		String code = (type == RESIDENT_ID) ? "ID_FORMAT" : "ID_FORMAT_" + type.name();

		assertThat(type.problem(null)).contains(code);
		assertThat(type.problem("")).contains(code);
		assertThat(type.problem("  ")).contains(code);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "RESIDENT_ID, １１０１０５１９４９１２３１００２ｘ", "RESIDENT_ID, 11010519491231002x",
			"RESIDENT_ID, 110105 19491231 002X", "HK_MACAU_PASS, Ｈ１２３４５６７８", "HK_MACAU_PASS, h12345678",
			"HK_MACAU_PASS, 'H 1234 5678'", "HK_MACAU_PASS, m1234567890", "TAIWAN_PERMIT, １２３４５６７８",
			"TAIWAN_PERMIT, '1234　5678'", "PASSPORT, ｅ１２３４５６７８", "PASSPORT, e12345678" })
	void acceptsFullWidthLowerCaseAndSpacedNumbers(GuardianIdType type, String number) {
		assertThat(type.problem(number)).isEmpty();
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "Ｈ１２３４５６７８, H12345678", "'h 1234 5678 ', H12345678", "１１０１０５１９４９１２３１００２ｘ, 11010519491231002X",
			"'1234　5678', 12345678" })
	void normalizesNumbersForStorage(String number, String normalized) {
		assertThat(GuardianIdType.normalize(number)).isEqualTo(normalized);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void keepsANullOrEmptyNumber(String number) {
		assertThat(GuardianIdType.normalize(number)).isEqualTo(number);
	}

	@Test
	void asksForTheDocumentPhotoOfEveryNonMainlandDocument() {
		assertThat(RESIDENT_ID.requiresDocumentPhoto()).isFalse();
		assertThat(HK_MACAU_PASS.requiresDocumentPhoto()).isTrue();
		assertThat(TAIWAN_PERMIT.requiresDocumentPhoto()).isTrue();
		assertThat(PASSPORT.requiresDocumentPhoto()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "H12345678", "M1234567890" })
	void refusesAHongKongPassNumberAsAnotherType(String number) {
		assertThat(TAIWAN_PERMIT.problem(number)).isPresent();
		assertThat(RESIDENT_ID.problem(number)).isPresent();
		assertThat(PASSPORT.problem(number)).isEmpty();
	}

}
