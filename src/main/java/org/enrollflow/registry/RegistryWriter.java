package org.enrollflow.registry;

import java.time.Clock;
import java.time.Instant;

import org.enrollflow.shared.IdNumberProtector;

import org.springframework.stereotype.Component;

/** Inserts or updates one imported line by the dataset's natural key. */
@Component
class RegistryWriter {

	private final PersonEntries persons;
	private final ResidencePermitEntries residencePermits;
	private final PropertyEntries properties;
	private final PurchaseContractEntries purchaseContracts;
	private final DisabilityEntries disabilities;
	private final SocialInsuranceEntries socialInsurance;
	private final CatchmentEntries catchments;
	private final IdNumberProtector protector;
	private final Clock clock;

	RegistryWriter(PersonEntries persons, ResidencePermitEntries residencePermits, PropertyEntries properties,
			PurchaseContractEntries purchaseContracts, DisabilityEntries disabilities,
			SocialInsuranceEntries socialInsurance, CatchmentEntries catchments, IdNumberProtector protector,
			Clock clock) {
		this.persons = persons;
		this.residencePermits = residencePermits;
		this.properties = properties;
		this.purchaseContracts = purchaseContracts;
		this.disabilities = disabilities;
		this.socialInsurance = socialInsurance;
		this.catchments = catchments;
		this.protector = protector;
		this.clock = clock;
	}

	/**
	 * Reads the line as a record of the dataset and stores it.
	 * @throws CsvLine.Rejected when a value is invalid; nothing is stored then
	 */
	void write(RegistryDataset dataset, CsvLine line) {
		switch (dataset) {
			case PERSONS -> person(RegistryRows.person(line));
			case RESIDENCE_PERMITS -> residencePermit(RegistryRows.residencePermit(line));
			case PROPERTIES -> property(RegistryRows.property(line));
			case PURCHASE_CONTRACTS -> purchaseContract(RegistryRows.purchaseContract(line));
			case DISABILITIES -> disability(RegistryRows.disability(line));
			case SOCIAL_INSURANCE -> socialInsurance(RegistryRows.socialInsurance(line));
			case CATCHMENTS -> catchment(RegistryRows.catchment(line));
		}
	}

	private void person(PersonRecord record) {
		PersonEntry entry = persons.findByIdNumberHash(protector.hash(record.idNumber())).orElseGet(PersonEntry::new);
		entry.update(record, protector, now());
		persons.save(entry);
	}

	private void residencePermit(ResidencePermitRecord record) {
		ResidencePermitEntry entry = residencePermits.findByHolderIdNumberHash(protector.hash(record.holderIdNumber()))
			.orElseGet(ResidencePermitEntry::new);
		entry.update(record, protector, now());
		residencePermits.save(entry);
	}

	private void property(PropertyRecord record) {
		PropertyEntry entry = properties.findByCertificateKey(RegistryKeys.certificate(record.certificateNumber()))
			.orElseGet(PropertyEntry::new);
		entry.update(record, protector, now());
		properties.save(entry);
	}

	private void purchaseContract(PurchaseContractRecord record) {
		PurchaseContractEntry entry = purchaseContracts
			.findByContractKey(RegistryKeys.upperCased(record.contractNumber()))
			.orElseGet(PurchaseContractEntry::new);
		entry.update(record, protector, now());
		purchaseContracts.save(entry);
	}

	private void disability(DisabilityRecord record) {
		DisabilityEntry entry = disabilities.findByCertificateKey(RegistryKeys.upperCased(record.certificateNumber()))
			.orElseGet(DisabilityEntry::new);
		entry.update(record, protector, now());
		disabilities.save(entry);
	}

	private void socialInsurance(SocialInsuranceRecord record) {
		SocialInsuranceEntry entry = socialInsurance
			.findByIdNumberHashAndRegion(protector.hash(record.idNumber()), record.region())
			.orElseGet(SocialInsuranceEntry::new);
		entry.update(record, protector, now());
		socialInsurance.save(entry);
	}

	private void catchment(RegistryRows.Catchment catchment) {
		CatchmentEntry entry = catchments.findByPrefixKey(RegistryKeys.address(catchment.addressPrefix()))
			.orElseGet(CatchmentEntry::new);
		entry.update(catchment, now());
		catchments.save(entry);
	}

	private Instant now() {
		return clock.instant();
	}

}
