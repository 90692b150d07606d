package org.enrollflow.verificationcode;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A send refused by a rate limit: 429 with {@code Retry-After} in whole seconds, rendered like every other
 * refusal ({@code problem.<code>} in the caller's language).
 */
class TooManyCodes extends ErrorResponseException {

	private TooManyCodes(String code, long retryAfterSeconds, Object... arguments) {
		super(HttpStatus.TOO_MANY_REQUESTS, body(code), null, "problem." + code, arguments);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
	}

	/** The last code for the purpose was sent less than the resend interval ago. */
	static TooManyCodes tooSoon(Duration wait) {
		long seconds = seconds(wait);
		return new TooManyCodes("VERIFICATION_CODE_TOO_SOON", seconds, seconds);
	}

	/** The account had its codes for the day. */
	static TooManyCodes dailyLimit(Duration untilTomorrow, int limit) {
		return new TooManyCodes("VERIFICATION_CODE_DAILY_LIMIT", seconds(untilTomorrow), limit);
	}

	@Override
	public String getTitleMessageCode() {
		return "title." + HttpStatus.TOO_MANY_REQUESTS.value();
	}

	/** Whole seconds, rounded up, at least one. */
	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private static ProblemDetail body(String code) {
		ProblemDetail body = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
		body.setType(URI.create("https://enrollflow.org/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		body.setProperty("code", code);
		return body;
	}

}
