package org.enrollflow.registry;

import java.time.Instant;
import java.time.LocalDate;
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
@Table(name = "registry_residence_permit")
class ResidencePermitEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@Embedded
	@AttributeOverride(name = "encrypted", column = @Column(name = "holder_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "holder_id_hash"))
	private ProtectedIdNumber holderIdNumber;

	private String permitNumber;

	private String region;

	private LocalDate residenceSince;

	private Instant importedAt;

	void update(ResidencePermitRecord record, IdNumberProtector protector, Instant now) {
		this.holderIdNumber = ProtectedIdNumber.of(record.holderIdNumber(), protector);
		this.permitNumber = record.permitNumber();
		this.region = record.region();
		this.residenceSince = record.residenceSince();
		this.importedAt = now;
	}

	ResidencePermitRecord toRecord(IdNumberProtector protector) {
		return new ResidencePermitRecord(ProtectedIdNumber.reveal(holderIdNumber, protector), permitNumber, region,
				residenceSince);
	}

}
