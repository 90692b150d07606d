package org.enrollflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CampaignViewTests {

	private static final Instant OPENS = Instant.parse("2031-05-01T00:00:00Z");

	private static final Instant CLOSES = Instant.parse("2031-05-20T16:00:00Z");

	private static final Instant DEADLINE = Instant.parse("2031-05-25T16:00:00Z");

	private final CampaignView campaign = new CampaignView(UUID.randomUUID(), "CZ-2031", "常州", "3204",
			CampaignPath.GENERAL, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), OPENS, CLOSES, DEADLINE,
			Duration.ofDays(2), Instant.parse("2031-06-01T00:00:00Z"), Instant.parse("2031-06-05T16:00:00Z"), 12, Duration.ofDays(2), null, null);

	@Test
	void registrationOpensAtItsOpeningInstant() {
		assertThat(campaign.registrationOpenAt(OPENS.minusMillis(1))).isFalse();
		assertThat(campaign.registrationOpenAt(OPENS)).isTrue();
	}

	@Test
	void registrationClosesAtItsClosingInstant() {
		assertThat(campaign.registrationOpenAt(CLOSES.minusMillis(1))).isTrue();
		assertThat(campaign.registrationOpenAt(CLOSES)).isFalse();
	}

	@Test
	void confirmationStaysOpenAfterRegistrationClosesUntilTheDeadline() {
		assertThat(campaign.confirmationOpenAt(OPENS.minusMillis(1))).isFalse();
		assertThat(campaign.confirmationOpenAt(OPENS)).isTrue();
		assertThat(campaign.confirmationOpenAt(CLOSES)).isTrue();
		assertThat(campaign.confirmationOpenAt(DEADLINE.minusMillis(1))).isTrue();
		assertThat(campaign.confirmationOpenAt(DEADLINE)).isFalse();
	}

}
