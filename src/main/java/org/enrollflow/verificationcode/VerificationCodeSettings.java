package org.enrollflow.verificationcode;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The module's settings, {@code enrollflow.verification-code.*}.
 * @param validity how long a code may be used after it was sent
 * @param maxWrongTries wrong tries after which a code is burnt, refused even when right
 * @param resendInterval the shortest time between two codes for one account and purpose
 * @param dailyLimit codes one account may be sent per calendar day (in the application's time zone), all
 * purposes together
 * @param hashKey the key (base64, at least 32 bytes) of the HMAC under which codes are stored; every node
 * must have the same. Without it each start generates a key of its own, which suits a single node only.
 */
@ConfigurationProperties("enrollflow.verification-code")
record VerificationCodeSettings(@DefaultValue("5m") Duration validity, @DefaultValue("5") int maxWrongTries,
		@DefaultValue("60s") Duration resendInterval, @DefaultValue("10") int dailyLimit, String hashKey) {

	VerificationCodeSettings {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("enrollflow.verification-code.validity must be positive");
		}
		if (resendInterval.isNegative()) {
			throw new IllegalArgumentException("enrollflow.verification-code.resend-interval must not be negative");
		}
		if (maxWrongTries < 1 || dailyLimit < 1) {
			throw new IllegalArgumentException(
					"enrollflow.verification-code.max-wrong-tries and daily-limit must be at least 1");
		}
	}

}
