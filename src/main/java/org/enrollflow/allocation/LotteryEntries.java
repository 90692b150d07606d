package org.enrollflow.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked {@link LotteryInput} in columns and in canonical order: schools by identifier, and each
 * school's entries by child key.
 * <p>
 * The identifiers' ASCII bytes are copied once, in input order, into one array ({@link #bytes}):
 * entry {@code i} is {@code <application_id>,<child_key>} at {@code [rowStart[i], rowStart[i + 1])},
 * its child key from {@code childStart[i]}. Everything that visits the entries in canonical order
 * reads that array instead of scattered strings, which keeps a million entries within the memory
 * bandwidth rather than its latency.
 */
final class LotteryEntries {

	final String[] schoolIds;
	final int[] seats;
	final String[] applicationIds;
	final String[] childKeys;
	final byte[] bytes;
	final int[] rowStart;
	final int[] childStart;
	/** Where each school's entries start in {@link #byChildKey}; the last element is their count. */
	final int[] start;
	/** Entry indices, school by school, each school's by child key. */
	final int[] byChildKey;

	private LotteryEntries(String[] schoolIds, int[] seats, String[] applicationIds, String[] childKeys, byte[] bytes,
			int[] rowStart, int[] childStart, int[] start, int[] byChildKey) {
		this.schoolIds = schoolIds;
		this.seats = seats;
		this.applicationIds = applicationIds;
		this.childKeys = childKeys;
		this.bytes = bytes;
		this.rowStart = rowStart;
		this.childStart = childStart;
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
		int[] rowStart = new int[size + 1];
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
			rowStart[i + 1] = rowStart[i] + applicationIds[i].length() + 1 + childKeys[i].length();
		}
		byte[] bytes = new byte[rowStart[size]];
		int[] childStart = new int[size];
		long[] childPrefixes = new long[size];
		for (int i = 0; i < size; i++) {
			int at = copy(applicationIds[i], bytes, rowStart[i]);
			bytes[at++] = ',';
			childStart[i] = at;
			copy(childKeys[i], bytes, at);
			childPrefixes[i] = prefix(bytes, at, rowStart[i + 1]) << 1;
		}
		Identifiers.requireDistinct(applicationIds, "Application");
		Identifiers.requireDistinct(childKeys, "Child key");
		int[] byChildKey = groupBySchool(schoolOf, start);
		IndexSort.Order byChildKeyBytes = (left, right) -> Arrays.compare(bytes, childStart[left], rowStart[left + 1],
				bytes, childStart[right], rowStart[right + 1]);
		long[] packed = new long[size];
		int[] work = new int[size];
		for (int s = 0; s < schoolCount; s++) {
			IndexSort.sortByKey(byChildKey, start[s], start[s + 1], childPrefixes, packed, work, byChildKeyBytes);
		}
		return new LotteryEntries(schoolIds, seats, applicationIds, childKeys, bytes, rowStart, childStart, start,
				byChildKey);
	}

	/**
	 * Entry indices grouped by school (a counting sort, keeping the input order within a school).
	 * @param start the number of entries of each school at {@code start[school + 1]}, turned into
	 * where each school's entries start
	 */
	private static int[] groupBySchool(int[] schoolOf, int[] start) {
		for (int s = 1; s < start.length; s++) {
			start[s] += start[s - 1];
		}
		int[] next = Arrays.copyOf(start, start.length - 1);
		int[] grouped = new int[schoolOf.length];
		for (int i = 0; i < schoolOf.length; i++) {
			grouped[next[schoolOf[i]]++] = i;
		}
		return grouped;
	}

	int schoolCount() {
		return schoolIds.length;
	}

	int size() {
		return applicationIds.length;
	}

	/** The most entries any one school has. */
	int largestSchool() {
		int largest = 0;
		for (int s = 0; s < schoolCount(); s++) {
			largest = Math.max(largest, start[s + 1] - start[s]);
		}
		return largest;
	}

	private static int copy(String identifier, byte[] bytes, int at) {
		for (int i = 0; i < identifier.length(); i++) {
			bytes[at++] = (byte) identifier.charAt(i);
		}
		return at;
	}

	/**
	 * The first eight bytes, big-endian, zero-padded: as the bytes are ASCII (below 0x80), these
	 * compare in the order of the strings, and still do shifted left by one bit.
	 */
	private static long prefix(byte[] bytes, int from, int to) {
		long prefix = 0;
		for (int i = 0; i < Long.BYTES; i++) {
			prefix = (prefix << 8) | ((from + i < to) ? bytes[from + i] : 0);
		}
		return prefix;
	}

}
