package org.enrollflow.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The verifiable lottery for schools with more applicants than seats (电脑随机录取), algorithm
 * {@value #ALGORITHM}:
 * <ol>
 * <li>Commit: draw a {@link LotterySeed} (32 bytes from a secure source) and publish its
 * {@link LotterySeed#commitment() commitment}, the SHA-256 of its bytes, before the draw.</li>
 * <li>Draw: each child's draw key is HMAC-SHA256 keyed with the seed's 32 bytes over the ASCII
 * bytes of the child key. The key belongs to the child, not to the application, so withdrawing and
 * applying again draws the same key.</li>
 * <li>At each school, its applicants are ordered by draw key, compared as unsigned bytes (the
 * order of the hexadecimal strings), equal keys by child key. The first {@code seats} are admitted,
 * the rest form the waitlist in that order.</li>
 * <li>Publish the seed, the {@link #inputDigest input digest} and the result; anyone can re-run the
 * draw with the verifier of the {@link LotteryBundle}.</li>
 * </ol>
 * The result depends on the seed and the inputs only, never on the order of the inputs. The draw
 * takes {@code O(n log n)} time for {@code n} applicants and computes each draw key once.
 * <p>
 * Commit once the sign-ups are frozen, and publish the input digest together with the commitment:
 * then neither the seed nor the inputs can change once the other is known. The commitment cannot
 * show that the seed was the first one drawn rather than picked among several; mixing in a public
 * value that appears only after the commitment would, and needs a new algorithm version.
 */
public final class Lottery {

	/** The name of this algorithm, part of every result. */
	public static final String ALGORITHM = "EnrollFlow-Lottery-v1";

	private Lottery() {
	}

	/**
	 * Draws the lottery.
	 * @throws IllegalArgumentException when a school is listed twice, an entry names a school that
	 * is not listed, or a child or an application appears twice
	 */
	public static LotteryResult draw(LotteryInput input, LotterySeed seed) {
		LotteryEntries entries = LotteryEntries.of(input);
		String inputDigest = LotteryFiles.inputDigest(entries);
		DrawKeys keys = new DrawKeys(seed);
		String[] childKeys = entries.childKeys;
		long[] prefixes = new long[entries.size()];
		for (int i = 0; i < prefixes.length; i++) {
			prefixes[i] = keys.prefixOf(entries.bytes, entries.childStart[i], entries.rowStart[i + 1]);
		}
		int[] order = entries.byChildKey.clone();
		long[] packed = new long[entries.largestSchool()];
		int[] work = new int[entries.largestSchool()];
		IndexSort.Order byFullDrawKey = (left, right) -> keys.compare(childKeys[left], childKeys[right]);
		List<LotteryResult.SchoolOutcome> outcomes = new ArrayList<>(entries.schoolCount());
		for (int s = 0; s < entries.schoolCount(); s++) {
			int from = entries.start[s];
			int to = entries.start[s + 1];
			IndexSort.sortByKey(order, from, to, prefixes, packed, work, byFullDrawKey);
			int admittedTo = from + Math.min(entries.seats[s], to - from);
			outcomes.add(new LotteryResult.SchoolOutcome(entries.schoolIds[s], entries.seats[s], to - from,
					applications(entries, order, from, admittedTo), applications(entries, order, admittedTo, to)));
		}
		return new LotteryResult(ALGORITHM, seed.hex(), seed.commitment(), inputDigest, outcomes);
	}

	/**
	 * The SHA-256, in lowercase hexadecimal, of the canonical {@code inputs.csv} of a bundle: the
	 * header {@code record,school_id,seats,application_id,child_key}, a line
	 * {@code school,<school_id>,<seats>,,} per school in the order of the identifiers, then a line
	 * {@code applicant,<school_id>,,<application_id>,<child_key>} per entry, by school identifier
	 * and then by child key; ASCII, each line ending in LF. It does not depend on the seed.
	 * @throws IllegalArgumentException on the inputs {@link #draw} refuses
	 */
	public static String inputDigest(LotteryInput input) {
		return LotteryFiles.inputDigest(LotteryEntries.of(input));
	}

	/** A child's draw key under a seed, 64 lowercase hexadecimal digits (HMAC-SHA256). */
	public static String drawKey(LotterySeed seed, String childKey) {
		return HexFormat.of().formatHex(new DrawKeys(seed).of(Identifiers.require(childKey, "childKey")));
	}

	private static List<String> applications(LotteryEntries entries, int[] order, int from, int to) {
		String[] applicationIds = new String[to - from];
		for (int k = from; k < to; k++) {
			applicationIds[k - from] = entries.applicationIds[order[k]];
		}
		return Arrays.asList(applicationIds);
	}

}
