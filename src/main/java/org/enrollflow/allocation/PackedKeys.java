package org.enrollflow.allocation;

import java.util.Arrays;

/**
 * Several sort criteria packed side by side into one {@code long} per element, so that a single
 * unsigned comparison, and {@link IndexSort#sortByKey}, orders by all of them at once. Each
 * criterion takes as many bits as the span of its values needs, and the criteria fill the key from
 * its most significant bit, where {@link IndexSort#sortByKey} looks first.
 */
final class PackedKeys {

	private PackedKeys() {
	}

	/** One criterion: its value per element, and whether larger values come first. */
	record Criterion(long[] values, boolean descending) {

		static Criterion ascending(long[] values) {
			return new Criterion(values, false);
		}

		static Criterion descending(long[] values) {
			return new Criterion(values, true);
		}

	}

	/**
	 * The packed keys of {@code size} elements, the first criterion in the most significant bits;
	 * {@code null} when the criteria need more than 64 bits together.
	 */
	static long[] pack(int size, Criterion... criteria) {
		long[] best = new long[criteria.length];
		int[] bits = new int[criteria.length];
		int total = 0;
		for (int c = 0; c < criteria.length; c++) {
			long[] values = criteria[c].values();
			long min = Arrays.stream(values).min().orElse(0);
			long max = Arrays.stream(values).max().orElse(0);
			if (max - min < 0) {
				return null;
			}
			best[c] = criteria[c].descending() ? max : min;
			bits[c] = Long.SIZE - Long.numberOfLeadingZeros(max - min);
			total += bits[c];
		}
		if (total > Long.SIZE) {
			return null;
		}
		long[] packed = new long[size];
		int shift = Long.SIZE;
		for (int c = 0; c < criteria.length; c++) {
			if (bits[c] == 0) {
				continue;
			}
			shift -= bits[c];
			long[] values = criteria[c].values();
			boolean descending = criteria[c].descending();
			for (int i = 0; i < size; i++) {
				long offset = descending ? best[c] - values[i] : values[i] - best[c];
				packed[i] |= offset << shift;
			}
		}
		return packed;
	}

}
