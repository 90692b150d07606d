package org.enrollflow.allocation;

/**
 * A school taking part in an allocation and the seats it offers there.
 *
 * @param schoolId the school's identifier (see {@link org.enrollflow.allocation the identifier rules})
 * @param seats the seats to fill, zero or more
 */
public record SchoolSeats(String schoolId, int seats) {

	public SchoolSeats {
		Identifiers.require(schoolId, "schoolId");
		if (seats < 0) {
			throw new IllegalArgumentException("seats of school " + schoolId + " must not be negative");
		}
	}

}
