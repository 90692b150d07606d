package org.enrollflow.appointment;

import java.util.UUID;

/**
 * An application got an appointment, or moved its appointment to another slot. Published in the
 * transaction of the booking.
 *
 * @param applicationId the application
 * @param appointmentId the appointment (the same one before and after a reschedule)
 * @param rescheduled whether an existing appointment moved to another slot
 */
public record AppointmentBooked(UUID applicationId, UUID appointmentId, boolean rescheduled) {
}
