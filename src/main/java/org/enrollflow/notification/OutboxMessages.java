package org.enrollflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OutboxMessages extends Repository<OutboxMessage, UUID> {

	OutboxMessage save(OutboxMessage message);

	List<OutboxMessage> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

	@Query("""
			select m from OutboxMessage m
			where m.status = org.enrollflow.notification.OutboxMessage.Status.PENDING and m.nextAttemptAt <= :now
			order by m.nextAttemptAt""")
	List<OutboxMessage> findDue(Instant now, Limit limit);

	/**
	 * Claims a pending message for one attempt: counts the attempt and holds the message back until
	 * {@code until}, so that no other node takes it meanwhile.
	 * @return 1 when claimed; 0 when another node changed the message since it was read
	 */
	@Modifying
	@Query("""
			update OutboxMessage m
			set m.version = m.version + 1, m.attempts = m.attempts + 1, m.nextAttemptAt = :until
			where m.id = :id and m.version = :version
			and m.status = org.enrollflow.notification.OutboxMessage.Status.PENDING""")
	int claim(UUID id, long version, Instant until);

	@Modifying
	@Query("""
			update OutboxMessage m
			set m.version = m.version + 1, m.status = org.enrollflow.notification.OutboxMessage.Status.SENT,
			m.sentAt = :sentAt, m.lastError = null
			where m.id = :id and m.version = :version""")
	int markSent(UUID id, long version, Instant sentAt);

	@Modifying
	@Query("""
			update OutboxMessage m
			set m.version = m.version + 1, m.nextAttemptAt = :nextAttemptAt, m.lastError = :error
			where m.id = :id and m.version = :version""")
	int markFailed(UUID id, long version, Instant nextAttemptAt, String error);

}
