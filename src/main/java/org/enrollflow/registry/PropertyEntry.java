package org.enrollflow.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.enrollflow.shared.IdNumberProtector;

@Entity
@Table(name = "registry_property")
class PropertyEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	private String certificateNumber;

	private String certificateKey;

	@ElementCollection
	@CollectionTable(name = "registry_property_owner", joinColumns = @JoinColumn(name = "property_id"))
	@OrderColumn(name = "list_index")
	@AttributeOverride(name = "encrypted", column = @Column(name = "owner_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "owner_id_hash"))
	private List<ProtectedIdNumber> owners = new ArrayList<>();

	private String address;

	private String district;

	@Column(name = "usage_type")
	private String usage;

	@Column(name = "area_m2")
	private BigDecimal areaM2;

	private LocalDate registeredOn;

	private Instant importedAt;

	void update(PropertyRecord record, IdNumberProtector protector, Instant now) {
		this.certificateNumber = record.certificateNumber();
		this.certificateKey = RegistryKeys.certificate(record.certificateNumber());
		this.owners.clear();
		record.ownerIdNumbers().forEach(owner -> this.owners.add(ProtectedIdNumber.of(owner, protector)));
		this.address = record.address();
		this.district = record.district();
		this.usage = record.usage();
		this.areaM2 = record.areaM2();
		this.registeredOn = record.registeredOn();
		this.importedAt = now;
	}

	PropertyRecord toRecord(IdNumberProtector protector) {
		return new PropertyRecord(certificateNumber,
				owners.stream().map(owner -> ProtectedIdNumber.reveal(owner, protector)).toList(), address, district,
				usage, areaM2, registeredOn);
	}

}
