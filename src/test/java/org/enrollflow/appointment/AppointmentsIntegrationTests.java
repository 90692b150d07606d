package org.enrollflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.shared.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@EnrollFlowIntegrationTest
@RecordApplicationEvents
class AppointmentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Appointments appointments;

	@Autowired
	AppointmentDates dates;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEvents events;

	private AppointmentFixtures fixtures;

	private UUID school;

	private Instant now;

	private final UUID application = UUID.randomUUID();

	@BeforeEach
	void createSchool() throws Exception {
		ClockUtil.reset();
		fixtures = new AppointmentFixtures(mvc);
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		school = fixtures.school(now);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void offersTheOpenSlotsWithRoomEarliestFirst() throws Exception {
		UUID inFiveDays = fixtures.slot(school, now.plus(Duration.ofDays(5)), 2);
		UUID inThreeDays = fixtures.slot(school, now.plus(Duration.ofDays(3)), 1);
		UUID full = fixtures.slot(school, now.plus(Duration.ofDays(2)), 1);
		fixtures.slot(school, now.plus(Duration.ofHours(12)), 5);
		fixtures.slot(fixtures.school(now), now.plus(Duration.ofDays(4)), 5);
		appointments.book(UUID.randomUUID(), full);
		appointments.book(UUID.randomUUID(), inFiveDays);

		assertThat(appointments.freeSlots(school)).containsExactly(
				new SlotView(inThreeDays, school, now.plus(Duration.ofDays(3)),
						now.plus(Duration.ofDays(3)).plus(AppointmentFixtures.SLOT_LENGTH), AppointmentFixtures.PLACE, 1, 1),
				new SlotView(inFiveDays, school, now.plus(Duration.ofDays(5)),
						now.plus(Duration.ofDays(5)).plus(AppointmentFixtures.SLOT_LENGTH), AppointmentFixtures.PLACE, 2, 1));

		moveClockTo(now.plus(Duration.ofDays(2)));
		assertThat(appointments.freeSlots(school)).extracting(SlotView::id).containsExactly(inFiveDays);

		moveClockTo(now.plus(Duration.ofDays(4)));
		assertThat(appointments.freeSlots(school)).isEmpty();
	}

	@Test
	void booksASlot() throws Exception {
		Instant start = now.plus(Duration.ofDays(3));
		UUID slot = fixtures.slot(school, start, 2);

		AppointmentView booked = appointments.book(application, slot);

		assertThat(booked).isEqualTo(new AppointmentView(booked.id(), application, slot, start,
				start.plus(AppointmentFixtures.SLOT_LENGTH), AppointmentFixtures.PLACE, "BOOKED", false, 0));
		assertThat(appointments.current(application)).contains(booked);
		assertThat(bookedPlaces(slot)).isEqualTo(1);
		assertThat(events.stream(AppointmentBooked.class))
			.containsExactly(new AppointmentBooked(application, booked.id(), false));
	}

	@Test
	void changesNothingWhenTheBookedSlotIsBookedAgain() throws Exception {
		UUID slot = fixtures.slot(school, now.plus(Duration.ofDays(3)), 2);
		AppointmentView booked = appointments.book(application, slot);

		assertThat(appointments.book(application, slot)).isEqualTo(booked);
		assertThat(bookedPlaces(slot)).isEqualTo(1);
		assertThat(events.stream(AppointmentBooked.class)).hasSize(1);
	}

	@Test
	void reschedulesToAnotherSlotAndFreesTheOldOne() throws Exception {
		UUID first = fixtures.slot(school, now.plus(Duration.ofDays(3)), 1);
		UUID second = fixtures.slot(school, now.plus(Duration.ofDays(4)), 1);
		AppointmentView booked = appointments.book(application, first);

		AppointmentView moved = appointments.book(application, second);

		assertThat(moved.id()).isEqualTo(booked.id());
		assertThat(moved.slotId()).isEqualTo(second);
		assertThat(moved.start()).isEqualTo(now.plus(Duration.ofDays(4)));
		assertThat(moved.status()).isEqualTo("BOOKED");
		assertThat(bookedPlaces(first)).isZero();
		assertThat(bookedPlaces(second)).isEqualTo(1);
		assertThat(appointments.freeSlots(school)).extracting(SlotView::id).containsExactly(first);
		assertThat(events.stream(AppointmentBooked.class)).containsExactly(
				new AppointmentBooked(application, booked.id(), false),
				new AppointmentBooked(application, booked.id(), true));
	}

	@Test
	void refusesAFullSlot() throws Exception {
		UUID slot = fixtures.slot(school, now.plus(Duration.ofDays(3)), 1);
		appointments.book(UUID.randomUUID(), slot);

		assertProblem(() -> appointments.book(application, slot), HttpStatus.CONFLICT, "SLOT_FULL");
		assertThat(appointments.current(application)).isEmpty();
		assertThat(bookedPlaces(slot)).isEqualTo(1);
	}

	@Test
	void keepsTheBookedSlotWhenTheNewOneIsFull() throws Exception {
		UUID first = fixtures.slot(school, now.plus(Duration.ofDays(3)), 1);
		UUID full = fixtures.slot(school, now.plus(Duration.ofDays(4)), 1);
		appointments.book(UUID.randomUUID(), full);
		appointments.book(application, first);

		assertProblem(() -> appointments.book(application, full), HttpStatus.CONFLICT, "SLOT_FULL");
		assertThat(appointments.current(application).orElseThrow().slotId()).isEqualTo(first);
		assertThat(bookedPlaces(first)).isEqualTo(1);
		assertThat(bookedPlaces(full)).isEqualTo(1);
	}

	@Test
	void refusesAnUnknownSlot() {
		assertProblem(() -> appointments.book(application, UUID.randomUUID()), HttpStatus.NOT_FOUND, "SLOT_NOT_FOUND");
	}

	@Test
	void refusesASlotPastItsCutoff() throws Exception {
		UUID soon = fixtures.slot(school, now.plus(Duration.ofHours(23)), 5);

		assertProblem(() -> appointments.book(application, soon), HttpStatus.CONFLICT, "RESCHEDULE_CUTOFF_PASSED");
		assertThat(appointments.current(application)).isEmpty();
		assertThat(bookedPlaces(soon)).isZero();
	}

	@Test
	void refusesToMoveAnAppointmentPastItsCutoff() throws Exception {
		UUID first = fixtures.slot(school, now.plus(Duration.ofDays(2)), 5);
		UUID later = fixtures.slot(school, now.plus(Duration.ofDays(5)), 5);
		appointments.book(application, first);
		moveClockTo(now.plus(Duration.ofDays(1)).minusSeconds(1));
		assertThat(appointments.book(application, later).slotId()).isEqualTo(later);
		assertThat(appointments.book(application, first).slotId()).isEqualTo(first);

		moveClockTo(now.plus(Duration.ofDays(1)));
		assertProblem(() -> appointments.book(application, later), HttpStatus.CONFLICT, "RESCHEDULE_CUTOFF_PASSED");
		assertThat(appointments.current(application).orElseThrow().slotId()).isEqualTo(first);
		assertThat(bookedPlaces(first)).isEqualTo(1);
		assertThat(bookedPlaces(later)).isZero();
	}

	@Test
	void assignsTheEarliestOpenSlotWithRoom() throws Exception {
		fixtures.slot(school, now.plus(Duration.ofHours(20)), 5);
		UUID full = fixtures.slot(school, now.plus(Duration.ofDays(2)), 1);
		UUID earliestFree = fixtures.slot(school, now.plus(Duration.ofDays(3)), 5);
		fixtures.slot(school, now.plus(Duration.ofDays(4)), 5);
		appointments.book(UUID.randomUUID(), full);

		AppointmentView assigned = appointments.assignEarliest(application, school);

		assertThat(assigned.slotId()).isEqualTo(earliestFree);
		assertThat(assigned.assigned()).isTrue();
		assertThat(assigned.status()).isEqualTo("BOOKED");
		assertThat(bookedPlaces(earliestFree)).isEqualTo(1);
		assertThat(events.stream(AppointmentBooked.class))
			.endsWith(new AppointmentBooked(application, assigned.id(), false));
	}

	@Test
	void keepsABookingWhenAskedToAssignOne() throws Exception {
		fixtures.slot(school, now.plus(Duration.ofDays(2)), 5);
		UUID picked = fixtures.slot(school, now.plus(Duration.ofDays(3)), 5);
		AppointmentView booked = appointments.book(application, picked);

		assertThat(appointments.assignEarliest(application, school)).isEqualTo(booked);
		assertThat(bookedPlaces(picked)).isEqualTo(1);
	}

	@Test
	void marksAnAssignedAppointmentAsPickedOnceTheFamilyMovesIt() throws Exception {
		fixtures.slot(school, now.plus(Duration.ofDays(2)), 5);
		UUID later = fixtures.slot(school, now.plus(Duration.ofDays(3)), 5);
		appointments.assignEarliest(application, school);

		assertThat(appointments.book(application, later).assigned()).isFalse();
	}

	@Test
	void answersNoFreeSlotWhenNoneIsOpen() throws Exception {
		UUID full = fixtures.slot(school, now.plus(Duration.ofDays(2)), 1);
		fixtures.slot(school, now.plus(Duration.ofHours(20)), 5);
		appointments.book(UUID.randomUUID(), full);

		assertProblem(() -> appointments.assignEarliest(application, school), HttpStatus.CONFLICT, "NO_FREE_SLOT");
		assertThat(appointments.current(application)).isEmpty();
	}

	@Test
	void leavesTheCallersTransactionUsableAfterARefusal() throws Exception {
		UUID otherSchool = fixtures.school(now);
		UUID slot = fixtures.slot(school, now.plus(Duration.ofDays(3)), 5);

		transaction.executeWithoutResult(status -> {
			assertProblem(() -> appointments.assignEarliest(application, otherSchool), HttpStatus.CONFLICT,
					"NO_FREE_SLOT");
			appointments.book(application, slot);
		});

		assertThat(appointments.current(application).orElseThrow().slotId()).isEqualTo(slot);
	}

	@Test
	void countsNoShowsWithoutFreeingThePlace() throws Exception {
		UUID first = fixtures.slot(school, now.plus(Duration.ofDays(2)), 5);
		UUID second = fixtures.slot(school, now.plus(Duration.ofDays(5)), 5);
		appointments.book(application, first);
		moveClockTo(now.plus(Duration.ofDays(2)).plus(AppointmentFixtures.SLOT_LENGTH));

		AppointmentView missed = appointments.markNoShow(application);

		assertThat(missed.status()).isEqualTo("NO_SHOW");
		assertThat(missed.noShows()).isEqualTo(1);
		assertThat(appointments.current(application)).contains(missed);
		assertThat(bookedPlaces(first)).isEqualTo(1);

		AppointmentView again = appointments.assignEarliest(application, school);
		assertThat(again.id()).isNotEqualTo(missed.id());
		assertThat(again.slotId()).isEqualTo(second);
		assertThat(again.noShows()).isEqualTo(1);
		assertThat(appointments.current(application)).contains(again);

		moveClockTo(now.plus(Duration.ofDays(6)));
		assertThat(appointments.markNoShow(application).noShows()).isEqualTo(2);
		assertThat(appointments.noShows(application)).isEqualTo(2);
		assertThat(appointments.current(application).orElseThrow().slotId()).isEqualTo(second);
	}

	@Test
	void marksAnAppointmentAttended() throws Exception {
		UUID slot = fixtures.slot(school, now.plus(Duration.ofDays(2)), 5);
		appointments.book(application, slot);

		AppointmentView attended = appointments.markAttended(application);

		assertThat(attended.status()).isEqualTo("ATTENDED");
		assertThat(attended.noShows()).isZero();
		assertThat(bookedPlaces(slot)).isEqualTo(1);
		assertProblem(() -> appointments.markAttended(application), HttpStatus.NOT_FOUND, "APPOINTMENT_NOT_FOUND");
		assertProblem(() -> appointments.markNoShow(application), HttpStatus.NOT_FOUND, "APPOINTMENT_NOT_FOUND");
	}

	@Test
	void refusesToMarkAnApplicationWithoutAppointment() {
		assertProblem(() -> appointments.markNoShow(application), HttpStatus.NOT_FOUND, "APPOINTMENT_NOT_FOUND");
		assertProblem(() -> appointments.markAttended(application), HttpStatus.NOT_FOUND, "APPOINTMENT_NOT_FOUND");
		assertThat(appointments.noShows(application)).isZero();
		assertThat(appointments.current(application)).isEmpty();
	}

	@Test
	void cancelsAndFreesThePlace() throws Exception {
		UUID slot = fixtures.slot(school, now.plus(Duration.ofDays(2)), 1);
		AppointmentView booked = appointments.book(application, slot);

		appointments.cancel(application);

		assertThat(bookedPlaces(slot)).isZero();
		assertThat(appointments.current(application).orElseThrow().status()).isEqualTo("CANCELLED");
		appointments.cancel(application);
		assertThat(bookedPlaces(slot)).isZero();

		AppointmentView rebooked = appointments.book(application, slot);
		assertThat(rebooked.id()).isNotEqualTo(booked.id());
		assertThat(appointments.current(application)).contains(rebooked);
		assertThat(bookedPlaces(slot)).isEqualTo(1);
	}

	@Test
	void givesTimersTheReminderAndTheStartOfTheSlot() throws Exception {
		Instant start = now.plus(Duration.ofDays(3));
		UUID slot = fixtures.slot(school, start, 5);
		UUID later = fixtures.slot(school, start.plus(Duration.ofDays(1)), 5);
		appointments.book(application, slot);

		assertThat(dates.slotStart(application.toString())).isEqualTo(Date.from(start));
		assertThat(dates.reminderTime(application.toString())).isEqualTo(Date.from(start.minus(Duration.ofDays(1))));

		appointments.book(application, later);
		assertThat(dates.reminderTime(application.toString())).isEqualTo(Date.from(start));
	}

	@Test
	void givesTimersTheEpochForAnApplicationWithoutAppointment() {
		assertThat(dates.slotStart(application.toString())).isEqualTo(Date.from(Instant.EPOCH));
		assertThat(dates.reminderTime(application.toString())).isEqualTo(Date.from(Instant.EPOCH));
	}

	private int bookedPlaces(UUID slot) {
		return jdbc.queryForObject("select booked from appointment_slot where id = ?", Integer.class, slot);
	}

	private static void moveClockTo(Instant at) {
		ClockUtil.setCurrentTime(Date.from(at));
	}

	private static void assertProblem(ThrowingCallable call, HttpStatus status, String code) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
			assertThat(problem.status()).isEqualTo(status);
			assertThat(problem.code()).isEqualTo(code);
		});
	}

}
