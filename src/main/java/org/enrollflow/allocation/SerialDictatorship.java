package org.enrollflow.allocation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enrollflow.allocation.PackedKeys.Criterion;

/**
 * Seats of the points path (积分入学) by rank and preference: serial dictatorship. The applicants
 * are ranked once, and in that order each takes the school they wish for most that still has a
 * free seat; those left without one are listed as unplaced.
 * <p>
 * The rank, best first:
 * <ol>
 * <li>more {@link RankedApplicant#points() points};</li>
 * <li>more {@link RankedApplicant#socialInsuranceMonths() months of social insurance};</li>
 * <li>earlier {@link RankedApplicant#submittedAt() submission};</li>
 * <li>the smaller lottery draw key of the child under the campaign's committed seed (HMAC-SHA256, as
 * in {@link Lottery}), so that the last tie-break is random, verifiable and the same for a child
 * who applies again;</li>
 * <li>the application identifier, which only matters for two applications of the same child.</li>
 * </ol>
 * Serial dictatorship is deferred acceptance (Gale–Shapley, applicants proposing) when every
 * school ranks applicants by the same priority. It therefore guarantees:
 * <ul>
 * <li><b>strategy-proofness</b>: no family gains by listing schools other than in its true order
 * (when the number of wishes is capped, listing them in the true order still never hurts, though
 * which schools to list may call for judgement);</li>
 * <li><b>no justified envy (stability)</b>: whoever ranks above someone placed at a school either
 * has a seat they wish for at least as much or did not list that school;</li>
 * <li><b>non-wastefulness</b>: nobody is left out of, or below, a school they listed that still has
 * a free seat;</li>
 * <li><b>Pareto efficiency</b>: no other placement makes a family better off without making
 * another worse off.</li>
 * </ul>
 * It runs in {@code O(n log n + p)} for {@code n} applicants with {@code p} preferences in all, and
 * computes draw keys only for applicants tied on the first three criteria.
 */
public final class SerialDictatorship {

	private SerialDictatorship() {
	}

	/**
	 * Places the applicants.
	 * @param schools the schools and their seats
	 * @param applicants the applicants, in any order
	 * @param seed the seed of the last tie-break
	 * @throws IllegalArgumentException when a school or an application appears twice, or a
	 * preference names a school not in {@code schools}
	 */
	public static Placement allocate(List<SchoolSeats> schools, List<RankedApplicant> applicants, LotterySeed seed) {
		Map<String, Integer> schoolIndex = indexOf(schools);
		int[] free = schools.stream().mapToInt(SchoolSeats::seats).toArray();
		String[] schoolIds = schools.stream().map(SchoolSeats::schoolId).toArray(String[]::new);
		RankedApplicant[] ranked = applicants.toArray(RankedApplicant[]::new);
		Wishes wishes = Wishes.of(ranked, schoolIndex);
		Rank rank = new Rank(ranked, seed);
		int[] order = rank.order();
		int[] schoolAt = new int[order.length];
		for (int k = 0; k < order.length; k++) {
			schoolAt[k] = wishes.firstWithSeat(order[k], free);
			if (schoolAt[k] != Placement.NONE) {
				free[schoolAt[k]]--;
			}
		}
		return Placement.of(order, schoolAt, rank.applicationIds, schoolIds, k -> {
			int i = order[k];
			return new Placement.Unplaced(rank.applicationIds[i], wishes.none(i)
					? Placement.UnplacedReason.NO_PREFERENCE : Placement.UnplacedReason.NO_SEAT, null);
		});
	}

	/**
	 * The rank, best first, as application identifiers: the order in which {@link #allocate}
	 * serves the applicants.
	 * @throws IllegalArgumentException when an application appears twice
	 */
	public static List<String> rank(List<RankedApplicant> applicants, LotterySeed seed) {
		Rank rank = new Rank(applicants.toArray(RankedApplicant[]::new), seed);
		int[] order = rank.order();
		String[] applicationIds = new String[order.length];
		for (int k = 0; k < order.length; k++) {
			applicationIds[k] = rank.applicationIds[order[k]];
		}
		return List.of(applicationIds);
	}

	/** Each school's position in the list. */
	private static Map<String, Integer> indexOf(List<SchoolSeats> schools) {
		Map<String, Integer> index = new HashMap<>(2 * schools.size());
		for (SchoolSeats school : schools) {
			if (index.putIfAbsent(school.schoolId(), index.size()) != null) {
				throw new IllegalArgumentException("School " + school.schoolId() + " is listed twice");
			}
		}
		return index;
	}

	/**
	 * Every applicant's wishes as school indices, side by side: applicant {@code i}'s are
	 * {@code schools[start[i], start[i + 1])}.
	 */
	private record Wishes(int[] start, int[] schools) {

