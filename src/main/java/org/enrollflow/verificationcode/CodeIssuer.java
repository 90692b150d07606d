package org.enrollflow.verificationcode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.enrollflow.account.ParentAccountView;
import org.enrollflow.account.ParentAccounts;
import org.enrollflow.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a new code for an account and purpose, in place of any earlier one, within the rate limits. The
 * limits, the new code and its mail are one transaction: a refused or failed send leaves nothing behind
 * and counts against no limit.
 */
@Service
class CodeIssuer {

	private static final Logger log = LoggerFactory.getLogger(CodeIssuer.class);

	private static final int CODES = 1_000_000;

	private final ParentAccounts accounts;

	private final CodeRecords records;

	private final CodeHasher hasher;

	private final CodeSender sender;

	private final VerificationCodeSettings settings;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CodeIssuer(ParentAccounts accounts, CodeRecords records, CodeHasher hasher, CodeSender sender,
			VerificationCodeSettings settings, Clock clock) {
		this.accounts = accounts;
		this.records = records;
		this.hasher = hasher;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @throws TooManyCodes {@code VERIFICATION_CODE_TOO_SOON} within {@code resend-interval} of the last code
	 * for the purpose, {@code VERIFICATION_CODE_DAILY_LIMIT} past {@code daily-limit} codes today
	 */
	@Transactional
	IssuedCode issue(UUID accountId, Purpose purpose) {
		ParentAccountView account = accounts.find(accountId)
			.orElseThrow(() -> ProblemException.notFound("ACCOUNT_NOT_FOUND"));
		Instant now = clock.instant();
		String code = "%06d".formatted(random.nextInt(CODES));
		StoredCode stored = new StoredCode(accountId, purpose, UUID.randomUUID(), hasher.hash(accountId, purpose, code),
				now, now.plus(settings.validity()), 0, null);
		record(stored);
		countSend(accountId, now);
		Channel channel = sender.send(account, purpose, code, now, stored.expiresAt());
		log.info("Sent a {} verification code to account {} by {}", purpose, accountId, channel);
		return new IssuedCode(purpose, stored.expiresAt(), channel, now.plus(settings.resendInterval()));
	}

	private void record(StoredCode code) {
		Instant now = code.sentAt();
		if (records.replace(code, now.minus(settings.resendInterval()))) {
			return;
		}
		Duration wait = records.find(code.accountId(), code.purpose())
			.map(last -> Duration.between(now, last.sentAt().plus(settings.resendInterval())))
			.orElse(null);
		if (wait != null) {
			throw tooSoon(wait);
		}
		try {
			records.insert(code);
		}
		catch (DuplicateKeyException ex) {
			throw tooSoon(settings.resendInterval());
		}
	}

	/** The wait, never longer than the interval (after the engine clock was turned back). */
	private TooManyCodes tooSoon(Duration wait) {
		return TooManyCodes.tooSoon(wait.compareTo(settings.resendInterval()) > 0 ? settings.resendInterval() : wait);
	}

	private void countSend(UUID accountId, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		if (records.countSend(accountId, today, settings.dailyLimit())) {
			return;
		}
		if (!records.hasQuota(accountId)) {
			try {
				records.openQuota(accountId, today);
			}
			catch (DuplicateKeyException ex) {
				log.debug("Another request opened the send quota of account {} first", accountId);
			}
			if (records.countSend(accountId, today, settings.dailyLimit())) {
				return;
			}
		}
		Instant tomorrow = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		throw TooManyCodes.dailyLimit(Duration.between(now, tomorrow), settings.dailyLimit());
	}

}
