package org.enrollflow.verificationcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.enrollflow.account.ParentAccountView;
import org.enrollflow.notification.Notifications;
import org.enrollflow.notification.OutgoingMail;
import org.enrollflow.shared.ProblemException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

class CodeSenderTests {

	private static final Instant SENT = Instant.parse("2026-07-10T15:58:00Z");

	private static final Instant EXPIRES = SENT.plusSeconds(300);

	private static final ParentAccountView PARENT = new ParentAccountView(UUID.randomUUID(), "13512345678",
			"parent@example.org", "周敏", "320493198401010011");

	private final Notifications mail = mock(Notifications.class);

	private final List<String> texts = new ArrayList<>();

	@Test
	void sendsBySmsWhenAGatewayIsConfigured() {
		CodeSender sender = sender(Optional.of((phone, text) -> texts.add(phone + ": " + text)));

		assertThat(sender.send(PARENT, Purpose.WITHDRAW, "042917", SENT, EXPIRES)).isEqualTo(Channel.SMS);

		assertThat(texts).containsExactly("""
				13512345678: 验证码:042917
				用途:撤回报名
				有效期至 2026-07-11 00:03 +08:00(5 分钟内有效)

				Verification code: 042917
				Purpose: withdrawing the application
				Valid until 2026-07-11 00:03 +08:00 (5 minutes)""");
		verifyNoInteractions(mail);
	}

	@Test
	void sendsByMailToTheAccountsAddressWithoutAGateway() {
		CodeSender sender = sender(Optional.empty());

		assertThat(sender.send(PARENT, Purpose.SUBMIT, "000123", SENT, EXPIRES)).isEqualTo(Channel.MAIL);

		ArgumentCaptor<OutgoingMail> sent = ArgumentCaptor.forClass(OutgoingMail.class);
		verify(mail).send(sent.capture());
		assertThat(sent.getValue().accountId()).isEqualTo(PARENT.id());
		assertThat(sent.getValue().applicationId()).isNull();
		assertThat(sent.getValue().to()).isEqualTo("parent@example.org");
		assertThat(sent.getValue().subject()).isEqualTo("入学报名验证码 / Enrollment verification code");
		assertThat(sent.getValue().body()).startsWith("验证码:000123\n用途:提交报名\n")
			.contains("Verification code: 000123\nPurpose: submitting the application\n")
			.doesNotContain(PARENT.realName(), PARENT.phone(), PARENT.idNumber());
	}

	@Test
	void refusesTheSendWhenTheGatewayFails() {
		CodeSender sender = sender(Optional.of((phone, text) -> {
			throw new IllegalStateException("provider down");
		}));

		assertThatThrownBy(() -> sender.send(PARENT, Purpose.SUBMIT, "000123", SENT, EXPIRES))
			.isInstanceOfSatisfying(ProblemException.class, refusal -> {
				assertThat(refusal.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(refusal.code()).isEqualTo("VERIFICATION_CODE_NOT_DELIVERED");
			});
		verify(mail, never()).send(any());
	}

	private CodeSender sender(Optional<SmsGateway> sms) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/verificationcode");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new CodeSender(sms, mail, messages, Clock.fixed(SENT, ZoneId.of("Asia/Shanghai")));
	}

}
