package org.enrollflow.notification;

import static org.enrollflow.notification.IdNumberRedaction.maskIdNumbers;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail to families through the outbox: a message is stored with the step that causes it and
 * delivered by SMTP after that step commits, retried while the mail server is down, and shown to the
 * parent in the portal ({@code GET /api/messages}).
 */
@Service
public class Notifications {

	private final OutboxMessages messages;

	private final Clock clock;

	Notifications(OutboxMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Stores the mail in the outbox within the caller's transaction, which must exist
	 * ({@link Propagation#MANDATORY}): the mail is sent if and only if the caller's changes commit. Every
	 * resident ID number in the subject or body is masked first ({@code 320402********1234}); ID numbers
	 * are never mailed in full.
	 * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(OutgoingMail mail) {
		messages.save(new OutboxMessage(mail.accountId(), mail.applicationId(), mail.to(),
				maskIdNumbers(mail.subject()), maskIdNumbers(mail.body()), clock.instant()));
	}

}
