package org.enrollflow.allocation;

import java.util.List;

/**
 * What a lottery draws from: the schools with their seats, and who signed up where. The order of
 * both lists does not matter.
 *
 * @param schools every school of the lottery, each once; a school nobody signed up for may appear
 * @param entries the sign-ups; each child at most once, each application at most once, each at a
 * school of {@code schools}
 */
public record LotteryInput(List<SchoolSeats> schools, List<Entry> entries) {

	public LotteryInput {
		schools = List.copyOf(schools);
		entries = List.copyOf(entries);
	}

	/**
	 * One child signed up for one school.
	 *
	 * @param applicationId the application that signed up; the result names it
	 * @param childKey a stable, pseudonymous key of the child (for example the keyed hash of the
	 * child's ID number, never the number itself): the same child keeps the same key when an
	 * application is withdrawn and made again, so the draw cannot be re-rolled that way
	 * @param schoolId the school signed up for
	 */
	public record Entry(String applicationId, String childKey, String schoolId) {

		public Entry {
			Identifiers.require(applicationId, "applicationId");
			Identifiers.require(childKey, "childKey");
			Identifiers.require(schoolId, "schoolId");
		}

	}

}
