package org.enrollflow.registry;

import java.time.LocalDate;

/**
 * A residence permit (居住证).
 * @param region the administrative code of the place of residence
 * @param residenceSince the start of the holder's continuous residence there
 */
public record ResidencePermitRecord(String holderIdNumber, String permitNumber, String region,
		LocalDate residenceSince) {
}
