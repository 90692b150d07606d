package org.enrollflow.registry;

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
@Table(name = "registry_purchase_contract")
class PurchaseContractEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	private String contractNumber;

	private String contractKey;

	@ElementCollection
	@CollectionTable(name = "registry_purchase_contract_buyer", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "list_index")
	@AttributeOverride(name = "encrypted", column = @Column(name = "buyer_id_encrypted"))
	@AttributeOverride(name = "hash", column = @Column(name = "buyer_id_hash"))
	private List<ProtectedIdNumber> buyers = new ArrayList<>();

	private String address;

	private String district;

	@Column(name = "usage_type")
	private String usage;

	private LocalDate filedOn;

	private Instant importedAt;

	void update(PurchaseContractRecord record, IdNumberProtector protector, Instant now) {
		this.contractNumber = record.contractNumber();
		this.contractKey = RegistryKeys.upperCased(record.contractNumber());
		this.buyers.clear();
		record.buyerIdNumbers().forEach(buyer -> this.buyers.add(ProtectedIdNumber.of(buyer, protector)));
		this.address = record.address();
		this.district = record.district();
		this.usage = record.usage();
		this.filedOn = record.filedOn();
		this.importedAt = now;
	}

	PurchaseContractRecord toRecord(IdNumberProtector protector) {
		return new PurchaseContractRecord(contractNumber,
				buyers.stream().map(buyer -> ProtectedIdNumber.reveal(buyer, protector)).toList(), address, district,
				usage, filedOn);
	}

}
