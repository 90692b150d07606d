package org.enrollflow.allocation;

import java.util.Arrays;
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

	/**
	 * Finds a repeated value by sorting 64-bit hashes of the values; only when two hashes are equal
	 * are the values themselves compared.
	 * @throws IllegalArgumentException naming a value that appears more than once
	 */
	static void requireDistinct(String[] values, String what) {
		long[] hashes = new long[values.length];
		for (int i = 0; i < values.length; i++) {
			hashes[i] = hash(values[i]);
		}
		Arrays.sort(hashes);
		for (int i = 1; i < hashes.length; i++) {
			if (hashes[i] == hashes[i - 1]) {
				Set<String> seen = new HashSet<>(2 * values.length);
				for (String value : values) {
					if (!seen.add(value)) {
						throw new IllegalArgumentException(what + " " + value + " appears more than once");
					}
				}
				return;
			}
		}
	}

	/** A 64-bit hash of the characters, four at a time, with MurmurHash3's finalizer. */
	static long hash(String value) {
		long hash = value.length();
		int length = value.length();
		int i = 0;
		for (; i + 4 <= length; i += 4) {
			long block = value.charAt(i) | ((long) value.charAt(i + 1) << 16) | ((long) value.charAt(i + 2) << 32)
					| ((long) value.charAt(i + 3) << 48);
			hash = Long.rotateLeft(hash ^ (block * 0x87c37b91114253d5L), 31) * 0x4cf5ad432745937fL;
		}
		for (; i < length; i++) {
			hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
		}
		hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
		hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

	private static boolean allowed(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.' || c == ':';
	}

}
