package org.enrollflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The module's settings: {@code enrollflow.mail.*} and {@code enrollflow.outbox.*}.
 * @param mail the sender of every mail
 * @param outbox how the outbox is delivered
 */
@ConfigurationProperties("enrollflow")
record NotificationSettings(@DefaultValue Mail mail, @DefaultValue Outbox outbox) {

	/**
	 * @param from the {@code From} address
	 */
	record Mail(@DefaultValue("noreply@enrollflow.local") String from) {
	}

	/**
	 * @param scheduledDelivery whether due messages are sent every {@code deliveryInterval} (only when
	 * an SMTP host is configured)
	 * @param deliveryInterval the pause between two delivery runs of one node
	 * @param batchSize how many due messages a run loads at a time
	 * @param retryDelay the wait after the first failed attempt; it doubles with every further failure
	 * @param maxRetryDelay the longest wait between two attempts
	 * @param claimTimeout how long a message claimed by a node that then stopped waits before another
	 * node may try it; longer than the SMTP timeouts
	 */
	record Outbox(@DefaultValue("true") boolean scheduledDelivery, @DefaultValue("5s") Duration deliveryInterval,
			@DefaultValue("50") int batchSize, @DefaultValue("30s") Duration retryDelay,
			@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("10m") Duration claimTimeout) {

		Outbox {
			requirePositive(deliveryInterval, "delivery-interval");
			requirePositive(retryDelay, "retry-delay");
			requirePositive(claimTimeout, "claim-timeout");
			if (maxRetryDelay.compareTo(retryDelay) < 0) {
				throw new IllegalArgumentException("enrollflow.outbox.max-retry-delay must not be shorter than retry-delay");
			}
			if (batchSize < 1) {
				throw new IllegalArgumentException("enrollflow.outbox.batch-size must be at least 1");
			}
		}

		/** The wait after the given number of failed attempts: doubling from {@code retryDelay}, capped. */
		Duration retryDelayAfter(int failedAttempts) {
			Duration delay = retryDelay;
			for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
				delay = delay.multipliedBy(2);
			}
			return delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay;
		}

		private static void requirePositive(Duration duration, String name) {
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException("enrollflow.outbox." + name + " must be positive");
			}
		}

	}

}
