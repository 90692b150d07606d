package org.enrollflow.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexSortTests {

	@Test
	void sortsLikeTheJdkAndKeepsEqualElementsInOrder() {
		Random random = new Random(7);
		for (int run = 0; run < 500; run++) {
			int length = random.nextInt(300);
			int[] values = random.ints(length, 0, 1 + random.nextInt(50)).toArray();
			int[] indices = IntStream.range(0, length).toArray();

			IndexSort.sort(indices, (left, right) -> Integer.compare(values[left], values[right]));

			Integer[] expected = IntStream.range(0, length).boxed().toArray(Integer[]::new);
			Arrays.sort(expected, Comparator.comparingInt(i -> values[i]));
			assertThat(indices).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
		}
	}

	@Test
	void sortsByUnsignedKeysThenByTheTieOrderWhenKeysAgreeInTheirTopBits() {
		Random random = new Random(11);
		for (int run = 0; run < 500; run++) {
			int length = random.nextInt(300);
			long[] keys = new long[length];
			long[] choices = { 0, 1, 2, -1, -2, Long.MIN_VALUE, Long.MAX_VALUE, random.nextLong(), random.nextLong() };
			for (int i = 0; i < length; i++) {
				keys[i] = choices[random.nextInt(choices.length)];
			}
			int[] ties = random.ints(length, 0, 3).toArray();
			int[] indices = IntStream.range(0, length).toArray();

			IndexSort.sortByKey(indices, 0, length, keys, new long[length], new int[length],
					(left, right) -> Integer.compare(ties[left], ties[right]));

			Integer[] expected = IntStream.range(0, length).boxed().toArray(Integer[]::new);
			Arrays.sort(expected, Comparator.<Integer, Long>comparing(i -> keys[i], Long::compareUnsigned)
				.thenComparingInt(i -> ties[i])
				.thenComparingInt(i -> i));
			assertThat(indices).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
		}
	}

	@Test
	void sortsOnlyTheGivenRange() {
		int[] indices = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };

		IndexSort.sort(indices, 2, 7, new int[5], Integer::compare);

		assertThat(indices).containsExactly(9, 8, 3, 4, 5, 6, 7, 2, 1, 0);
	}

}
