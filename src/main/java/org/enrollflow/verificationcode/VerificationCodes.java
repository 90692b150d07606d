package org.enrollflow.verificationcode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;

import org.enrollflow.shared.ProblemException;
import org.enrollflow.shared.ProblemException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the verification codes that parents are sent through {@code POST /api/verification-codes} before
 * they submit or withdraw an application.
 * <p>
 * A code has six digits, is stored only as a keyed hash, and is accepted once, for the account and purpose
 * it was sent for, until it expires ({@code enrollflow.verification-code.validity}, five minutes). After
 * {@code max-wrong-tries} (five) wrong tries it is burnt: refused even when right, until a new code is
 * sent. A new code replaces the earlier one of the same purpose.
 */
@Service
public class VerificationCodes {

	/** The purpose of codes that confirm submitting an application. */
	public static final String SUBMIT = "SUBMIT";

	/** The purpose of codes that confirm withdrawing an application. */
	public static final String WITHDRAW = "WITHDRAW";

	/** The request field that carries a code, named in {@code VERIFICATION_CODE_REQUIRED}. */
	public static final String FIELD = "verificationCode";

	private static final Logger log = LoggerFactory.getLogger(VerificationCodes.class);

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	private final CodeRecords records;

	private final CodeHasher hasher;

	private final VerificationCodeSettings settings;

	private final Clock clock;

	private final CodeIssuer issuer;

	VerificationCodes(CodeRecords records, CodeHasher hasher, VerificationCodeSettings settings, Clock clock,
			CodeIssuer issuer) {
		this.issuer = issuer;
		this.records = records;
		this.hasher = hasher;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Uses the code the parent typed, or refuses it. Call it within the transaction of the command it
	 * confirms: the code is used with that command's changes, and stays usable if they roll back. A wrong
	 * try is counted in a transaction of its own, which commits whatever the caller's transaction does next,
	 * so that rolling back cannot reset the count. A refusal does not mark the caller's transaction for
	 * rollback. Spaces and full-width digits in the code are accepted.
	 * @param accountId the parent account the code was sent for
	 * @param purpose {@link #SUBMIT} or {@link #WITHDRAW}
	 * @param code the code as typed; {@code null} or blank when none was given
	 * @throws ProblemException {@code VERIFICATION_CODE_REQUIRED} (400, on field {@value #FIELD}) when no code
	 * was given; {@code VERIFICATION_CODE_NOT_SENT} (422) when none is waiting for the account and purpose
	 * (never sent, or used already); {@code VERIFICATION_CODE_EXHAUSTED} (422) when it is burnt;
	 * {@code VERIFICATION_CODE_EXPIRED} (422); {@code VERIFICATION_CODE_WRONG} (422, with the tries left as
	 * its argument) when it does not match, which counts as a try
	 * @throws IllegalArgumentException for a purpose other than {@link #SUBMIT} and {@link #WITHDRAW}
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	public void verify(UUID accountId, String purpose, String code) {
		Purpose wanted = Purpose.of(purpose)
			.orElseThrow(() -> new IllegalArgumentException("Not a verification code purpose: " + purpose));
		String typed = normalize(code);
		if (typed.isEmpty()) {
			throw ProblemException.withFields(HttpStatus.BAD_REQUEST, "VERIFICATION_CODE_REQUIRED",
					List.of(new FieldProblem(FIELD, "VERIFICATION_CODE_REQUIRED")));
		}
		Instant now = clock.instant();
		StoredCode stored = records.find(accountId, wanted).filter(found -> !found.used()).orElseThrow(VerificationCodes::notSent);
		refuseUnusable(stored, now);
		if (SIX_DIGITS.matcher(typed).matches() && hasher.matches(stored.codeHash(), accountId, wanted, typed)) {
			if (records.use(stored, now, settings.maxWrongTries())) {
				return;
			}
			throw refusalAfterRace(accountId, wanted, now);
		}
		OptionalInt wrongTries = records.countWrongTry(stored, settings.maxWrongTries());
		if (wrongTries.isEmpty()) {
			throw refusalAfterRace(accountId, wanted, now);
		}
		int left = settings.maxWrongTries() - wrongTries.getAsInt();
		if (left == 0) {
			log.info("The {} verification code of account {} is burnt after {} wrong tries", wanted, accountId,
					settings.maxWrongTries());
		}
		throw wrong(left);
	}

	/**
	 * Sends the parent a new code for the purpose, as {@code POST /api/verification-codes} does: by SMS
	 * when a gateway is configured, else by mail, within the same rate limits.
	 * @param purpose {@link #SUBMIT} or {@link #WITHDRAW}
	 * @throws org.springframework.web.ErrorResponseException 429 ({@code VERIFICATION_CODE_TOO_SOON},
	 * {@code VERIFICATION_CODE_DAILY_LIMIT}) past a rate limit
	 * @throws IllegalArgumentException for any other purpose
	 */
	public void send(UUID accountId, String purpose) {
		issuer.issue(accountId, Purpose.of(purpose)
			.orElseThrow(() -> new IllegalArgumentException("Not a verification code purpose: " + purpose)));
	}

	private void refuseUnusable(StoredCode code, Instant now) {
		if (code.wrongTries() >= settings.maxWrongTries()) {
			throw ProblemException.unprocessable("VERIFICATION_CODE_EXHAUSTED");
		}
		if (code.expiredAt(now)) {
			throw ProblemException.unprocessable("VERIFICATION_CODE_EXPIRED");
		}
	}

	/** Why the code, usable when read, could not be used or counted a moment later. */
	private ProblemException refusalAfterRace(UUID accountId, Purpose purpose, Instant now) {
		StoredCode fresh = records.find(accountId, purpose).filter(found -> !found.used()).orElseThrow(VerificationCodes::notSent);
		refuseUnusable(fresh, now);
		return wrong(settings.maxWrongTries() - fresh.wrongTries());
	}

	private static ProblemException notSent() {
		return ProblemException.unprocessable("VERIFICATION_CODE_NOT_SENT");
	}

	private static ProblemException wrong(int triesLeft) {
		return ProblemException.unprocessable("VERIFICATION_CODE_WRONG", triesLeft);
	}

	/** The code without spaces, with full-width digits (０-９) as ASCII. */
	private static String normalize(String code) {
		if (code == null) {
			return "";
		}
		StringBuilder normalized = new StringBuilder(code.length());
		code.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(c -> {
			if (c >= '０' && c <= '９') {
				normalized.append((char) ('0' + (c - '０')));
			}
			else {
				normalized.appendCodePoint(c);
			}
		});
		return normalized.toString();
	}

}
