package org.enrollflow.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The module's settings, {@code enrollflow.account.*}.
 * @param login how logins are throttled and remembered
 */
@ConfigurationProperties("enrollflow.account")
record AccountSettings(@DefaultValue Login login) {

	/**
	 * @param maxFailures failed logins for one login name within {@code failureWindow} that lock it
	 * @param failureWindow how far back failed logins count
	 * @param lockDuration how long a locked login name is refused without checking its password
	 * @param rememberVerified how long a checked login name and password pair is accepted again
	 * without hashing the password anew (stateless HTTP Basic checks every request); zero turns it
	 * off. A changed password or group membership applies after at most this long.
	 * @param rememberVerifiedMax how many checked pairs are remembered at most
	 */
	record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration failureWindow,
			@DefaultValue("15m") Duration lockDuration, @DefaultValue("2m") Duration rememberVerified,
			@DefaultValue("10000") int rememberVerifiedMax) {

		Login {
			if (maxFailures < 1) {
				throw new IllegalArgumentException("enrollflow.account.login.max-failures must be at least 1");
			}
			if (isNotPositive(failureWindow) || isNotPositive(lockDuration)) {
				throw new IllegalArgumentException(
						"enrollflow.account.login.failure-window and lock-duration must be positive");
			}
			if (rememberVerified.isNegative() || rememberVerifiedMax < 0) {
				throw new IllegalArgumentException(
						"enrollflow.account.login.remember-verified and remember-verified-max must not be negative");
			}
		}

		private static boolean isNotPositive(Duration duration) {
			return duration.isNegative() || duration.isZero();
		}

	}

}
