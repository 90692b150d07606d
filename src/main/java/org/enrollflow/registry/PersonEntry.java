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
@Table(name = "registry_person")
class PersonEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	@Embedded
	@AttributeOverride(name = "encrypted", column = @Column(name = "person_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "person_id_hash"))
	private ProtectedIdNumber idNumber;

	private String name;

	private LocalDate birthDate;

	private String householdNumber;

	private String hukouRegion;

	@Embedded
	@AttributeOverride(name = "encrypted", column = @Column(name = "father_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "father_id_hash"))
	private ProtectedIdNumber fatherIdNumber;

	@Embedded
	@AttributeOverride(name = "encrypted", column = @Column(name = "mother_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "mother_id_hash"))
	private ProtectedIdNumber motherIdNumber;

	private Instant importedAt;

	void update(PersonRecord record, IdNumberProtector protector, Instant now) {
		this.idNumber = ProtectedIdNumber.of(record.idNumber(), protector);
		this.name = record.name();
		this.birthDate = record.birthDate();
		this.householdNumber = record.householdNumber();
		this.hukouRegion = record.hukouRegion();
		this.fatherIdNumber = ProtectedIdNumber.of(record.fatherIdNumber(), protector);
		this.motherIdNumber = ProtectedIdNumber.of(record.motherIdNumber(), protector);
		this.importedAt = now;
	}

	PersonRecord toRecord(IdNumberProtector protector) {
		return new PersonRecord(ProtectedIdNumber.reveal(idNumber, protector), name, birthDate, householdNumber,
				hukouRegion, ProtectedIdNumber.reveal(fatherIdNumber, protector),
				ProtectedIdNumber.reveal(motherIdNumber, protector));
	}

}
