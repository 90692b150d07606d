package org.enrollflow.allocation;

/**
 * A stable merge sort of {@code int} indices under an order given by a function, so that large
 * inputs are sorted without boxing.
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
