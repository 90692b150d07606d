package org.enrollflow.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.enrollflow.shared.IdNumbers;

/** Synthetic, valid and unique resident ID numbers for tests. */
public final class TestIdNumbers {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestIdNumbers() {
	}

	public static String next(String areaCode, LocalDate birthDate, boolean male) {
		int n = SEQUENCE.incrementAndGet();
		LocalDate birth = birthDate.plusDays(n / 400);
		int sequence = (n % 400) * 2 + (male ? 1 : 2);
		String first17 = areaCode + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
		return first17 + IdNumbers.checkCharacter(first17);
	}

}
