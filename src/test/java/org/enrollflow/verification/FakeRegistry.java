package org.enrollflow.verification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.enrollflow.registry.DisabilityRecord;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.PropertyRecord;
import org.enrollflow.registry.PurchaseContractRecord;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.registry.ResidencePermitRecord;
import org.enrollflow.registry.SocialInsuranceRecord;

/** The registries in memory, looked up the way the port promises. */
class FakeRegistry implements RegistryGateway {

	private final Map<String, PersonRecord> persons = new HashMap<>();
	private final Map<String, ResidencePermitRecord> permits = new HashMap<>();
	private final List<PropertyRecord> properties = new ArrayList<>();
	private final List<PurchaseContractRecord> contracts = new ArrayList<>();
	private final List<DisabilityRecord> disabilities = new ArrayList<>();
	private final List<SocialInsuranceRecord> socialInsurance = new ArrayList<>();

	FakeRegistry person(PersonRecord person) {
		persons.put(person.idNumber(), person);
		return this;
	}

	FakeRegistry permit(ResidencePermitRecord permit) {
		permits.put(permit.holderIdNumber(), permit);
		return this;
	}

	FakeRegistry property(PropertyRecord property) {
		properties.add(property);
		return this;
	}

	FakeRegistry contract(PurchaseContractRecord contract) {
		contracts.add(contract);
		return this;
	}

	FakeRegistry disability(DisabilityRecord disability) {
		disabilities.add(disability);
		return this;
	}

	FakeRegistry socialInsurance(SocialInsuranceRecord months) {
		socialInsurance.add(months);
		return this;
	}

	@Override
	public Optional<PersonRecord> person(String idNumber) {
		return Optional.ofNullable(persons.get(idNumber.strip().toUpperCase(Locale.ROOT)));
	}

	@Override
	public Optional<ResidencePermitRecord> residencePermit(String holderIdNumber) {
		return Optional.ofNullable(permits.get(holderIdNumber.strip().toUpperCase(Locale.ROOT)));
	}

	@Override
	public Optional<PropertyRecord> property(String certificateNumber) {
		return properties.stream()
			.filter(property -> Matching.loose(property.certificateNumber()).equals(Matching.loose(certificateNumber)))
			.findFirst();
	}

	@Override
	public List<PropertyRecord> propertiesOwnedByAnyOf(Collection<String> idNumbers) {
		return properties.stream()
			.filter(property -> property.ownerIdNumbers().stream().anyMatch(idNumbers::contains))
			.toList();
	}

	@Override
	public Optional<PurchaseContractRecord> purchaseContract(String number) {
		return contracts.stream()
			.filter(contract -> Matching.loose(contract.contractNumber())
				.equalsIgnoreCase(Matching.loose(number)))
			.findFirst();
	}

	@Override
	public Optional<DisabilityRecord> disability(String certificateNumber) {
		return disabilities.stream()
			.filter(disability -> Matching.loose(disability.certificateNumber())
				.equalsIgnoreCase(Matching.loose(certificateNumber)))
			.findFirst();
	}

	@Override
	public Optional<SocialInsuranceRecord> socialInsurance(String idNumber, String region) {
		String id = idNumber.strip().toUpperCase(Locale.ROOT);
		return socialInsurance.stream()
			.filter(months -> months.idNumber().equals(id) && months.region().equals(region))
			.findFirst();
	}

	@Override
	public Optional<String> schoolCodeForAddress(String address) {
		return Optional.empty();
	}

}
