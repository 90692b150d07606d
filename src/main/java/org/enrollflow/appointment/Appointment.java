package org.enrollflow.appointment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application's appointment in a slot. While it is {@code BOOKED}, {@code activeApplicationId}
 * holds the application's id, which the database keeps unique: one booked appointment per
 * application. {@code attempt} counts the application's appointments (a new one after a no-show);
 * rescheduling moves the same appointment to another slot.
 */
@Entity
@Table(name = "appointment")
class Appointment {

	enum Status {

		BOOKED, ATTENDED, NO_SHOW, CANCELLED

	}

	@Id
	private UUID id;

	private UUID applicationId;

	private UUID slotId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private boolean assigned;

	private Instant bookedAt;

	private int attempt;

	private UUID activeApplicationId;

	@Version
	private Long version;

	protected Appointment() {
	}

	Appointment(UUID applicationId, UUID slotId, boolean assigned, Instant now, int attempt) {
		this.id = UUID.randomUUID();
		this.applicationId = applicationId;
		this.slotId = slotId;
		this.status = Status.BOOKED;
		this.assigned = assigned;
		this.bookedAt = now;
		this.attempt = attempt;
		this.activeApplicationId = applicationId;
	}

	UUID id() {
		return id;
	}

	UUID applicationId() {
		return applicationId;
	}

	UUID slotId() {
		return slotId;
	}

	Status status() {
		return status;
	}

	boolean assigned() {
		return assigned;
	}

	/** The family picked another slot. */
	void moveTo(UUID slotId, Instant now) {
		requireBooked();
		this.slotId = slotId;
		this.assigned = false;
		this.bookedAt = now;
	}

	void attended() {
		end(Status.ATTENDED);
	}

	void noShow() {
		end(Status.NO_SHOW);
	}

	void cancel() {
		end(Status.CANCELLED);
	}

	private void end(Status outcome) {
		requireBooked();
		this.status = outcome;
		this.activeApplicationId = null;
	}

	private void requireBooked() {
		if (status != Status.BOOKED) {
			throw new IllegalStateException("Appointment " + id + " is " + status + ", not BOOKED");
		}
	}

}
