package org.enrollflow.registry;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "registry_catchment")
class CatchmentEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	private String schoolCode;

	private String addressPrefix;

	private String prefixKey;

	private Instant importedAt;

	void update(RegistryRows.Catchment catchment, Instant now) {
		this.schoolCode = catchment.schoolCode();
		this.addressPrefix = catchment.addressPrefix();
		this.prefixKey = RegistryKeys.address(catchment.addressPrefix());
		this.importedAt = now;
	}

	String schoolCode() {
		return schoolCode;
	}

	String prefixKey() {
		return prefixKey;
	}

}
