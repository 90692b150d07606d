package org.enrollflow.appointment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The module's settings, under {@code enrollflow.appointment}.
 * @param rescheduleCutoff how long before a slot begins it can no longer be booked, nor an
 * appointment in it moved (ISO-8601, e.g. {@code PT24H})
 * @param reminderLead how long before a slot begins the family is reminded
 */
@ConfigurationProperties("enrollflow.appointment")
record AppointmentSettings(@DefaultValue("PT24H") Duration rescheduleCutoff, @DefaultValue("P1D") Duration reminderLead) {

	AppointmentSettings {
		if (rescheduleCutoff.isNegative()) {
			throw new IllegalArgumentException("enrollflow.appointment.reschedule-cutoff must not be negative");
		}
		if (reminderLead.isNegative()) {
			throw new IllegalArgumentException("enrollflow.appointment.reminder-lead must not be negative");
		}
	}

}
