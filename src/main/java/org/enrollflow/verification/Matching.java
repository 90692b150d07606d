package org.enrollflow.verification;

import java.util.Locale;

/**
 * How what a parent typed is compared with what a registry holds.
 */
final class Matching {

	private static final int FULL_WIDTH_FIRST = 0xFF01;
	private static final int FULL_WIDTH_LAST = 0xFF5E;
	private static final int FULL_WIDTH_OFFSET = 0xFEE0;
	private static final String MIDDLE_DOTS = "•・‧∙．";

	private Matching() {
	}

	/** Names are equal but for spaces and the variants of the middle dot in names such as 买买提·艾力. */
	static boolean sameName(String entered, String registered) {
		return entered != null && registered != null && name(entered).equals(name(registered));
	}

	/** Household numbers are equal but for spaces, full-width forms and the case of letters. */
	static boolean sameHouseholdNumber(String entered, String registered) {
		return entered != null && registered != null
				&& loose(entered).toUpperCase(Locale.ROOT).equals(loose(registered).toUpperCase(Locale.ROOT));
	}

	/**
	 * A certificate number as it must match the registry's string: full-width brackets and spaces
	 * folded, everything else exactly as written.
	 */
	static String exactCertificate(String number) {
		StringBuilder folded = new StringBuilder(number.length());
		number.codePoints().forEach(c -> {
			if (c == '（') {
				folded.append('(');
			}
			else if (c == '）') {
				folded.append(')');
			}
			else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				folded.appendCodePoint(c);
			}
		});
		return folded.toString();
	}

	/** Full-width forms as ASCII and no spaces: to recognise a number typed differently or cut short. */
	static String loose(String text) {
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

	private static String name(String name) {
		StringBuilder folded = new StringBuilder(name.length());
		name.codePoints().forEach(c -> {
			if (MIDDLE_DOTS.indexOf(c) >= 0) {
				folded.append('·');
			}
			else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				folded.appendCodePoint(c);
			}
		});
		return folded.toString();
	}

}
