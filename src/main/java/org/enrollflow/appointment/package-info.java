/**
 * On-site review appointments. Schools publish slots (a time range, a place and a capacity) through
 * the admin API, one at a time or as CSV; {@link org.enrollflow.appointment.Appointments} books,
 * reschedules, assigns, cancels and records the outcome of an application's appointment, never
 * beyond a slot's capacity, and publishes {@link org.enrollflow.appointment.AppointmentBooked}.
 * Process timers read an appointment's dates through {@link org.enrollflow.appointment.AppointmentDates}.
 */
package org.enrollflow.appointment;
