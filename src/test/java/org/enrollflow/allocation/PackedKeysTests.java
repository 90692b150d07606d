package org.enrollflow.allocation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.enrollflow.allocation.PackedKeys.Criterion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PackedKeysTests {

	@Test
	void ordersLikeTheCriteriaOneAfterTheOther() {
		Random random = new Random(3);
		for (int run = 0; run < 300; run++) {
			int size = random.nextInt(100);
			long[] first = random.longs(size, -5, 5).toArray();
			long[] second = random.longs(size, 1_000_000, 1_000_100).toArray();
			long[] third = random.longs(size, 0, 2).toArray();

			long[] keys = PackedKeys.pack(size, Criterion.descending(first), Criterion.ascending(second),
					Criterion.descending(third));

			Comparator<Integer> expected = Comparator.<Integer>comparingLong(i -> -first[i])
				.thenComparingLong(i -> second[i])
				.thenComparingLong(i -> -third[i]);
			Integer[] indices = IntStream.range(0, size).boxed().toArray(Integer[]::new);
			for (int left : indices) {
				for (int right : indices) {
					assertThat(Integer.signum(Long.compareUnsigned(keys[left], keys[right])))
						.isEqualTo(Integer.signum(expected.compare(left, right)));
				}
			}
		}
	}

	@Test
	void givesUpWhenTheCriteriaNeedMoreThanSixtyFourBits() {
		long[] wide = { Long.MIN_VALUE / 2, Long.MAX_VALUE / 2 };
		long[] widest = { Long.MIN_VALUE, Long.MAX_VALUE };

		assertThat(PackedKeys.pack(2, Criterion.ascending(wide), Criterion.ascending(new long[] { 0, 2 }))).isNull();
		assertThat(PackedKeys.pack(2, Criterion.ascending(wide), Criterion.ascending(new long[] { 0, 1 }))).isNotNull();
		assertThat(PackedKeys.pack(2, Criterion.ascending(widest))).isNull();
		assertThat(PackedKeys.pack(2, Criterion.ascending(wide))).isNotNull();
		assertThat(Arrays.stream(PackedKeys.pack(0, Criterion.ascending(new long[0])))).isEmpty();
	}

}
