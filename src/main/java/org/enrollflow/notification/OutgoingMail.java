package org.enrollflow.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * A plain-text mail to send.
 * @param accountId the parent account the mail belongs to (it shows among that parent's messages), or
 * {@code null} for mail to someone without an account
 * @param applicationId the case the mail is about, or {@code null}
 * @param to the recipient's address
 * @param subject a single line (line breaks become spaces), at most {@value #MAX_SUBJECT_LENGTH} characters
 * @param body the text, at most {@value #MAX_BODY_LENGTH} characters
 */
public record OutgoingMail(UUID accountId, UUID applicationId, String to, String subject, String body) {

	public static final int MAX_RECIPIENT_LENGTH = 320;

	public static final int MAX_SUBJECT_LENGTH = 1000;

	public static final int MAX_BODY_LENGTH = 10000;

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
		to = to.strip();
		if (to.isEmpty() || to.length() > MAX_RECIPIENT_LENGTH || to.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("The recipient is not a single address of at most "
					+ MAX_RECIPIENT_LENGTH + " characters");
		}
		subject = subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
		if (subject.length() > MAX_SUBJECT_LENGTH) {
			throw new IllegalArgumentException("The subject is longer than " + MAX_SUBJECT_LENGTH + " characters");
		}
		if (body.length() > MAX_BODY_LENGTH) {
			throw new IllegalArgumentException("The body is longer than " + MAX_BODY_LENGTH + " characters");
		}
	}

}
