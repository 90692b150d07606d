package org.enrollflow.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.enrollflow.shared.IdNumbers;

/** Synthetic, valid resident ID numbers from an address code no other test uses. */
final class TestIdNumbers {

	private static final String ADDRESS_CODE = "320499";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestIdNumbers() {
	}

	static String next(LocalDate birthDate) {
		return of(ADDRESS_CODE, birthDate, SEQUENCE.incrementAndGet());
	}

	static String of(String addressCode, LocalDate birthDate, int sequence) {
		String first17 = addressCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence % 1000);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	/** The same number with a wrong check character. */
	static String withWrongCheckCharacter(String idNumber) {
		char wrong = idNumber.charAt(17) == '1' ? '2' : '1';
		return idNumber.substring(0, 17) + wrong;
	}

}
