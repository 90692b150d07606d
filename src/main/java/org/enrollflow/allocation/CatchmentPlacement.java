package org.enrollflow.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enrollflow.allocation.PackedKeys.Criterion;

/**
 * Public seats of the general path by catchment (学区): each case goes to the school whose
 * catchment prefix is the longest prefix of its verified address, while that school has seats.
 * <p>
 * When a school has fewer seats than cases, its seats go first to cases whose hukou and property
 * are at the same address (户籍与房产一致), then to earlier confirmations, then by application
 * identifier. The others are unplaced with {@link Placement.UnplacedReason#NO_SEAT} and the full
 * school; cases whose address matches no prefix are unplaced with
 * {@link Placement.UnplacedReason#NO_CATCHMENT}. A school with a catchment but not among the
 * schools with seats has no seats.
 * <p>
 * The prefixes go into a trie, so a case costs one step per character of its address; with the
 * ordering the whole placement takes {@code O(n log n)} for {@code n} cases.
 */
public final class CatchmentPlacement {

	private CatchmentPlacement() {
	}

	/**
	 * Places the cases.
	 * @throws IllegalArgumentException when a school or an application appears twice, or one
	 * prefix belongs to two schools
	 */
	public static Placement place(List<SchoolSeats> schools, List<Catchment> catchments, List<CatchmentCase> cases) {
		Map<String, Integer> schoolIndex = new HashMap<>();
		List<String> schoolIds = new ArrayList<>();
		List<Integer> seats = new ArrayList<>();
		for (SchoolSeats school : schools) {
			if (schoolIndex.putIfAbsent(school.schoolId(), schoolIds.size()) != null) {
				throw new IllegalArgumentException("School " + school.schoolId() + " is listed twice");
			}
			schoolIds.add(school.schoolId());
			seats.add(school.seats());
		}
		AddressTrie trie = trieOf(catchments, schoolIndex, schoolIds, seats);
		int[] free = seats.stream().mapToInt(Integer::intValue).toArray();
		CatchmentCase[] waiting = cases.toArray(CatchmentCase[]::new);
		int[] schoolOf = new int[waiting.length];
		for (int i = 0; i < waiting.length; i++) {
			schoolOf[i] = trie.schoolOf(waiting[i].address());
		}
		String[] applicationIds = new String[waiting.length];
		Arrays.setAll(applicationIds, i -> waiting[i].applicationId());
		int[] order = order(waiting, applicationIds);
		int[] schoolAt = new int[order.length];
		for (int k = 0; k < order.length; k++) {
			int school = schoolOf[order[k]];
			schoolAt[k] = (school != AddressTrie.NONE && free[school] > 0) ? school : Placement.NONE;
			if (schoolAt[k] != Placement.NONE) {
				free[school]--;
			}
		}
		return Placement.of(order, schoolAt, applicationIds, schoolIds.toArray(String[]::new), k -> {
			int school = schoolOf[order[k]];
			return (school == AddressTrie.NONE)
					? new Placement.Unplaced(applicationIds[order[k]], Placement.UnplacedReason.NO_CATCHMENT, null)
					: new Placement.Unplaced(applicationIds[order[k]], Placement.UnplacedReason.NO_SEAT,
							schoolIds.get(school));
		});
	}

	/** The prefixes in a trie; schools not yet known join {@code schoolIds} with no seats. */
	private static AddressTrie trieOf(List<Catchment> catchments, Map<String, Integer> schoolIndex,
			List<String> schoolIds, List<Integer> seats) {
		AddressTrie trie = new AddressTrie();
		for (Catchment catchment : catchments) {
			int school = schoolIndex.computeIfAbsent(catchment.schoolId(), schoolId -> {
				schoolIds.add(schoolId);
				seats.add(0);
				return schoolIds.size() - 1;
			});
			int before = trie.put(catchment.addressPrefix(), school);
			if (before != AddressTrie.NONE && before != school) {
				throw new IllegalArgumentException("An address prefix belongs to both " + schoolIds.get(before)
						+ " and " + catchment.schoolId());
			}
		}
		return trie;
	}

	/** Case indices by priority: hukou and property at one address first, then earlier confirmation. */
	private static int[] order(CatchmentCase[] cases, String[] applicationIds) {
		int size = cases.length;
		long[] otherAddress = new long[size];
		long[] seconds = new long[size];
		long[] nanos = new long[size];
		for (int i = 0; i < size; i++) {
			otherAddress[i] = cases[i].hukouAtPropertyAddress() ? 0 : 1;
			seconds[i] = cases[i].confirmedAt().getEpochSecond();
			nanos[i] = cases[i].confirmedAt().getNano();
		}
		Identifiers.requireDistinct(applicationIds, "Application");
		int[] order = new int[size];
		Arrays.setAll(order, i -> i);
		IndexSort.Order byApplication = (left, right) -> applicationIds[left].compareTo(applicationIds[right]);
		long[] keys = PackedKeys.pack(size, Criterion.ascending(otherAddress), Criterion.ascending(seconds),
				Criterion.ascending(nanos));
		if (keys != null) {
			IndexSort.sortByKey(order, 0, size, keys, new long[size], new int[size], byApplication);
		}
		else {
			IndexSort.sort(order, (left, right) -> {
				int byAddress = Long.compare(otherAddress[left], otherAddress[right]);
				if (byAddress != 0) {
					return byAddress;
				}
				int bySeconds = Long.compare(seconds[left], seconds[right]);
				if (bySeconds != 0) {
					return bySeconds;
				}
				int byNanos = Long.compare(nanos[left], nanos[right]);
				return (byNanos != 0) ? byNanos : byApplication.compare(left, right);
			});
		}
		return order;
	}

}
