package org.enrollflow.verificationcode;

import java.time.Instant;
import java.util.UUID;

/**
 * The code on record for an account and purpose.
 * @param codeId tells this code from the one that replaces it
 * @param codeHash see {@link CodeHasher}
 * @param usedAt when it was used, {@code null} while unused
 */
record StoredCode(UUID accountId, Purpose purpose, UUID codeId, String codeHash, Instant sentAt, Instant expiresAt,
		int wrongTries, Instant usedAt) {

	boolean used() {
		return usedAt != null;
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}

}
