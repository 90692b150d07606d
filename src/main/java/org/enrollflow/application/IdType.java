package org.enrollflow.application;

import java.util.Optional;
import java.util.regex.Pattern;

import org.enrollflow.shared.IdNumbers;

/** Identity documents a guardian may give, each with its own number format. */
enum IdType {

	RESIDENT_ID(null), HK_MACAU_PASS(Pattern.compile("[HM]\\d{8}(\\d{2})?")), TAIWAN_PERMIT(Pattern.compile("\\d{8}")),
	PASSPORT(Pattern.compile("[A-Z0-9]{5,17}"));

	private final Pattern format;

	IdType(Pattern format) {
		this.format = format;
	}

	/** The message code of what is wrong with the number, or empty when it fits this type. */
	Optional<String> problem(String number) {
		if (format == null) {
			return IdNumbers.problem(number);
		}
		return format.matcher(number).matches() ? Optional.empty() : Optional.of("ID_FORMAT_" + name());
	}

}
