package org.enrollflow.registry;

import java.time.Instant;
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
@Table(name = "registry_social_insurance")
class SocialInsuranceEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@Embedded
	@AttributeOverride(name = "encrypted", column = @Column(name = "person_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "person_id_hash"))
	private ProtectedIdNumber idNumber;

	private String region;

	private int months;

	private Instant importedAt;

	void update(SocialInsuranceRecord record, IdNumberProtector protector, Instant now) {
		this.idNumber = ProtectedIdNumber.of(record.idNumber(), protector);
		this.region = record.region();
		this.months = record.months();
		this.importedAt = now;
	}

	SocialInsuranceRecord toRecord(IdNumberProtector protector) {
		return new SocialInsuranceRecord(ProtectedIdNumber.reveal(idNumber, protector), region, months);
	}

}
