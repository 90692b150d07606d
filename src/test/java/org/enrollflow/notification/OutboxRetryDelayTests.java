package org.enrollflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.enrollflow.notification.NotificationSettings.Outbox;
import org.junit.jupiter.api.Test;

class OutboxRetryDelayTests {

	private final Outbox outbox = new Outbox(true, Duration.ofSeconds(5), 50, Duration.ofSeconds(30),
			Duration.ofHours(1), Duration.ofMinutes(10));

	@Test
	void doublesTheDelayAfterEveryFailure() {
		assertThat(outbox.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(outbox.retryDelayAfter(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(outbox.retryDelayAfter(3)).isEqualTo(Duration.ofSeconds(120));
		assertThat(outbox.retryDelayAfter(7)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void capsTheDelay() {
		assertThat(outbox.retryDelayAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(outbox.retryDelayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void refusesCapShorterThanFirstDelay() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Outbox(true, Duration.ofSeconds(5), 50,
				Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(10)));
	}

}
