package org.enrollflow.verificationcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CodeHasherTests {

	private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private final UUID account = UUID.randomUUID();

	@Test
	void bindsTheHashToAccountAndPurpose() {
		CodeHasher hasher = new CodeHasher(settings(KEY));
		String hash = hasher.hash(account, Purpose.SUBMIT, "123456");

		assertThat(hash).hasSize(64).isNotEqualTo(hasher.hash(account, Purpose.WITHDRAW, "123456"))
			.isNotEqualTo(hasher.hash(UUID.randomUUID(), Purpose.SUBMIT, "123456"))
			.isNotEqualTo(hasher.hash(account, Purpose.SUBMIT, "123457"));
		assertThat(hasher.matches(hash, account, Purpose.SUBMIT, "123456")).isTrue();
		assertThat(hasher.matches(hash, account, Purpose.SUBMIT, "654321")).isFalse();
	}

	@Test
	void needsTheKeyToRecogniseACode() {
		String hash = new CodeHasher(settings(KEY)).hash(account, Purpose.SUBMIT, "123456");

		assertThat(new CodeHasher(settings(KEY)).matches(hash, account, Purpose.SUBMIT, "123456")).isTrue();
		assertThat(new CodeHasher(settings(null)).matches(hash, account, Purpose.SUBMIT, "123456")).isFalse();
	}

	@Test
	void refusesAShortKey() {
		assertThatIllegalStateException().isThrownBy(() -> new CodeHasher(settings("c2hvcnQ=")))
			.withMessageContaining("at least 32 bytes");
	}

	private static VerificationCodeSettings settings(String key) {
		return new VerificationCodeSettings(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 10, key);
	}

}
