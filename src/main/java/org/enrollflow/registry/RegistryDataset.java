package org.enrollflow.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The datasets an administrator imports, each with its path segment and exact CSV header. */
enum RegistryDataset {

	PERSONS("persons", "id_number", "name", "birth_date", "household_number", "hukou_region", "father_id_number",
			"mother_id_number"),

	RESIDENCE_PERMITS("residence-permits", "holder_id_number", "permit_number", "region", "residence_since"),

	PROPERTIES("properties", "certificate_number", "owner_id_numbers", "address", "district", "usage", "area_m2",
			"registered_on"),

	PURCHASE_CONTRACTS("purchase-contracts", "contract_number", "buyer_id_numbers", "address", "district", "usage",
			"filed_on"),

	DISABILITIES("disabilities", "certificate_number", "holder_id_number", "types"),

	SOCIAL_INSURANCE("social-insurance", "id_number", "region", "months"),

	CATCHMENTS("catchments", "school_code", "address_prefix");

	private final String path;
	private final List<String> columns;

	RegistryDataset(String path, String... columns) {
		this.path = path;
		this.columns = List.of(columns);
	}

	static Optional<RegistryDataset> byPath(String path) {
		return Arrays.stream(values()).filter(dataset -> dataset.path.equals(path)).findFirst();
	}

	String path() {
		return path;
	}

	List<String> columns() {
		return columns;
	}

	String header() {
		return String.join(",", columns);
	}

}
