package org.enrollflow.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * A slot as administrators see it, with the places booked.
 */
record AdminSlot(UUID id, UUID schoolId, UUID campaignId, Instant start, Instant end, String place, int capacity,
		int booked, int free) {
}
