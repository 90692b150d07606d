package org.enrollflow.appointment;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * An application's appointment dates for BPMN timer expressions, such as
 * {@code ${appointmentDates.reminderTime(applicationId)}} with the process variable
 * {@code applicationId} (the application's id as text). Each call reads the appointment as it
 * stands: its booked appointment, else its latest one (see {@link Appointments#current}). An
 * application that never had an appointment gets the epoch (1970-01-01T00:00:00Z), so that a timer
 * started by mistake fires at once instead of failing the transaction that starts it.
 */
@Component("appointmentDates")
public class AppointmentDates {

	private final Appointments appointments;
	private final AppointmentSettings settings;

	AppointmentDates(Appointments appointments, AppointmentSettings settings) {
		this.appointments = appointments;
		this.settings = settings;
	}

	/**
	 * When the family is reminded: the slot's start less {@code enrollflow.appointment.reminder-lead}
	 * (one day by default). It may be past already when the slot was booked late; the timer then
	 * fires at once.
	 */
	public Date reminderTime(String applicationId) {
		return Date.from(slotStartOf(applicationId).map(start -> start.minus(settings.reminderLead()))
			.orElse(Instant.EPOCH));
	}

	/** When the appointment's slot begins. */
	public Date slotStart(String applicationId) {
		return Date.from(slotStartOf(applicationId).orElse(Instant.EPOCH));
	}

	private Optional<Instant> slotStartOf(String applicationId) {
		return appointments.current(UUID.fromString(applicationId)).map(AppointmentView::start);
	}

}
