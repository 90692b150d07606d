package org.enrollflow.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A real-estate certificate (不动产权证书).
 * @param certificateNumber exactly as the registry writes it
 * @param usage {@code RESIDENTIAL}, or the registry's text for any other use
 */
public record PropertyRecord(String certificateNumber, List<String> ownerIdNumbers, String address, String district,
		String usage, BigDecimal areaM2, LocalDate registeredOn) {

	public static final String RESIDENTIAL = "RESIDENTIAL";

	public PropertyRecord {
		ownerIdNumbers = List.copyOf(ownerIdNumbers);
	}

	public boolean residential() {
		return RESIDENTIAL.equals(usage);
	}

}
