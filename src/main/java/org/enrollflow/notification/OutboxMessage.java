package org.enrollflow.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mail waiting in the outbox, or sent. Delivery changes it only through conditional updates on
 * {@code version} (see {@link OutboxMessages}), so that one node at most sends it.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

	enum Status {

		PENDING, SENT

	}

	@Id
	private UUID id;

	private UUID accountId;

	private UUID applicationId;

	private String recipient;

	private String subject;

	@Column(length = OutgoingMail.MAX_BODY_LENGTH)
	private String body;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant sentAt;

	private String lastError;

	@Version
	private Long version;

	protected OutboxMessage() {
	}

	OutboxMessage(UUID accountId, UUID applicationId, String recipient, String subject, String body, Instant now) {
		this.id = UUID.randomUUID();
		this.accountId = accountId;
		this.applicationId = applicationId;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = now;
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
	}

	UUID id() {
		return id;
	}

	UUID accountId() {
		return accountId;
	}

	UUID applicationId() {
		return applicationId;
	}

	String recipient() {
		return recipient;
	}

	String subject() {
		return subject;
	}

	String body() {
		return body;
	}

	Instant createdAt() {
		return createdAt;
	}

	Status status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	Instant sentAt() {
		return sentAt;
	}

	String lastError() {
		return lastError;
	}

	long version() {
		return version;
	}

}
