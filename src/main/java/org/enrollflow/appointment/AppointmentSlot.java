package org.enrollflow.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A time range at a place where a school reviews families' originals, for up to {@code capacity}
 * families. Its booked count changes only through the conditional updates of
 * {@link AppointmentSlotRepository}, never through the entity.
 */
@Entity
@Table(name = "appointment_slot")
class AppointmentSlot {

	@Id
	private UUID id;

	private UUID schoolId;

	private UUID campaignId;

	private Instant startsAt;

	private Instant endsAt;

	private String place;

	private int capacity;

	@Column(updatable = false)
	private int booked;

	@Version
	private Long version;

	protected AppointmentSlot() {
	}

	AppointmentSlot(UUID schoolId, UUID campaignId, SlotRules.NewSlot slot) {
		this.id = UUID.randomUUID();
		this.schoolId = schoolId;
		this.campaignId = campaignId;
		this.startsAt = slot.start();
		this.endsAt = slot.end();
		this.place = slot.place();
		this.capacity = slot.capacity();
	}

	UUID id() {
		return id;
	}

	Instant startsAt() {
		return startsAt;
	}

	/** Whether the slot may still be booked, or an appointment in it moved, at {@code now}. */
	boolean openAt(Instant now, Duration cutoff) {
		return now.isBefore(startsAt.minus(cutoff));
	}

	SlotView toView() {
		return new SlotView(id, schoolId, startsAt, endsAt, place, capacity, capacity - booked);
	}

	AdminSlot toAdminView() {
		return new AdminSlot(id, schoolId, campaignId, startsAt, endsAt, place, capacity, booked, capacity - booked);
	}

	AppointmentView toAppointmentView(Appointment appointment, int noShows) {
		return new AppointmentView(appointment.id(), appointment.applicationId(), id, startsAt, endsAt, place,
				appointment.status().name(), appointment.assigned(), noShows);
	}

}
