package org.enrollflow.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersMaskTests {

	@ParameterizedTest
	@CsvSource({ "11010519491231002X, 110105********002X", "110105491231002, 110105*****1002",
			"E123456789, E*******89", "H1234567890, H********90", "12345678, 1*****78", "12345, *****" })
	void hidesAllButWhatIdentifiesTheDocumentToItsHolder(String number, String masked) {
		assertThat(IdNumbers.mask(number)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({ "E123456789", "M12345678901", "12345678" })
	void neverShowsMoreThanFourCharactersOfAShortDocumentNumber(String number) {
		String masked = IdNumbers.mask(number);
		assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(3);
		assertThat(masked).hasSameSizeAs(number);
	}

}
