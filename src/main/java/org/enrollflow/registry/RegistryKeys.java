package org.enrollflow.registry;

import java.util.Locale;

/**
 * The look-up keys of registry numbers and addresses, so that what a parent types on a phone finds
 * what the registry wrote: full-width forms (（）, ０-９, Ａ-Ｚ and the rest of U+FF01 to U+FF5E) become
 * their ASCII counterparts and every space (including the ideographic one) goes.
 */
public final class RegistryKeys {

	private static final int FULL_WIDTH_FIRST = 0xFF01;
	private static final int FULL_WIDTH_LAST = 0xFF5E;
	private static final int FULL_WIDTH_OFFSET = 0xFEE0;

	private RegistryKeys() {
	}

	/** The key of a real-estate certificate number; letters keep their case. */
	public static String certificate(String number) {
		return fold(number);
	}

	/** The key of a purchase contract or disability certificate number: letters upper-cased. */
	public static String upperCased(String number) {
		String folded = fold(number);
		return folded == null ? null : folded.toUpperCase(Locale.ROOT);
	}

	/** The key of an address or address prefix for catchment matching. */
	static String address(String address) {
		return upperCased(address);
	}

	static String fold(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder folded = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
				folded.append((char) (c - FULL_WIDTH_OFFSET));
			}
			else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				folded.appendCodePoint(c);
			}
		});
		return folded.toString();
	}

}
