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
	void sortsOnlyTheGivenRange() {
		int[] indices = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };

		IndexSort.sort(indices, 2, 7, new int[5], Integer::compare);

		assertThat(indices).containsExactly(9, 8, 3, 4, 5, 6, 7, 2, 1, 0);
	}

}
