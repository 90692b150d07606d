package org.enrollflow.allocation;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LotterySeedTests {

	@Test
	void commitsToTheSha256OfTheSeedsBytes() throws Exception {
		LotterySeed seed = LotterySeed.generate();

		assertThat(seed.commitment())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.bytes())));
	}

	@Test
	void drawsThirtyTwoFreshBytesEachTime() {
		LotterySeed one = LotterySeed.generate();
		LotterySeed other = LotterySeed.generate();

		assertThat(one.bytes()).hasSize(32);
		assertThat(one).isNotEqualTo(other);
		assertThat(one.commitment()).isNotEqualTo(other.commitment());
	}

	@Test
	void readsWhatItWrites() {
		LotterySeed seed = LotterySeed.generate();

		assertThat(LotterySeed.fromHex(seed.hex())).isEqualTo(seed).hasSameHashCodeAs(seed);
		assertThat(LotterySeed.fromHex(seed.hex().toUpperCase())).isEqualTo(seed);
		assertThat(seed.hex()).matches("[0-9a-f]{64}");
	}

	@Test
	void refusesAnythingButSixtyFourHexadecimalDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> LotterySeed.fromHex("00"));
		assertThatIllegalArgumentException().isThrownBy(() -> LotterySeed.fromHex("zz".repeat(32)));
		assertThatIllegalArgumentException().isThrownBy(() -> LotterySeed.fromHex(null));
	}

	@Test
	void showsOnlyTheCommitmentWhenPrinted() {
		LotterySeed seed = LotterySeed.generate();

		assertThat(seed.toString()).contains(seed.commitment()).doesNotContain(seed.hex());
	}

	@Test
	void handsOutCopiesOfItsBytes() {
		LotterySeed seed = LotterySeed.generate();
		String hex = seed.hex();

		seed.bytes()[0]++;

		assertThat(seed.hex()).isEqualTo(hex);
	}

}
