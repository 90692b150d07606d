package org.enrollflow.allocation;

import java.util.Objects;

/**
 * An address prefix that belongs to a school's catchment (学区): every address starting with it,
 * unless a longer prefix of another school also matches.
 *
 * @param schoolId the school
 * @param addressPrefix the prefix, normalized as the addresses it is compared with (character by
 * character, nothing folded here)
 */
public record Catchment(String schoolId, String addressPrefix) {

	public Catchment {
		Identifiers.require(schoolId, "schoolId");
		Objects.requireNonNull(addressPrefix, "addressPrefix");
		if (addressPrefix.isEmpty()) {
			throw new IllegalArgumentException("The address prefix of school " + schoolId + " is empty");
		}
	}

}
