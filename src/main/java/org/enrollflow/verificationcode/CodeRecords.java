package org.enrollflow.verificationcode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The codes on record, one per account and purpose, and each account's sends of the day. Every change that
 * concurrent requests (or nodes) could race for is a single conditional update or an insert under the
 * primary key, so the database lets exactly one of them through.
 */
@Repository
class CodeRecords {

	private final JdbcClient jdbc;

	CodeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredCode> find(UUID accountId, Purpose purpose) {
		return jdbc.sql("""
				select code_id, code_hash, sent_at, expires_at, wrong_tries, used_at from verification_code
				where account_id = :account and purpose = :purpose""")
			.param("account", accountId)
			.param("purpose", purpose.name())
			.query((rs, row) -> new StoredCode(accountId, purpose, rs.getObject("code_id", UUID.class),
					rs.getString("code_hash"), instant(rs, "sent_at"), instant(rs, "expires_at"),
					rs.getInt("wrong_tries"), instant(rs, "used_at")))
			.optional();
	}

	/**
	 * Puts the code in place of the one on record, unless that was sent after {@code sentBefore}.
	 * @return whether it was replaced; {@code false} when there is none, or a recent one
	 */
	boolean replace(StoredCode code, Instant sentBefore) {
		return jdbc.sql("""
				update verification_code
				set code_id = :codeId, code_hash = :hash, sent_at = :sentAt, expires_at = :expiresAt,
				wrong_tries = 0, used_at = null
				where account_id = :account and purpose = :purpose and sent_at <= :sentBefore""")
			.param("codeId", code.codeId())
			.param("hash", code.codeHash())
			.param("sentAt", timestamp(code.sentAt()))
			.param("expiresAt", timestamp(code.expiresAt()))
			.param("account", code.accountId())
			.param("purpose", code.purpose().name())
			.param("sentBefore", timestamp(sentBefore))
			.update() == 1;
	}

	/**
	 * Records the first code of an account and purpose.
	 * @throws org.springframework.dao.DuplicateKeyException when another request recorded one meanwhile
	 */
	void insert(StoredCode code) {
		jdbc.sql("""
				insert into verification_code (account_id, purpose, code_id, code_hash, sent_at, expires_at, wrong_tries)
				values (:account, :purpose, :codeId, :hash, :sentAt, :expiresAt, 0)""")
			.param("account", code.accountId())
			.param("purpose", code.purpose().name())
			.param("codeId", code.codeId())
			.param("hash", code.codeHash())
			.param("sentAt", timestamp(code.sentAt()))
			.param("expiresAt", timestamp(code.expiresAt()))
			.update();
	}

	/**
	 * Marks the code used, in the caller's transaction: should that roll back, the code stays usable. Of
	 * several requests using it at once, one succeeds; the others wait for its commit and then find it used.
	 * @return whether this call used it; {@code false} when it was used, replaced, burnt or expired meanwhile
	 */
	boolean use(StoredCode code, Instant now, int maxWrongTries) {
		return jdbc.sql("""
				update verification_code set used_at = :now
				where account_id = :account and purpose = :purpose and code_id = :codeId and used_at is null
				and wrong_tries < :maxWrongTries and expires_at > :now""")
			.param("now", timestamp(now))
			.param("account", code.accountId())
			.param("purpose", code.purpose().name())
			.param("codeId", code.codeId())
			.param("maxWrongTries", maxWrongTries)
			.update() == 1;
	}

	/**
	 * Counts a wrong try against the code, in a transaction of its own ({@link Propagation#REQUIRES_NEW}) that
	 * commits before the refusal is thrown: the caller's transaction rolls back on the refusal, and with it
	 * would go the count, so that anyone could try all million codes five at a time.
	 * @return the wrong tries now on record; empty when the code was used, replaced or burnt meanwhile
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	OptionalInt countWrongTry(StoredCode code, int maxWrongTries) {
		int counted = jdbc.sql("""
				update verification_code set wrong_tries = wrong_tries + 1
				where account_id = :account and purpose = :purpose and code_id = :codeId and used_at is null
				and wrong_tries < :maxWrongTries""")
			.param("account", code.accountId())
			.param("purpose", code.purpose().name())
			.param("codeId", code.codeId())
			.param("maxWrongTries", maxWrongTries)
			.update();
		if (counted == 0) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(jdbc.sql("select wrong_tries from verification_code where account_id = :account and purpose = :purpose")
			.param("account", code.accountId())
			.param("purpose", code.purpose().name())
			.query(Integer.class)
			.single());
	}

	/**
	 * Counts a send against the account's limit for the day, unless the limit is reached.
	 * @return whether it was counted; {@code false} when the limit is reached, or the account has no quota row
	 * yet ({@link #openQuota})
	 */
	boolean countSend(UUID accountId, LocalDate today, int dailyLimit) {
		return jdbc.sql("""
				update verification_code_quota
				set sends = case when quota_day = :today then sends + 1 else 1 end, quota_day = :today
				where account_id = :account and (quota_day <> :today or sends < :dailyLimit)""")
			.param("today", today)
			.param("account", accountId)
			.param("dailyLimit", dailyLimit)
			.update() == 1;
	}

	boolean hasQuota(UUID accountId) {
		return jdbc.sql("select count(*) from verification_code_quota where account_id = :account")
			.param("account", accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Creates the account's quota row with no sends, committed at once ({@link Propagation#REQUIRES_NEW}), so
	 * that two first sends at once both go on to the conditional update in {@link #countSend}; one of them
	 * fails here with the duplicate key, which on PostgreSQL spoils only this short transaction.
	 * @throws org.springframework.dao.DuplicateKeyException when another request created it meanwhile
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void openQuota(UUID accountId, LocalDate today) {
		jdbc.sql("insert into verification_code_quota (account_id, quota_day, sends) values (:account, :today, 0)")
			.param("account", accountId)
			.param("today", today)
			.update();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
