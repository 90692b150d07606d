package org.enrollflow.appointment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AppointmentRepository extends Repository<Appointment, UUID> {

	Appointment save(Appointment appointment);

	/** The application's booked appointment. */
	Optional<Appointment> findByActiveApplicationId(UUID applicationId);

	Optional<Appointment> findFirstByApplicationIdOrderByAttemptDesc(UUID applicationId);

	int countByApplicationIdAndStatus(UUID applicationId, Appointment.Status status);

	@Query("select coalesce(max(a.attempt), 0) from Appointment a where a.applicationId = :applicationId")
	int lastAttempt(UUID applicationId);

}