		static Wishes of(RankedApplicant[] ranked, Map<String, Integer> schoolIndex) {
			int[] start = new int[ranked.length + 1];
			for (int i = 0; i < ranked.length; i++) {
				start[i + 1] = start[i] + ranked[i].preferences().size();
			}
			int[] schools = new int[start[ranked.length]];
			for (int i = 0; i < ranked.length; i++) {
				int at = start[i];
				for (String preference : ranked[i].preferences()) {
					Integer school = schoolIndex.get(preference);
					if (school == null) {
						throw new IllegalArgumentException("Application " + ranked[i].applicationId()
								+ " wishes for school " + preference + ", which is not in the allocation");
					}
					schools[at++] = school;
				}
			}
			return new Wishes(start, schools);
		}

		/** The first school applicant {@code i} wishes for that has a free seat, or {@link Placement#NONE}. */
		int firstWithSeat(int i, int[] free) {
			for (int at = start[i]; at < start[i + 1]; at++) {
				if (free[schools[at]] > 0) {
					return schools[at];
				}
			}
			return Placement.NONE;
		}

		boolean none(int i) {
			return start[i] == start[i + 1];
		}

	}

	/**
	 * The rank's criteria in columns. When points, months and submission times span few enough
	 * values, they pack into one {@code long} per applicant whose unsigned order is the rank's
	 * order up to the draw key; draw keys are computed only when a tie calls for them.
	 */
	private static final class Rank {

		private final BigDecimal[] points;
		private final int[] months;
		private final long[] seconds;
		private final int[] nanos;
		final String[] applicationIds;
		private final String[] childKeys;
		private final DrawKeys keys;
		private final long[] drawPrefixes;
		private final boolean[] drawn;

		Rank(RankedApplicant[] ranked, LotterySeed seed) {
			int size = ranked.length;
			this.points = new BigDecimal[size];
			this.months = new int[size];
			this.seconds = new long[size];
			this.nanos = new int[size];
			this.applicationIds = new String[size];
			this.childKeys = new String[size];
			for (int i = 0; i < size; i++) {
				RankedApplicant applicant = ranked[i];
				this.points[i] = applicant.points();
				this.months[i] = applicant.socialInsuranceMonths();
				this.seconds[i] = applicant.submittedAt().getEpochSecond();
				this.nanos[i] = applicant.submittedAt().getNano();
				this.applicationIds[i] = applicant.applicationId();
				this.childKeys[i] = applicant.childKey();
			}
			Identifiers.requireDistinct(this.applicationIds, "Application");
			this.keys = new DrawKeys(seed);
			this.drawPrefixes = new long[size];
			this.drawn = new boolean[size];
		}

		/** Applicant indices, best first. */
		int[] order() {
			int[] order = new int[points.length];
			Arrays.setAll(order, i -> i);
			long[] keys = packedKeys();
			if (keys != null) {
				IndexSort.sortByKey(order, 0, order.length, keys, new long[order.length], new int[order.length],
						this::compareTied);
			}
			else {
				IndexSort.sort(order, this::compare);
			}
			return order;
		}

		/**
		 * The rank's first criteria packed per applicant (see {@link PackedKeys}); {@code null} when
		 * they need more than 64 bits or the points do not fit in a {@code long} at a common scale.
		 */
		long[] packedKeys() {
			long[] scaledPoints = scaledPoints();
			if (scaledPoints == null) {
				return null;
			}
			return PackedKeys.pack(points.length, Criterion.descending(scaledPoints),
					Criterion.descending(Arrays.stream(months).asLongStream().toArray()), Criterion.ascending(seconds),
					Criterion.ascending(Arrays.stream(nanos).asLongStream().toArray()));
		}

		/** The points as integers at the largest scale among them, or {@code null} if one overflows. */
		private long[] scaledPoints() {
			int scale = Arrays.stream(points).mapToInt(BigDecimal::scale).max().orElse(0);
			long[] scaled = new long[points.length];
			try {
				for (int i = 0; i < scaled.length; i++) {
					scaled[i] = points[i].movePointRight(scale).longValueExact();
				}
			}
			catch (ArithmeticException ex) {
				return null;
			}
			return scaled;
		}

		int compare(int left, int right) {
			int byPoints = points[right].compareTo(points[left]);
			if (byPoints != 0) {
				return byPoints;
			}
			int byMonths = Integer.compare(months[right], months[left]);
			if (byMonths != 0) {
				return byMonths;
			}
			int bySubmission = (seconds[left] != seconds[right]) ? Long.compare(seconds[left], seconds[right])
					: Integer.compare(nanos[left], nanos[right]);
			return (bySubmission != 0) ? bySubmission : compareTied(left, right);
		}

		/** Orders applicants equal in points, months and submission time. */
		int compareTied(int left, int right) {
			int byDrawKey = Long.compareUnsigned(drawPrefix(left), drawPrefix(right));
			if (byDrawKey == 0) {
				byDrawKey = keys.compare(childKeys[left], childKeys[right]);
			}
			return (byDrawKey != 0) ? byDrawKey : applicationIds[left].compareTo(applicationIds[right]);
		}

		private long drawPrefix(int i) {
			if (!drawn[i]) {
				drawPrefixes[i] = keys.prefixOf(childKeys[i]);
				drawn[i] = true;
			}
			return drawPrefixes[i];
		}

	}

}
