package org.enrollflow.application;

import org.enrollflow.shared.ProblemException;

/** The case's version as an entity tag, and back. */
final class ETags {

	private ETags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/** The version an {@code If-Match} header names, {@code null} when there is none. */
	static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw ProblemException.invalidField("If-Match", "INVALID_ETAG");
		}
	}

}
