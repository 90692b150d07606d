package org.enrollflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the registries returned during verification, shown to the parent beside their entries. */
public record RegistryFindings(String propertyCertificateNumber, String propertyAddress, BigDecimal propertyAreaM2,
		LocalDate propertyRegisteredOn, String propertyDistrict, String hukouRegion, LocalDate residenceSince) {

	public static RegistryFindings none() {
		return new RegistryFindings(null, null, null, null, null, null, null);
	}

}
