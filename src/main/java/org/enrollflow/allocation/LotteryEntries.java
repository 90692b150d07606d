package org.enrollflow.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked {@link LotteryInput} in columns and in canonical order: schools by identifier, and each
 * school's entries by child key.
 */
final class LotteryEntries {

	final String[] schoolIds;
	final int[] seats;
	final String[] applicationIds;
	final String[] childKeys;
	/** Where each school's entries start in {@link #byChildKey}; the last element is their count. */
	final int[] start;
	/** Entry indices, school by school, each school's by child key. */
	final int[] byChildKey;

	private LotteryEntries(String[] schoolIds, int[] seats, String[] applicationIds, String[] childKeys, int[] start,
			int[] byChildKey) {
		this.schoolIds = schoolIds;
		this.seats = seats;
		this.applicationIds = applicationIds;
		this.childKeys = childKeys;
		this.start = start;
		this.byChildKey = byChildKey;
	}

	/**
	 * @throws IllegalArgumentException when a school is listed twice, an entry names a school that
	 * is not listed, or a child or an application appears twice
	 */
	static LotteryEntries of(LotteryInput input) {
		SchoolSeats[] schools = input.schools().toArray(SchoolSeats[]::new);
		Arrays.sort(schools, Comparator.comparing(SchoolSeats::schoolId));
		int schoolCount = schools.length;
		String[] schoolIds = new String[schoolCount];
		int[] seats = new int[schoolCount];
		Map<String, Integer> schoolIndex = new HashMap<>(2 * schoolCount);
		for (int s = 0; s < schoolCount; s++) {
			schoolIds[s] = schools[s].schoolId();
			seats[s] = schools[s].seats();
			if (schoolIndex.put(schoolIds[s], s) != null) {
				throw new IllegalArgumentException("School " + schoolIds[s] + " is listed twice");
			}
		}
		List<LotteryInput.Entry> entries = input.entries();
		int size = entries.size();
		String[] applicationIds = new String[size];
		String[] childKeys = new String[size];
		int[] schoolOf = new int[size];
		int[] start = new int[schoolCount + 1];
		for (int i = 0; i < size; i++) {
			LotteryInput.Entry entry = entries.get(i);
			Integer school = schoolIndex.get(entry.schoolId());
			if (school == null) {
				throw new IllegalArgumentException("Application " + entry.applicationId() + " signed up for school "
						+ entry.schoolId() + ", which is not in the lottery");
			}
			applicationIds[i] = entry.applicationId();
			childKeys[i] = entry.childKey();
			schoolOf[i] = school;
			start[school + 1]++;
		}
		Identifiers.requireDistinct(applicationIds, "Application");
		Identifiers.requireDistinct(childKeys, "Child key");
		for (int s = 0; s < schoolCount; s++) {
			start[s + 1] += start[s];
		}
		int[] next = Arrays.copyOf(start, schoolCount);
		int[] byChildKey = new int[size];
		for (int i = 0; i < size; i++) {
			byChildKey[next[schoolOf[i]]++] = i;
		}
		int[] work = new int[size];
		for (int s = 0; s < schoolCount; s++) {
			IndexSort.sort(byChildKey, start[s], start[s + 1], work,
					(left, right) -> childKeys[left].compareTo(childKeys[right]));
		}
		return new LotteryEntries(schoolIds, seats, applicationIds, childKeys, start, byChildKey);
	}

	int schoolCount() {
		return schoolIds.length;
	}

	int size() {
		return applicationIds.length;
	}

}
