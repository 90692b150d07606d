package org.enrollflow.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enrollflow.shared.IdNumbers;

/**
 * Masks everything in a text that looks like a resident ID number (17 digits and a digit or X, not
 * part of a longer run of digits), whether or not its check digit is right.
 */
final class IdNumberRedaction {

	private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");

	private IdNumberRedaction() {
	}

	static String maskIdNumbers(String text) {
		return ID_NUMBER.matcher(text)
			.replaceAll(match -> Matcher.quoteReplacement(IdNumbers.mask(match.group())));
	}

}
