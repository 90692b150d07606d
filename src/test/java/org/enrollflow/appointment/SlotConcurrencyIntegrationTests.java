package org.enrollflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.shared.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Families racing for the same places, each in a transaction of its own, as two requests are.
 */
@EnrollFlowIntegrationTest
class SlotConcurrencyIntegrationTests {

	private static final long TIMEOUT_SECONDS = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	Appointments appointments;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	private AppointmentFixtures fixtures;

	private UUID school;

	private Instant inThreeDays;

	@BeforeEach
	void createSchool() throws Exception {
		fixtures = new AppointmentFixtures(mvc);
		school = fixtures.school(clock.instant());
		inThreeDays = clock.instant().plus(Duration.ofDays(3));
	}

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@RepeatedTest(5)
	void givesTheLastPlaceToOneOfTwoFamiliesBookingAtOnce() throws Exception {
		UUID slot = fixtures.slot(school, inThreeDays, 1);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);

		Future<String> a = threads.submit(inTransaction(() -> bookWhenTold(first, slot, ready, go)));
		Future<String> b = threads.submit(inTransaction(() -> bookWhenTold(second, slot, ready, go)));
		assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
		go.countDown();

		assertThat(List.of(a.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), b.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)))
			.containsExactlyInAnyOrder("BOOKED", "SLOT_FULL");
		assertOneBookingIn(slot, first, second);
	}

	@Test
	void makesTheSecondFamilyWaitForTheFirstAndThenFindTheSlotFull() throws Exception {
		UUID slot = fixtures.slot(school, inThreeDays, 1);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		CountDownLatch firstBooked = new CountDownLatch(1);
		CountDownLatch secondWaiting = new CountDownLatch(1);

		Future<String> a = threads.submit(inTransaction(() -> {
			String outcome = book(first, slot);
			firstBooked.countDown();
			assertThat(secondWaiting.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
			return outcome;
		}));
		assertThat(firstBooked.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
		Future<String> b = threads.submit(inTransaction(() -> book(second, slot)));
		awaitASessionWaitingForALock();
		secondWaiting.countDown();

		assertThat(a.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("BOOKED");
		assertThat(b.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("SLOT_FULL");
		assertOneBookingIn(slot, first, second);
	}

	@RepeatedTest(5)
	void letsTwoFamiliesSwapSlotsAtOnce() throws Exception {
		UUID one = fixtures.slot(school, inThreeDays, 2);
		UUID other = fixtures.slot(school, inThreeDays.plus(Duration.ofHours(2)), 2);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		appointments.book(first, one);
		appointments.book(second, other);
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);

		Future<String> a = threads.submit(inTransaction(() -> bookWhenTold(first, other, ready, go)));
		Future<String> b = threads.submit(inTransaction(() -> bookWhenTold(second, one, ready, go)));
		assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
		go.countDown();

		assertThat(a.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("BOOKED");
		assertThat(b.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("BOOKED");
		assertThat(appointments.current(first).orElseThrow().slotId()).isEqualTo(other);
		assertThat(appointments.current(second).orElseThrow().slotId()).isEqualTo(one);
		assertThat(bookedPlaces(one)).isEqualTo(1);
		assertThat(bookedPlaces(other)).isEqualTo(1);
	}

	private Callable<String> inTransaction(Work work) {
		return () -> transaction.execute(status -> {
			try {
				return work.run();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
	}

	private String bookWhenTold(UUID application, UUID slot, CountDownLatch ready, CountDownLatch go)
			throws InterruptedException {
		ready.countDown();
		assertThat(go.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
		return book(application, slot);
	}

	private String book(UUID application, UUID slot) {
		try {
			return appointments.book(application, slot).status();
		}
		catch (ProblemException ex) {
			return ex.code();
		}
	}

	private void assertOneBookingIn(UUID slot, UUID first, UUID second) {
		assertThat(bookedPlaces(slot)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from appointment where slot_id = ? and status = 'BOOKED'",
				Integer.class, slot)).isEqualTo(1);
		assertThat(appointments.current(first).isPresent()).isNotEqualTo(appointments.current(second).isPresent());
	}

	private int bookedPlaces(UUID slot) {
		return jdbc.queryForObject("select booked from appointment_slot where id = ?", Integer.class, slot);
	}

	/** Until the database shows a session blocked by another's lock; no sleeping, bounded by a deadline. */
	private void awaitASessionWaitingForALock() throws SQLException {
		String query = postgres() ? """
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock'"""
				: "select count(*) from information_schema.sessions where blocker_id is not null";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (jdbc.queryForObject(query, Integer.class) == 0) {
			assertThat(System.nanoTime()).as("a session waiting for a lock").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private boolean postgres() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	/** What one family does in its transaction. */
	private interface Work {

		String run() throws InterruptedException;

	}

}
