package org.enrollflow.appointment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AppointmentSlotRepository extends Repository<AppointmentSlot, UUID> {

	AppointmentSlot save(AppointmentSlot slot);

	Optional<AppointmentSlot> findById(UUID id);

	@Query("select s from AppointmentSlot s where s.schoolId = :schoolId order by s.startsAt, s.place, s.id")
	List<AppointmentSlot> findBySchool(UUID schoolId);

	/** The school's slots with room that begin after {@code after}, earliest first. */
	@Query("""
			select s from AppointmentSlot s
			where s.schoolId = :schoolId and s.startsAt > :after and s.booked < s.capacity
			order by s.startsAt, s.place, s.id""")
	List<AppointmentSlot> findWithRoom(UUID schoolId, Instant after);

	/**
	 * Takes one place if the slot has room. The database decides under the row's lock, so two
	 * transactions racing for the last place cannot both take it.
	 * @return 1 when a place was taken; 0 when the slot is full
	 */
	@Modifying(flushAutomatically = true)
	@Query("""
			update AppointmentSlot s set s.booked = s.booked + 1, s.version = s.version + 1
			where s.id = :id and s.booked < s.capacity""")
	int takePlace(UUID id);

	@Modifying(flushAutomatically = true)
	@Query("""
			update AppointmentSlot s set s.booked = s.booked - 1, s.version = s.version + 1
			where s.id = :id and s.booked > 0""")
	int releasePlace(UUID id);

	/**
	 * Locks the slots' rows in id order, so that two transactions moving appointments between the
	 * same slots in opposite directions wait for each other instead of deadlocking.
	 * @return one row per slot locked, whose value means nothing
	 */
	@Query(value = "select 1 from appointment_slot where id in (:ids) order by id for update", nativeQuery = true)
	List<Integer> lockInOrder(Collection<UUID> ids);

}
