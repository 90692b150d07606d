package org.enrollflow.account;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.enrollflow.shared.IdNumberProtector;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per login name in the database, so that every node sees the same count:
 * {@code maxFailures} failures within {@code failureWindow} lock the name for {@code lockDuration}.
 * Names are stored only as keyed hashes.
 */
@Component
class LoginThrottle {

	private static final String RECORD_FAILURE = """
			update login_throttle set
			  failures = case when window_start < :windowFrom then 1 else failures + 1 end,
			  window_start = case when window_start < :windowFrom then :now else window_start end,
			  locked_until = case when (case when window_start < :windowFrom then 1 else failures + 1 end) >= :max
			    then :lockedUntil else locked_until end
			where principal_hash = :key""";

	private final NamedParameterJdbcTemplate jdbc;

	private final AccountSettings.Login settings;

	private final IdNumberProtector protector;

	private final Clock clock;

	LoginThrottle(NamedParameterJdbcTemplate jdbc, AccountSettings settings, IdNumberProtector protector, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings.login();
		this.protector = protector;
		this.clock = clock;
	}

	/** The failures on record for a login name, empty when there are none. */
	Optional<Record> find(String loginName) {
		return jdbc.query("select locked_until from login_throttle where principal_hash = :key",
				Map.of("key", key(loginName)),
				(rs, row) -> new Record(Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
					.map(OffsetDateTime::toInstant)
					.filter(until -> until.isAfter(clock.instant()))
					.orElse(null)))
			.stream()
			.findFirst();
	}

	void recordFailure(String loginName) {
		Instant now = clock.instant();
		Instant lockedUntil = now.plus(settings.lockDuration());
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("key", key(loginName))
			.addValue("now", timestamp(now))
			.addValue("windowFrom", timestamp(now.minus(settings.failureWindow())))
			.addValue("max", settings.maxFailures())
			.addValue("lockedUntil", timestamp(lockedUntil));
		if (jdbc.update(RECORD_FAILURE, parameters) > 0) {
			return;
		}
		boolean locks = settings.maxFailures() <= 1;
		MapSqlParameterSource first = new MapSqlParameterSource().addValue("key", key(loginName))
			.addValue("now", timestamp(now))
			.addValue("lockedUntil", locks ? timestamp(lockedUntil) : null, Types.TIMESTAMP_WITH_TIMEZONE);
		try {
			jdbc.update("insert into login_throttle (principal_hash, failures, window_start, locked_until) "
					+ "values (:key, 1, :now, :lockedUntil)", first);
		}
		catch (DuplicateKeyException ex) {
			jdbc.update(RECORD_FAILURE, parameters);
		}
	}

	void clear(String loginName) {
		jdbc.update("delete from login_throttle where principal_hash = :key", Map.of("key", key(loginName)));
	}

	@Scheduled(fixedDelayString = "${enrollflow.account.login.failure-window:15m}")
	void forgetOldFailures() {
		Instant now = clock.instant();
		jdbc.update("delete from login_throttle where window_start < :windowFrom "
				+ "and (locked_until is null or locked_until < :now)", Map.of("windowFrom", timestamp(now.minus(settings.failureWindow())), "now", timestamp(now)));
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private String key(String loginName) {
		return protector.hash(loginName);
	}

	/**
	 * Failed logins are on record for a name.
	 * @param lockedUntil the end of the lock, {@code null} when the name is not locked now
	 */
	record Record(Instant lockedUntil) {

		boolean locked() {
			return lockedUntil != null;
		}

	}

}
