package org.enrollflow.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.enrollflow.shared.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications' on-site review appointments. Each method joins the caller's transaction. A slot's
 * places are taken by a conditional update that the database decides under the slot's row lock,
 * so a slot is never booked beyond its capacity, also when families race for its last place.
 * <p>
 * A slot is open while its cut-off ({@code enrollflow.appointment.reschedule-cutoff}, by default
 * 24 hours before it begins, by the {@link Clock} bean) has not passed: only open slots are offered,
 * booked, assigned, or left by a reschedule.
 * <p>
 * Every {@link ProblemException} is thrown before anything changes and does not mark the caller's
 * transaction for rollback, so a caller may catch one (for example {@code NO_FREE_SLOT}) and go on.
 * Writes lock slots before appointments, so that concurrent writes wait rather than deadlock.
 */
@Service
@Transactional(noRollbackFor = ProblemException.class)
public class Appointments {

	private final AppointmentSlotRepository slots;
	private final AppointmentRepository appointments;
	private final AppointmentSettings settings;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final EntityManager entityManager;

	Appointments(AppointmentSlotRepository slots, AppointmentRepository appointments, AppointmentSettings settings,
			Clock clock, ApplicationEventPublisher events, EntityManager entityManager) {
		this.slots = slots;
		this.appointments = appointments;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.entityManager = entityManager;
	}

	/** The school's open slots with room, earliest first. */
	@Transactional(readOnly = true)
	public List<SlotView> freeSlots(UUID schoolId) {
		return slots.findWithRoom(schoolId, openAfter(clock.instant())).stream().map(AppointmentSlot::toView).toList();
	}

	/**
	 * Books the slot for the application, or moves the application's booked appointment to it (which
	 * frees its place in the old slot). Booking the slot already booked changes nothing.
	 * @return the booked appointment
	 * @throws ProblemException 404 {@code SLOT_NOT_FOUND}; 409 {@code RESCHEDULE_CUTOFF_PASSED} when
	 * the slot, or the slot of the appointment to move, is past its cut-off; 409 {@code SLOT_FULL}
	 */
	public AppointmentView book(UUID applicationId, UUID slotId) {
		AppointmentSlot slot = slots.findById(slotId).orElseThrow(() -> ProblemException.notFound("SLOT_NOT_FOUND"));
		Optional<Appointment> booked = appointments.findByActiveApplicationId(applicationId);
		if (booked.isPresent() && booked.get().slotId().equals(slotId)) {
			return view(booked.get(), slot);
		}
		Instant now = clock.instant();
		Optional<AppointmentSlot> bookedSlot = booked.map(appointment -> slot(appointment.slotId()));
		if (!slot.openAt(now, settings.rescheduleCutoff())
				|| bookedSlot.filter(old -> !old.openAt(now, settings.rescheduleCutoff())).isPresent()) {
			throw ProblemException.conflict("RESCHEDULE_CUTOFF_PASSED");
		}
		if (booked.isEmpty()) {
			takePlace(slot);
			return recordBooking(applicationId, slot, false, now);
		}
		AppointmentSlot old = bookedSlot.orElseThrow();
		slots.lockInOrder(List.of(slot.id(), old.id()));
		takePlace(slot);
		releasePlace(old);
		Appointment appointment = booked.get();
		appointment.moveTo(slot.id(), now);
		appointments.save(appointment);
		entityManager.flush();
		events.publishEvent(new AppointmentBooked(applicationId, appointment.id(), true));
		return view(appointment, slot);
	}

	/**
	 * Books the school's earliest open slot with room for the application, as the system's choice.
	 * An application that already has a booked appointment keeps it.
	 * @throws ProblemException 409 {@code NO_FREE_SLOT} when the school has no open slot with room
	 */
	public AppointmentView assignEarliest(UUID applicationId, UUID schoolId) {
		Optional<Appointment> booked = appointments.findByActiveApplicationId(applicationId);
		if (booked.isPresent()) {
			return view(booked.get(), slot(booked.get().slotId()));
		}
		Instant now = clock.instant();
		for (AppointmentSlot slot : slots.findWithRoom(schoolId, openAfter(now))) {
			if (slots.takePlace(slot.id()) == 1) {
				entityManager.refresh(slot);
				return recordBooking(applicationId, slot, true, now);
			}
		}
		throw ProblemException.conflict("NO_FREE_SLOT");
	}

	/** The application's booked appointment, else its latest one. */
	@Transactional(readOnly = true)
	public Optional<AppointmentView> current(UUID applicationId) {
		return appointments.findByActiveApplicationId(applicationId)
			.or(() -> appointments.findFirstByApplicationIdOrderByAttemptDesc(applicationId))
			.map(appointment -> view(appointment, slot(appointment.slotId())));
	}

	/**
	 * Records that the family did not come to its booked appointment. The place stays taken: the
	 * slot has passed.
	 * @throws ProblemException 404 {@code APPOINTMENT_NOT_FOUND} when nothing is booked
	 */
	public AppointmentView markNoShow(UUID applicationId) {
		Appointment appointment = booked(applicationId);
		appointment.noShow();
		return saved(appointment);
	}

	/**
	 * Records that the family came to its booked appointment.
	 * @throws ProblemException 404 {@code APPOINTMENT_NOT_FOUND} when nothing is booked
	 */
	public AppointmentView markAttended(UUID applicationId) {
		Appointment appointment = booked(applicationId);
		appointment.attended();
		return saved(appointment);
	}

	/** How many appointments the family of the application missed. */
	@Transactional(readOnly = true)
	public int noShows(UUID applicationId) {
		return appointments.countByApplicationIdAndStatus(applicationId, Appointment.Status.NO_SHOW);
	}

	/** Cancels the application's booked appointment and frees its place; nothing happens without one. */
	public void cancel(UUID applicationId) {
		appointments.findByActiveApplicationId(applicationId).ifPresent(appointment -> {
			releasePlace(slot(appointment.slotId()));
			appointment.cancel();
			appointments.save(appointment);
			entityManager.flush();
		});
	}

	private AppointmentView recordBooking(UUID applicationId, AppointmentSlot slot, boolean assigned, Instant now) {
		Appointment appointment = appointments.save(new Appointment(applicationId, slot.id(), assigned, now,
				appointments.lastAttempt(applicationId) + 1));
		entityManager.flush();
		events.publishEvent(new AppointmentBooked(applicationId, appointment.id(), false));
		return view(appointment, slot);
	}

	private void takePlace(AppointmentSlot slot) {
		if (slots.takePlace(slot.id()) != 1) {
			throw ProblemException.conflict("SLOT_FULL");
		}
		entityManager.refresh(slot);
	}

	private void releasePlace(AppointmentSlot slot) {
		slots.releasePlace(slot.id());
		entityManager.refresh(slot);
	}

	private Appointment booked(UUID applicationId) {
		return appointments.findByActiveApplicationId(applicationId)
			.orElseThrow(() -> ProblemException.notFound("APPOINTMENT_NOT_FOUND"));
	}

	private AppointmentView saved(Appointment appointment) {
		appointments.save(appointment);
		entityManager.flush();
		return view(appointment, slot(appointment.slotId()));
	}

	private AppointmentSlot slot(UUID id) {
		return slots.findById(id).orElseThrow(() -> new IllegalStateException("No slot " + id));
	}

	private AppointmentView view(Appointment appointment, AppointmentSlot slot) {
		return slot.toAppointmentView(appointment, noShows(appointment.applicationId()));
	}

	/** Slots beginning after this instant are still open at {@code now}. */
	private Instant openAfter(Instant now) {
		return now.plus(settings.rescheduleCutoff());
	}

}
