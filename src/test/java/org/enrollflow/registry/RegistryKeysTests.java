package org.enrollflow.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryKeysTests {

	@Test
	void foldsFullWidthBracketsDigitsAndSpacesOfCertificateNumbers() {
		assertThat(RegistryKeys.certificate("苏（２０２１）常州市 不动产权第　０１２３４５６号"))
			.isEqualTo("苏(2021)常州市不动产权第0123456号");
	}

	@Test
	void keepsAnAsciiCertificateNumberAsItIs() {
		assertThat(RegistryKeys.certificate("苏(2021)常州市不动产权第0123456号")).isEqualTo("苏(2021)常州市不动产权第0123456号");
	}

	@Test
	void keepsTheCaseOfLettersInCertificateNumbers() {
		assertThat(RegistryKeys.certificate("ａb")).isEqualTo("ab");
	}

	@Test
	void upperCasesContractNumbersAfterFoldingFullWidthLetters() {
		assertThat(RegistryKeys.upperCased(" ｃｚ2023-ab 0001 ")).isEqualTo("CZ2023-AB0001");
	}

	@Test
	void foldsAddressesForCatchmentMatching() {
		assertThat(RegistryKeys.address("常州市 天宁区青果巷１２号")).isEqualTo("常州市天宁区青果巷12号");
	}

	@Test
	void keepsCharactersOutsideTheBasicMultilingualPlane() {
		assertThat(RegistryKeys.address("𠮷 路")).isEqualTo("𠮷路");
	}

	@Test
	void leavesNullAlone() {
		assertThat(RegistryKeys.certificate(null)).isNull();
		assertThat(RegistryKeys.upperCased(null)).isNull();
	}

}
