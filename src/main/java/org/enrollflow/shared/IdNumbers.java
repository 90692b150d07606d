package org.enrollflow.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (GB 11643-1999): 6-digit address code, birth date, 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character.
 */
public final class IdNumbers {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private IdNumbers() {
	}

	/** Trims, and upper-cases a trailing {@code x}; {@code null} stays {@code null}. */
	public static String normalize(String idNumber) {
		return idNumber == null ? null : idNumber.strip().toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * Why the number is not a valid resident ID number, or empty when it is.
	 * @return one of {@code ID_FORMAT}, {@code ID_CHECK_DIGIT}, {@code ID_BIRTH_DATE}
	 */
	public static Optional<String> problem(String idNumber) {
		String id = normalize(idNumber);
		if (id == null || !SHAPE.matcher(id).matches()) {
			return Optional.of("ID_FORMAT");
		}
		if (checkCharacter(id) != id.charAt(17)) {
			return Optional.of("ID_CHECK_DIGIT");
		}
		if (birthDateOf(id).isEmpty()) {
			return Optional.of("ID_BIRTH_DATE");
		}
		return Optional.empty();
	}

	public static boolean isValid(String idNumber) {
		return problem(idNumber).isEmpty();
	}

	/** The check character the first 17 digits call for. */
	public static char checkCharacter(String first17Digits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS[sum % 11];
	}

	/** The birth date encoded in a well-formed number, empty when it is no real date. */
	public static Optional<LocalDate> birthDateOf(String idNumber) {
		String id = normalize(idNumber);
		if (id == null || id.length() < 14) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * {@code 320402********1234}: a resident ID (or any number of 15 characters or more) shows its
	 * address code and last four characters only; a shorter document number (a passport, a Hong
	 * Kong, Macau or Taiwan permit) its first and last two ({@code E1*******89}), and one under six
	 * characters nothing.
	 */
	public static String mask(String idNumber) {
		if (idNumber == null) {
			return null;
		}
		String id = normalize(idNumber);
		if (id.length() >= 15) {
			return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
		}
		if (id.length() < 6) {
			return "*".repeat(id.length());
		}
		return id.charAt(0) + "*".repeat(id.length() - 3) + id.substring(id.length() - 2);
	}

}
