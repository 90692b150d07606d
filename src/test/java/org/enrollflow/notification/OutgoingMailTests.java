package org.enrollflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OutgoingMailTests {

	@Test
	void keepsSubjectOnOneLine() {
		OutgoingMail mail = new OutgoingMail(null, null, " parent@example.com ", "审核结果\r\nBcc: x@example.com", "正文");
		assertThat(mail.subject()).isEqualTo("审核结果 Bcc: x@example.com");
		assertThat(mail.to()).isEqualTo("parent@example.com");
	}

	@Test
	void refusesRecipientWithLineBreak() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail(null, null, "a@example.com\r\nBcc: b@example.com", "s", "b"));
	}

	@Test
	void refusesBlankRecipient() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(null, null, " ", "s", "b"));
	}

	@Test
	void refusesBodyTooLongToStore() {
		String body = "𠮷".repeat(OutgoingMail.MAX_BODY_LENGTH / 2 + 1);
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(null, null, "a@example.com", "s", body));
	}

}
