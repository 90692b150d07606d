package org.enrollflow.campaign;

/**
 * Versions as HTTP entity tags, and the {@code If-Match} check.
 */
final class EntityTags {

	private EntityTags() {
	}

	static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Whether a write conditioned on {@code ifMatch} may go ahead on {@code version}: no condition,
	 * {@code *}, or one of the listed tags names the version (quoted as sent in an ETag, or bare).
	 */
	static boolean matches(String ifMatch, long version) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return true;
		}
		for (String tag : ifMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.equals("*") || candidate.equals(of(version)) || candidate.equals(Long.toString(version))) {
				return true;
			}
		}
		return false;
	}

}
