package org.enrollflow.allocation;

import java.time.Instant;
import java.util.Objects;

/**
 * A confirmed case of the general path waiting for a public seat, admitted nowhere else.
 *
 * @param applicationId the application
 * @param address the verified address (the property's, else the declared one), normalized as the
 * catchment prefixes are
 * @param hukouAtPropertyAddress whether the child's hukou and the family's property are at the same
 * address (户籍与房产一致), which goes first
 * @param confirmedAt when the family confirmed the case; earlier goes first among equals
 */
public record CatchmentCase(String applicationId, String address, boolean hukouAtPropertyAddress,
		Instant confirmedAt) {

	public CatchmentCase {
		Identifiers.require(applicationId, "applicationId");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(confirmedAt, "confirmedAt");
	}

}
