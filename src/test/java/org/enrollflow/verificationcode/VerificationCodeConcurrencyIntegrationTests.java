package org.enrollflow.verificationcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.registry.RegistryImports;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.verificationcode.TestParents.Parent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Requests racing for the same code, each in a transaction of its own, as on several nodes. */
@EnrollFlowIntegrationTest
class VerificationCodeConcurrencyIntegrationTests {

	private static final long TIMEOUT_SECONDS = 30;

	/** Fewer than the connection pool's ten: each wrong try holds the caller's connection and one of its own. */
	private static final int WRONG_TRIES_AT_ONCE = 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistryImports registry;

	@Autowired
	VerificationCodes codes;

	@Autowired
	TransactionTemplate transaction;

	private final ExecutorService threads = Executors.newFixedThreadPool(WRONG_TRIES_AT_ONCE);

	private TestParents parents;

	@BeforeEach
	void setUp() {
		parents = new TestParents(mvc, registry);
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@RepeatedTest(3)
	void sendsOneOfTwoCodesAskedForAtOnce() throws Exception {
		Parent parent = parents.register();

		List<Integer> statuses = race(2,
				() -> parents.requestCode(parent, "SUBMIT").andReturn().getResponse().getStatus());

		assertThat(statuses).containsExactlyInAnyOrder(202, 429);
		assertThat(parents.latestMail(parent).count()).isEqualTo(1);
	}

	@RepeatedTest(3)
	void acceptsACodeOnceWhenItIsUsedTwiceAtOnce() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		List<String> outcomes = race(2, () -> outcome(() -> transaction
			.executeWithoutResult(status -> codes.verify(parent.id(), VerificationCodes.SUBMIT, code))));

		assertThat(outcomes).containsExactlyInAnyOrder("USED", "VERIFICATION_CODE_NOT_SENT");
	}

	@RepeatedTest(3)
	void countsNoMoreWrongTriesThanAllowedWhenTheyComeAtOnce() throws Exception {
		Parent parent = parents.register();
		String code = parents.sendCode(parent, "SUBMIT");

		List<String> outcomes = race(WRONG_TRIES_AT_ONCE, () -> outcome(() -> transaction.executeWithoutResult(
				status -> codes.verify(parent.id(), VerificationCodes.SUBMIT, TestParents.otherThan(code)))));

		assertThat(outcomes).containsExactlyInAnyOrder("VERIFICATION_CODE_WRONG 4", "VERIFICATION_CODE_WRONG 3",
				"VERIFICATION_CODE_WRONG 2", "VERIFICATION_CODE_WRONG 1", "VERIFICATION_CODE_WRONG 0",
				"VERIFICATION_CODE_EXHAUSTED");
		assertThatThrownBy(() -> codes.verify(parent.id(), VerificationCodes.SUBMIT, code))
			.isInstanceOfSatisfying(ProblemException.class,
					refusal -> assertThat(refusal.code()).isEqualTo("VERIFICATION_CODE_EXHAUSTED"));
	}

	private static String outcome(Runnable verification) {
		try {
			verification.run();
			return "USED";
		}
		catch (ProblemException refusal) {
			return refusal.arguments().length == 0 ? refusal.code() : refusal.code() + " " + refusal.arguments()[0];
		}
	}

	/** Runs the task on that many threads, released together. */
	private <T> List<T> race(int count, Callable<T> task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			futures.add(threads.submit(() -> {
				start.await();
				return task.call();
			}));
		}
		start.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
		}
		return results;
	}

}
