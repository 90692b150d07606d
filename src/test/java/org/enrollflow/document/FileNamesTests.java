package org.enrollflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void keepsAnOrdinaryNameAsItIs() {
		assertThat(FileNames.clean("出生医学证明 2024.pdf")).isEqualTo("出生医学证明 2024.pdf");
	}

	@Test
	void keepsCharactersOutsideTheBasicMultilingualPlane() {
		assertThat(FileNames.clean("李𠮷祥-户口簿.jpg")).isEqualTo("李𠮷祥-户口簿.jpg");
	}

	@Test
	void dropsFoldersOfEitherKind() {
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("..\\..\\Windows\\system32\\scan.png")).isEqualTo("scan.png");
		assertThat(FileNames.clean("C:\\Users\\张三\\Desktop\\结婚证.jpg")).isEqualTo("结婚证.jpg");
		assertThat(FileNames.clean("/tmp/")).isEmpty();
	}

	@Test
	void dropsControlAndFormattingCharacters() {
		assertThat(FileNames.clean("scan\u0000\r\n\t\u001b[31m.png")).isEqualTo("scan[31m.png");
		assertThat(FileNames.clean("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
		assertThat(FileNames.clean("a\u2028b\u2029c\u200bd\ufeff.pdf")).isEqualTo("abcd.pdf");
	}

	@Test
	void dropsHalvesOfCharacters() {
		assertThat(FileNames.clean("scan\ud842.png")).isEqualTo("scan.png");
	}

	@Test
	void dropsDotsAndSpacesAtEitherEnd() {
		assertThat(FileNames.clean("..")).isEmpty();
		assertThat(FileNames.clean(" .hidden.pdf ")).isEqualTo("hidden.pdf");
		assertThat(FileNames.clean("scan.pdf.\u3000")).isEqualTo("scan.pdf");
	}

	@Test
	void composesDecomposedCharacters() {
		assertThat(FileNames.clean("Cafe\u0301.png")).isEqualTo("Caf\u00e9.png");
	}

	@Test
	void isEmptyWithoutAName() {
		assertThat(FileNames.clean(null)).isEmpty();
		assertThat(FileNames.clean("")).isEmpty();
		assertThat(FileNames.clean("\u0000\u0001")).isEmpty();
	}

	@Test
	void shortensLongNamesKeepingTheExtension() {
		String cleaned = FileNames.clean("证".repeat(300) + ".jpeg");

		assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).startsWith("证证").endsWith("证.jpeg");
	}

	@Test
	void shortensWithoutSplittingACharacterInTwo() {
		String cleaned = FileNames.clean("a" + "𠮷".repeat(150) + ".png");

		assertThat(cleaned.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
		assertThat(cleaned).endsWith("𠮷.png");
		assertThat(cleaned.codePoints().filter(codePoint -> Character.getType(codePoint) == Character.SURROGATE).count()).isZero();
	}

	@Test
	void shortensANameWhoseEndingIsTooLongForAnExtension() {
		String cleaned = FileNames.clean("scan." + "x".repeat(300));

		assertThat(cleaned).isEqualTo("scan." + "x".repeat(FileNames.MAX_LENGTH - 5));
	}

}
