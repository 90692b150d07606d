package org.enrollflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.notification.OutboxMessage.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@EnrollFlowIntegrationTest
class NotificationsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Instant NOW = Instant.parse("2026-07-01T01:30:00Z");

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	OutboxMessages messages;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	private final UUID account = UUID.randomUUID();

	@BeforeEach
	void startWithEmptyOutbox() {
		jdbc.update("delete from outbox_message");
		ClockUtil.setCurrentTime(Date.from(NOW));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void deliversChineseMailInUtf8WithAFooterInBothLanguages() throws Exception {
		UUID application = UUID.randomUUID();
		String body = "尊敬的家长:\n张𠮷同学的入学申请已受理,请留意后续通知。";
		send(new OutgoingMail(account, application, "parent@example.com", "张𠮷的入学申请已受理", body));

		assertThat(delivery.deliverDue()).isEqualTo(1);

		MimeMessage received = singleReceived();
		assertThat(received.getSubject()).isEqualTo("张𠮷的入学申请已受理");
		assertThat(((String) received.getContent()).replace("\r\n", "\n")).startsWith(body + "\n\n-- \n")
			.contains("此邮件由入学报名系统自动发送,请勿直接回复。", "please do not reply");
		assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(received.getFrom()).containsExactly(new InternetAddress("noreply@enrollflow.local"));
		assertThat(single(messagesOf(account))).satisfies(message -> {
			assertThat(message.status()).isEqualTo(Status.SENT);
			assertThat(message.sentAt()).isEqualTo(NOW);
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.applicationId()).isEqualTo(application);
		});
	}

	@Test
	void masksIdNumbersBeforeStoringAndMailing() throws Exception {
		send(new OutgoingMail(account, null, "parent@example.com", "320402201601011234 绑定成功",
				"子女身份证号 320402201601011234 已与户籍核验一致。"));

		OutboxMessage stored = single(messagesOf(account));
		assertThat(stored.subject()).isEqualTo("320402********1234 绑定成功");
		assertThat(stored.body()).isEqualTo("子女身份证号 320402********1234 已与户籍核验一致。");

		delivery.deliverDue();

		MimeMessage received = singleReceived();
		assertThat(received.getSubject()).isEqualTo("320402********1234 绑定成功");
		assertThat((String) received.getContent()).contains("320402********1234").doesNotContain("320402201601011234");
	}

	@Test
	void keepsMailWhileTheMailServerIsDownAndSendsItOnceAfterRecovery() throws Exception {
		greenMail.stop();
		send(mail("录取通知 1"), mail("录取通知 2"));

		assertThat(delivery.deliverDue()).isZero();
		assertThat(messagesOf(account)).extracting(OutboxMessage::attempts).containsExactlyInAnyOrder(0, 1);
		assertThat(delivery.deliverDue()).isZero();
		assertThat(messagesOf(account)).hasSize(2).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo(Status.PENDING);
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
			assertThat(message.lastError()).startsWith("MailSendException").doesNotContain("@", "localhost");
		});

		assertThat(delivery.deliverDue()).isZero();
		assertThat(messagesOf(account)).allSatisfy(message -> assertThat(message.attempts()).isEqualTo(1));

		moveClockTo(NOW.plusSeconds(30));
		delivery.deliverDue();
		delivery.deliverDue();
		assertThat(messagesOf(account)).allSatisfy(message -> {
			assertThat(message.attempts()).isEqualTo(2);
			assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30 + 60));
		});

		greenMail.start();
		assertThat(delivery.deliverDue()).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();

		moveClockTo(NOW.plusSeconds(30 + 60));
		assertThat(delivery.deliverDue()).isEqualTo(2);
		moveClockTo(NOW.plus(Duration.ofDays(1)));
		assertThat(delivery.deliverDue()).isZero();

		assertThat(greenMail.getReceivedMessages()).extracting(Message::getSubject)
			.containsExactlyInAnyOrder("录取通知 1", "录取通知 2");
		assertThat(messagesOf(account)).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo(Status.SENT);
			assertThat(message.attempts()).isEqualTo(3);
			assertThat(message.sentAt()).isEqualTo(NOW.plusSeconds(30 + 60));
			assertThat(message.lastError()).isNull();
		});
	}

	@Test
	void keepsTryingOtherMailWhenTheServerRefusesOne() throws Exception {
		send(new OutgoingMail(account, null, "not an address", "无法投递", "正文"), mail("可以投递"));

		assertThat(delivery.deliverDue()).isEqualTo(1);

		assertThat(singleReceived().getSubject()).isEqualTo("可以投递");
		assertThat(messagesOf(account)).filteredOn(message -> message.status() == Status.PENDING)
			.singleElement()
			.satisfies(message -> {
				assertThat(message.subject()).isEqualTo("无法投递");
				assertThat(message.attempts()).isEqualTo(1);
				assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
			});
	}

	@Test
	void sendsEachMessageOnceWhenTwoNodesDeliverAtOnce() throws Exception {
		send(IntStream.rangeClosed(1, 40).mapToObj(i -> mail("通知 " + i)).toArray(OutgoingMail[]::new));

		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Integer> node = () -> {
			start.await(10, TimeUnit.SECONDS);
			return delivery.deliverDue();
		};
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = nodes.submit(node);
			Future<Integer> second = nodes.submit(node);
			assertThat(first.get(1, TimeUnit.MINUTES) + second.get(1, TimeUnit.MINUTES)).isEqualTo(40);
		}
		finally {
			nodes.shutdownNow();
		}

		assertThat(greenMail.getReceivedMessages()).hasSize(40).extracting(Message::getSubject).doesNotHaveDuplicates();
		assertThat(messagesOf(account)).allSatisfy(message -> assertThat(message.attempts()).isEqualTo(1));
	}

	@Test
	void claimsAMessageForOneNodeOnly() {
		send(mail("审核结果"));
		OutboxMessage seenByBothNodes = single(dueNow());
		Instant until = NOW.plus(Duration.ofMinutes(10));

		assertThat(claim(seenByBothNodes, until)).isEqualTo(1);
		assertThat(claim(seenByBothNodes, until)).isZero();
	}

	@Test
	void sendsMailClaimedByANodeThatStoppedOnceTheClaimTimesOut() {
		send(mail("审核结果"));
		claim(single(dueNow()), NOW.plus(Duration.ofMinutes(10)));

		assertThat(delivery.deliverDue()).isZero();
		moveClockTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(delivery.deliverDue()).isEqualTo(1);

		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(single(messagesOf(account)).attempts()).isEqualTo(2);
	}

	@Test
	void storesNothingWhenTheCallersTransactionRollsBack() {
		transaction.executeWithoutResult(status -> {
			notifications.send(mail("不会发送"));
			status.setRollbackOnly();
		});

		assertThat(messagesOf(account)).isEmpty();
		assertThat(delivery.deliverDue()).isZero();
	}

	@Test
	void refusesToSendOutsideATransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> notifications.send(mail("无事务")));
	}

	private OutgoingMail mail(String subject) {
		return new OutgoingMail(account, null, "parent@example.com", subject, "正文");
	}

	private void send(OutgoingMail... mails) {
		transaction.executeWithoutResult(status -> Arrays.stream(mails).forEach(notifications::send));
	}

	private List<OutboxMessage> messagesOf(UUID accountId) {
		return messages.findByAccountIdOrderByCreatedAtDesc(accountId);
	}

	private static void moveClockTo(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

	private static <T> T single(List<T> items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

	private static MimeMessage singleReceived() {
		return single(Arrays.asList(greenMail.getReceivedMessages()));
	}

	private List<OutboxMessage> dueNow() {
		return transaction.execute(status -> messages.findDue(NOW, Limit.of(10)));
	}

	private int claim(OutboxMessage message, Instant until) {
		Integer claimed = transaction.execute(status -> messages.claim(message.id(), message.version(), until));
		return claimed;
	}

}
