package org.enrollflow.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * An application's on-site review appointment.
 *
 * @param id the appointment's id; it stays the same when the family reschedules
 * @param applicationId the application the appointment is for
 * @param slotId the slot booked
 * @param start when the slot begins
 * @param end when the slot ends
 * @param place where the family goes
 * @param status {@code BOOKED}, {@code ATTENDED}, {@code NO_SHOW} or {@code CANCELLED}
 * @param assigned whether the system chose the slot (the family did not pick one in time)
 * @param noShows how many of the application's appointments the family missed so far
 */
public record AppointmentView(UUID id, UUID applicationId, UUID slotId, Instant start, Instant end, String place,
		String status, boolean assigned, int noShows) {
}
