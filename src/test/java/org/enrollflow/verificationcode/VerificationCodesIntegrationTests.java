package org.enrollflow.verificationcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enrollflow.verificationcode.TestParents.PASSWORD;
import static org.enrollflow.verificationcode.TestParents.codeIn;
import static org.enrollflow.verificationcode.TestParents.otherThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.registry.RegistryImports;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.verificationcode.TestParents.Mail;
import org.enrollflow.verificationcode.TestParents.Parent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@EnrollFlowIntegrationTest
class VerificationCodesIntegrationTests {

	/** 10:00 in Shanghai. */
	private static final Instant NOW = Instant.parse("2026-07-10T02:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryImports registry;

	@Autowired
	VerificationCodes codes;

	@Autowired
	TransactionTemplate transaction;

	private TestParents parents;

	@BeforeEach
	void setUp() {
		parents = new TestParents(mvc, registry);
		moveClockTo(NOW);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void sendsACodeByMailWithNothingButTheCodeItsPurposeAndItsExpiry() throws Exception {
		Parent parent = parents.register();

		parents.requestCode(parent, "SUBMIT")
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$.purpose").value("SUBMIT"))
			.andExpect(jsonPath("$.channel").value("MAIL"))
			.andExpect(jsonPath("$.expiresAt").value("2026-07-10T02:05:00Z"))
			.andExpect(jsonPath("$.resendAfter").value("2026-07-10T02:01:00Z"));

		Mail mail = parents.latestMail(parent);
		String code = codeIn(mail.body());
		assertThat(mail.subject()).isEqualTo("入学报名验证码 / Enrollment verification code");
		assertThat(mail.body()).isEqualTo("""
				验证码:%s
				用途:提交报名
				有效期至 2026-07-10 10:05 +08:00(5 分钟内有效)

				Verification code: %s
				Purpose: submitting the application
				Valid until 2026-07-10 10:05 +08:00 (5 minutes)""".formatted(code, code));
	}

	@Test
	void acceptsACodeOnceWithinTheCallersTransaction() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		transaction.executeWithoutResult(status -> codes.verify(parent.id(), VerificationCodes.SUBMIT, code));

		assertRefused(() -> verify(parent, "SUBMIT", code), "VERIFICATION_CODE_NOT_SENT");
	}

	@Test
	void keepsACodeUsableWhenTheCallersTransactionRollsBack() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "WITHDRAW");

		transaction.executeWithoutResult(status -> {
			codes.verify(parent.id(), VerificationCodes.WITHDRAW, code);
			status.setRollbackOnly();
		});

