package org.enrollflow.allocation;

import java.util.Arrays;

/**
 * Sorting {@code int} indices without boxing: a stable merge sort under an order given by a
 * function, and a sort by 64-bit keys that sorts packed primitives in place.
 */
final class IndexSort {

	private static final int RUN = 24;

	private IndexSort() {
	}

	/** How two indices compare, like {@link java.util.Comparator#compare}. */
	@FunctionalInterface
	interface Order {

		int compare(int left, int right);

	}

	static void sort(int[] indices, Order order) {
		sort(indices, 0, indices.length, new int[indices.length], order);
	}

	/**
	 * Sorts {@code indices[from, to)}.
	 * @param work scratch space of at least {@code to - from} elements
	 */
	static void sort(int[] indices, int from, int to, int[] work, Order order) {
		int length = to - from;
		for (int low = from; low < to; low += RUN) {
			insertionSort(indices, low, Math.min(low + RUN, to), order);
		}
		int[] source = indices;
		int sourceFrom = from;
		int[] target = work;
		int targetFrom = 0;
		for (int width = RUN; width < length; width *= 2) {
			for (int low = 0; low < length; low += 2 * width) {
				int middle = Math.min(low + width, length);
				int high = Math.min(low + 2 * width, length);
				merge(source, sourceFrom, target, targetFrom, low, middle, high, order);
			}
			int[] swap = source;
			source = target;
			target = swap;
			int swapFrom = sourceFrom;
			sourceFrom = targetFrom;
			targetFrom = swapFrom;
		}
		if (source != indices) {
			System.arraycopy(source, sourceFrom, indices, from, length);
		}
	}

	/**
	 * Sorts {@code indices[from, to)} by {@code keys[index]} compared unsigned, equal keys by
	 * {@code tieOrder}. Each index's key is read once: the top bits of the key and the position in
	 * the range are packed into one {@code long} and those are sorted; only runs whose packed keys
	 * are equal are sorted again with the full key and {@code tieOrder}.
	 * @param packed scratch space of at least {@code to - from} elements
	 * @param work scratch space of at least {@code to - from} elements
	 */
	static void sortByKey(int[] indices, int from, int to, long[] keys, long[] packed, int[] work, Order tieOrder) {
		int length = to - from;
		if (length < 2) {
			return;
		}
		int positionBits = 64 - Long.numberOfLeadingZeros(length - 1);
		long positionMask = (1L << positionBits) - 1;
		for (int i = 0; i < length; i++) {
			packed[i] = ((keys[indices[from + i]] & ~positionMask) | i) ^ Long.MIN_VALUE;
		}
		Arrays.sort(packed, 0, length);
		for (int i = 0; i < length; i++) {
			work[i] = indices[from + (int) (packed[i] & positionMask)];
		}
		System.arraycopy(work, 0, indices, from, length);
		Order fullOrder = (left, right) -> {
			int byKey = Long.compareUnsigned(keys[left], keys[right]);
			return (byKey != 0) ? byKey : tieOrder.compare(left, right);
		};
		int runStart = 0;
		for (int i = 1; i <= length; i++) {
			if (i == length || ((packed[i] ^ packed[runStart]) & ~positionMask) != 0) {
				if (i - runStart > 1) {
					sort(indices, from + runStart, from + i, work, fullOrder);
				}
				runStart = i;
			}
		}
	}

	private static void insertionSort(int[] indices, int from, int to, Order order) {
		for (int i = from + 1; i < to; i++) {
			int value = indices[i];
			int j = i - 1;
			while (j >= from && order.compare(indices[j], value) > 0) {
				indices[j + 1] = indices[j];
				j--;
			}
			indices[j + 1] = value;
		}
	}

	private static void merge(int[] source, int sourceFrom, int[] target, int targetFrom, int low, int middle,
			int high, Order order) {
		int left = sourceFrom + low;
		int leftEnd = sourceFrom + middle;
		int right = leftEnd;
		int rightEnd = sourceFrom + high;
		int out = targetFrom + low;
		if (left < leftEnd && right < rightEnd && order.compare(source[leftEnd - 1], source[right]) <= 0) {
			System.arraycopy(source, left, target, out, high - low);
			return;
		}
		while (left < leftEnd && right < rightEnd) {
			target[out++] = (order.compare(source[right], source[left]) < 0) ? source[right++] : source[left++];
		}
		System.arraycopy(source, left, target, out, leftEnd - left);
		out += leftEnd - left;
		System.arraycopy(source, right, target, out, rightEnd - right);
	}

}
