package org.enrollflow.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * An on-site review slot as families see it.
 *
 * @param id the slot's id, to book it with
 * @param schoolId the school holding the review
 * @param start when the slot begins
 * @param end when the slot ends
 * @param place where the family goes, as the school wrote it
 * @param capacity how many families the slot takes
 * @param free how many places are still free
 */
public record SlotView(UUID id, UUID schoolId, Instant start, Instant end, String place, int capacity, int free) {
}
