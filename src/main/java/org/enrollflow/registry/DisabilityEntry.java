package org.enrollflow.registry;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.enrollflow.shared.IdNumberProtector;

@Entity
@Table(name = "registry_disability")
class DisabilityEntry {

	private static final String TYPE_SEPARATOR = ";";

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	private String certificateNumber;

	private String certificateKey;

	@Embedded
	@AttributeOverride(name = "encrypted", column = @Column(name = "holder_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "holder_id_hash"))
	private ProtectedIdNumber holderIdNumber;

	private String types;

	private Instant importedAt;

	void update(DisabilityRecord record, IdNumberProtector protector, Instant now) {
		this.certificateNumber = record.certificateNumber();
		this.certificateKey = RegistryKeys.upperCased(record.certificateNumber());
		this.holderIdNumber = ProtectedIdNumber.of(record.holderIdNumber(), protector);
		this.types = String.join(TYPE_SEPARATOR, record.types());
		this.importedAt = now;
	}

	DisabilityRecord toRecord(IdNumberProtector protector) {
		return new DisabilityRecord(certificateNumber, ProtectedIdNumber.reveal(holderIdNumber, protector),
				Arrays.asList(types.split(TYPE_SEPARATOR)));
	}

}
