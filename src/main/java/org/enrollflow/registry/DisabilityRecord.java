package org.enrollflow.registry;

import java.util.List;

/**
 * A disability certificate (残疾人证).
 * @param types the kinds of disability the certificate records
 */
public record DisabilityRecord(String certificateNumber, String holderIdNumber, List<String> types) {

	public DisabilityRecord {
		types = List.copyOf(types);
	}

}
