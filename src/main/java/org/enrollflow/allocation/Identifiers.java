package org.enrollflow.allocation;

import java.util.HashSet;
import java.util.Set;

/**
 * The identifiers the algorithms accept: 1 to {@value #MAX_LENGTH} characters among ASCII letters,
 * digits and {@code - _ . :} (UUIDs, school codes, hex hashes). They sort by {@link String#compareTo},
 * which for these characters is the order of their bytes, and they need no quoting in CSV.
 */
final class Identifiers {

	static final int MAX_LENGTH = 200;

	private Identifiers() {
	}

	static String require(String value, String what) {
		if (value == null) {
			throw new IllegalArgumentException(what + " is missing");
		}
		int length = value.length();
		if (length == 0 || length > MAX_LENGTH) {
			throw new IllegalArgumentException(what + " must have 1 to " + MAX_LENGTH + " characters");
		}
		for (int i = 0; i < length; i++) {
			if (!allowed(value.charAt(i))) {
				throw new IllegalArgumentException(
						what + " may hold only ASCII letters, digits and - _ . : (character " + (i + 1) + " is not one)");
			}
		}
		return value;
	}

	/** @throws IllegalArgumentException naming the first value that appears again */
	static void requireDistinct(String[] values, String what) {
		Set<String> seen = new HashSet<>(2 * values.length);
		for (String value : values) {
			if (!seen.add(value)) {
				throw new IllegalArgumentException(what + " " + value + " appears more than once");
			}
		}
	}

	private static boolean allowed(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == ':';
	}

}
