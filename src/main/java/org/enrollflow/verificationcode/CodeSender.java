package org.enrollflow.verificationcode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.enrollflow.account.ParentAccountView;
import org.enrollflow.notification.Notifications;
import org.enrollflow.notification.OutgoingMail;
import org.enrollflow.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sends a code by SMS when an {@link SmsGateway} is configured, otherwise by mail through the outbox to the
 * account's email address. Either way the text, in Chinese and English, holds the code, its purpose and its
 * expiry, nothing else.
 */
@Component
class CodeSender {

	private static final Logger log = LoggerFactory.getLogger(CodeSender.class);

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

	private static final Locale[] LANGUAGES = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };

	private final Optional<SmsGateway> sms;

	private final Notifications mail;

	private final MessageSource texts;

	private final Clock clock;

	CodeSender(Optional<SmsGateway> sms, Notifications mail, MessageSource texts, Clock clock) {
		this.sms = sms;
		this.mail = mail;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Sends the code; by mail, within the caller's transaction, which must exist.
	 * @throws ProblemException {@code VERIFICATION_CODE_NOT_DELIVERED} (503) when the SMS gateway fails
	 */
	Channel send(ParentAccountView account, Purpose purpose, String code, Instant sentAt, Instant expiresAt) {
		String text = text(purpose, code, sentAt, expiresAt);
		if (sms.isEmpty()) {
			mail.send(new OutgoingMail(account.id(), null, account.email(), subject(), text));
			return Channel.MAIL;
		}
		try {
			sms.get().send(account.phone(), text);
		}
		catch (RuntimeException ex) {
			log.warn("The SMS gateway did not send a {} code for account {}: {}", purpose, account.id(),
					ex.getClass().getSimpleName());
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "VERIFICATION_CODE_NOT_DELIVERED");
		}
		return Channel.SMS;
	}

	private String subject() {
		return texts.getMessage("verificationcode.subject", null, LANGUAGES[0]) + " / "
				+ texts.getMessage("verificationcode.subject", null, LANGUAGES[1]);
	}

	private String text(Purpose purpose, String code, Instant sentAt, Instant expiresAt) {
		long minutes = (Duration.between(sentAt, expiresAt).toSeconds() + 59) / 60;
		String expiry = EXPIRY.format(expiresAt.atZone(clock.getZone()));
		StringBuilder text = new StringBuilder();
		for (Locale language : LANGUAGES) {
			String purposeText = texts.getMessage("verificationcode.purpose." + purpose.name(), null, language);
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(texts.getMessage("verificationcode.text", new Object[] { code, purposeText, expiry, minutes },
					language));
		}
		return text.toString();
	}

}
