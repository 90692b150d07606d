package org.enrollflow.notification;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages by SMTP, each with a footer in Chinese and English saying that replies are not
 * read ({@code mail.footer}). Each message is first claimed with a conditional update on its
 * version, in a transaction of its own, so that of several nodes (or threads) delivering at once only
 * one sends it. A failed attempt leaves the message pending, to be tried again after a doubling delay;
 * nothing is ever dropped. While the server is unreachable a run makes a single attempt. A node that stops between sending and recording the send lets the message
 * be sent again once the claim times out: delivery is at least once, and exactly once otherwise.
 */
@Component
class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private static final int MAX_ERROR_LENGTH = 200;

	private final OutboxMessages messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final String footer;

	OutboxDelivery(OutboxMessages messages, ObjectProvider<JavaMailSender> mailSender, NotificationSettings settings,
			Clock clock, PlatformTransactionManager transactionManager, MessageSource texts) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.settings = settings;
		this.clock = clock;
		this.footer = "\n\n-- \n" + texts.getMessage("mail.footer", null, Locale.SIMPLIFIED_CHINESE) + "\n"
				+ texts.getMessage("mail.footer", null, Locale.ENGLISH);
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether an SMTP server is configured ({@code spring.mail.host}); without one, mail stays in the outbox. */
	boolean canSend() {
		return mailSender.getIfAvailable() != null;
	}

	/**
	 * Tries every message that is due now, batch by batch, until the mail server turns out to be
	 * unreachable: then one attempt is enough to know, and the rest wait for the next run.
	 * @return how many messages were sent
	 */
	int deliverDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		Instant dueBy = clock.instant();
		int batchSize = settings.outbox().batchSize();
		int sent = 0;
		List<OutboxMessage> due;
		do {
			due = transaction.execute(status -> messages.findDue(dueBy, Limit.of(batchSize)));
			for (OutboxMessage message : due) {
				if (!claim(message)) {
					continue;
				}
				Attempt attempt = send(sender, message);
				if (attempt == Attempt.SENT) {
					sent++;
				}
				else if (attempt == Attempt.SERVER_UNAVAILABLE) {
					return sent;
				}
			}
		}
		while (due.size() == batchSize);
		return sent;
	}

	private boolean claim(OutboxMessage message) {
		Instant until = clock.instant().plus(settings.outbox().claimTimeout());
		try {
			return transaction.execute(status -> messages.claim(message.id(), message.version(), until)) == 1;
		}
		catch (ConcurrencyFailureException ex) {
			return false;
		}
	}

	private Attempt send(JavaMailSender sender, OutboxMessage message) {
		long claimedVersion = message.version() + 1;
		try {
			sender.send(mime(sender, message));
		}
		catch (RuntimeException | MessagingException ex) {
			int attempts = message.attempts() + 1;
			Instant nextAttempt = clock.instant().plus(settings.outbox().retryDelayAfter(attempts));
			String error = describe(ex);
			log.warn("Mail {} not sent (attempt {}): {}; next attempt at {}", message.id(), attempts, error, nextAttempt);
			recordOutcome(message, () -> messages.markFailed(message.id(), claimedVersion, nextAttempt, error));
			return serverUnavailable(ex) ? Attempt.SERVER_UNAVAILABLE : Attempt.FAILED;
		}
		recordOutcome(message, () -> messages.markSent(message.id(), claimedVersion, clock.instant()));
		return Attempt.SENT;
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
		helper.setFrom(settings.mail().from());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body() + footer, false);
		return mime;
	}

	private void recordOutcome(OutboxMessage message, IntSupplier update) {
		Integer updated = transaction.execute(status -> update.getAsInt());
		if (updated == null || updated != 1) {
			log.warn("Mail {} was claimed again by another node before its outcome was recorded", message.id());
		}
	}

	/** Whether the failure was the server's (unreachable, connection lost, login refused), not the message's. */
	private static boolean serverUnavailable(Exception ex) {
		if (ex instanceof MailAuthenticationException) {
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	/** The kind of failure, without its message: those can carry addresses. */
	private static String describe(Exception ex) {
		StringBuilder error = new StringBuilder(ex.getClass().getSimpleName());
		for (Throwable cause = ex.getCause(); cause != null && error.length() < MAX_ERROR_LENGTH; cause = cause.getCause()) {
			error.append(" <- ").append(cause.getClass().getSimpleName());
		}
		return error.length() <= MAX_ERROR_LENGTH ? error.toString() : error.substring(0, MAX_ERROR_LENGTH);
	}

	private enum Attempt {

		SENT, FAILED, SERVER_UNAVAILABLE

	}

}