		verify(parent, "WITHDRAW", code);
	}

	@Test
	void acceptsSpacesAndFullWidthDigits() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		verify(parent, "SUBMIT", " " + fullWidth(code.substring(0, 3)) + " " + fullWidth(code.substring(3)) + "\t");
	}

	@Test
	void countsWrongTriesAndTellsHowManyAreLeft() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		for (int left = 4; left >= 0; left--) {
			assertRefused(() -> verify(parent, "SUBMIT", otherThan(code)), "VERIFICATION_CODE_WRONG", left);
		}
	}

	@Test
	void refusesTheSixthTryEvenWithTheRightCode() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");
		for (int i = 0; i < 5; i++) {
			assertRefused(() -> verify(parent, "SUBMIT", "12345"), "VERIFICATION_CODE_WRONG", 4 - i);
		}

		assertRefused(() -> verify(parent, "SUBMIT", code), "VERIFICATION_CODE_EXHAUSTED");
	}

	@Test
	void countsAWrongTryWhenTheCallersTransactionRollsBack() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		assertRefused(() -> transaction.executeWithoutResult(
				status -> codes.verify(parent.id(), VerificationCodes.SUBMIT, otherThan(code))),
				"VERIFICATION_CODE_WRONG", 4);
		transaction.executeWithoutResult(status -> {
			assertRefused(() -> codes.verify(parent.id(), VerificationCodes.SUBMIT, otherThan(code)),
					"VERIFICATION_CODE_WRONG", 3);
			status.setRollbackOnly();
		});

		assertRefused(() -> verify(parent, "SUBMIT", otherThan(code)), "VERIFICATION_CODE_WRONG", 2);
	}

	@Test
	void leavesTheCallersTransactionToCommitAfterARefusal() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		transaction.executeWithoutResult(status -> {
			assertRefused(() -> codes.verify(parent.id(), VerificationCodes.SUBMIT, otherThan(code)),
					"VERIFICATION_CODE_WRONG", 4);
			codes.verify(parent.id(), VerificationCodes.SUBMIT, code);
		});

		assertRefused(() -> verify(parent, "SUBMIT", code), "VERIFICATION_CODE_NOT_SENT");
	}

	@Test
	void refusesAnExpiredCode() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		moveClockTo(NOW.plus(Duration.ofMinutes(5)));

		assertRefused(() -> verify(parent, "SUBMIT", code), "VERIFICATION_CODE_EXPIRED");
	}

	@Test
	void acceptsACodeUntilItExpires() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		moveClockTo(NOW.plus(Duration.ofMinutes(5)).minusSeconds(1));

		verify(parent, "SUBMIT", code);
	}

	@Test
	void replacesTheEarlierCodeWithANewOne() throws Exception {
		Parent parent = parents.register();
		String first = parents.sendCode(parent, "SUBMIT");
		assertRefused(() -> verify(parent, "SUBMIT", otherThan(first)), "VERIFICATION_CODE_WRONG", 4);
		moveClockTo(NOW.plusSeconds(60));

		String second = parents.sendCode(parent, "SUBMIT");

		assertThat(parents.latestMail(parent).count()).isEqualTo(2);
		if (!first.equals(second)) {
			assertRefused(() -> verify(parent, "SUBMIT", first), "VERIFICATION_CODE_WRONG", 4);
		}
		verify(parent, "SUBMIT", second);
	}

	@Test
	void keepsPurposesApart() throws Exception {
		Parent parent = parents.register();
		String submit = parents.sendCode(parent, "SUBMIT");

		assertRefused(() -> verify(parent, "WITHDRAW", submit), "VERIFICATION_CODE_NOT_SENT");
		moveClockTo(NOW.plusSeconds(1));
		String withdraw = parents.sendCode(parent, "WITHDRAW");
		assertThat(parents.latestMail(parent).body()).contains("用途:撤回报名", "Purpose: withdrawing the application");

		verify(parent, "WITHDRAW", withdraw);
		verify(parent, "SUBMIT", submit);
	}

	@Test
	void refusesAVerificationWithoutACode() throws Exception {
		Parent parent = parents.register();
		parents.sendCode(parent, "SUBMIT");

		for (String missing : new String[] { null, "", "  " }) {
			assertThatThrownBy(() -> verify(parent, "SUBMIT", missing)).isInstanceOfSatisfying(ProblemException.class,
					refusal -> {
						assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
						assertThat(refusal.code()).isEqualTo("VERIFICATION_CODE_REQUIRED");
						assertThat(refusal.fieldProblems()).singleElement()
							.satisfies(problem -> assertThat(problem.field()).isEqualTo("verificationCode"));
					});
		}
	}

	@Test
	void refusesAVerificationWhenNoCodeWasSent() throws Exception {
		Parent parent = parents.register();

		assertRefused(() -> verify(parent, "SUBMIT", "123456"), "VERIFICATION_CODE_NOT_SENT");
		assertThatThrownBy(() -> verify(parent, "RESET", "123456")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void limitsCodesToOnePerMinuteAndPurpose() throws Exception {
		Parent parent = parents.register();
		parents.sendCode(parent, "SUBMIT");

		parents.requestCode(parent, "SUBMIT")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"))
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_TOO_SOON"))
			.andExpect(jsonPath("$.title").value("Too many requests"))
			.andExpect(jsonPath("$.detail").value("Verification codes were requested too often; try again in 60 seconds."));
		moveClockTo(NOW.plusSeconds(30));
		parents.requestCode(parent, "SUBMIT")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"));
		assertThat(parents.latestMail(parent).count()).isEqualTo(1);

		moveClockTo(NOW.plusSeconds(60));
		parents.requestCode(parent, "SUBMIT").andExpect(status().isAccepted());
	}

	@Test
	void limitsCodesPerAccountAndDay() throws Exception {
		Parent parent = parents.register();
		for (int i = 0; i < 10; i++) {
			moveClockTo(NOW.plusSeconds(60L * (i / 2)));
			parents.requestCode(parent, i % 2 == 0 ? "SUBMIT" : "WITHDRAW").andExpect(status().isAccepted());
		}
		Instant eleventh = NOW.plusSeconds(60L * 5);
		moveClockTo(eleventh);

		parents.requestCode(parent, "SUBMIT")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER,
					Long.toString(Duration.between(eleventh, Instant.parse("2026-07-10T16:00:00Z")).toSeconds())))
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_DAILY_LIMIT"))
			.andExpect(jsonPath("$.detail").value(
					"You have had 10 verification codes today, the most there are in a day; try again tomorrow."));
		assertThat(parents.latestMail(parent).count()).isEqualTo(10);

		moveClockTo(Instant.parse("2026-07-10T16:00:00Z"));
		String code = parents.sendCode(parent, "SUBMIT");
		verify(parent, "SUBMIT", code);
	}

	@Test
	void refusesAnUnknownPurpose() throws Exception {
		Parent parent = parents.register();

		for (String body : new String[] { "{\"purpose\": \"RESET\"}", "{\"purpose\": \"submit\"}", "{\"purpose\": null}", "{}" }) {
			mvc.perform(post("/api/verification-codes").with(httpBasic(parent.phone(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_PURPOSE_INVALID"))
				.andExpect(jsonPath("$.detail").value("验证码用途应为 SUBMIT(提交报名)或 WITHDRAW(撤回报名)。"))
				.andExpect(jsonPath("$.errors[0].field").value("purpose"))
				.andExpect(jsonPath("$.errors[0].code").value("VERIFICATION_CODE_PURPOSE_INVALID"));
		}
		mvc.perform(post("/api/verification-codes").with(httpBasic(parent.phone(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[\"SUBMIT\"]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("MALFORMED_BODY"));
	}

	@Test
	void refusesStaff() throws Exception {
		mvc.perform(post("/api/verification-codes").with(httpBasic("test-admin", "test-admin-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\": \"SUBMIT\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("VERIFICATION_CODE_PARENTS_ONLY"));
	}

	@Test
	void refusesAnonymousCallers() throws Exception {
		mvc.perform(post("/api/verification-codes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"purpose\": \"SUBMIT\"}"))
			.andExpect(status().isUnauthorized());
	}

	private void verify(Parent parent, String purpose, String code) {
		codes.verify(parent.id(), purpose, code);
	}

	private static void assertRefused(ThrowingCallable call, String code, Object... arguments) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, refusal -> {
			assertThat(refusal.code()).isEqualTo(code);
			assertThat(refusal.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(refusal.arguments()).containsExactly(arguments);
		});
	}

	private static String fullWidth(String digits) {
		StringBuilder wide = new StringBuilder();
		digits.chars().forEach(digit -> wide.append((char) ('０' + digit - '0')));
		return wide.toString();
	}

	private static void moveClockTo(Instant at) {
		ClockUtil.setCurrentTime(Date.from(at));
	}

}
