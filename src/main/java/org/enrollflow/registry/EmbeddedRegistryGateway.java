package org.enrollflow.registry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.enrollflow.shared.IdNumberProtector;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** The registry as the datasets administrators imported: the default, and the test fixture. */
@Component
@ConditionalOnProperty(name = RegistrySettings.MODE_PROPERTY, havingValue = "embedded", matchIfMissing = true)
@Transactional(readOnly = true)
class EmbeddedRegistryGateway implements RegistryGateway {

	private final PersonEntries persons;
	private final ResidencePermitEntries residencePermits;
	private final PropertyEntries properties;
	private final PurchaseContractEntries purchaseContracts;
	private final DisabilityEntries disabilities;
	private final SocialInsuranceEntries socialInsurance;
	private final CatchmentEntries catchments;
	private final IdNumberProtector protector;

	EmbeddedRegistryGateway(PersonEntries persons, ResidencePermitEntries residencePermits,
			PropertyEntries properties, PurchaseContractEntries purchaseContracts, DisabilityEntries disabilities,
			SocialInsuranceEntries socialInsurance, CatchmentEntries catchments, IdNumberProtector protector) {
		this.persons = persons;
		this.residencePermits = residencePermits;
		this.properties = properties;
		this.purchaseContracts = purchaseContracts;
		this.disabilities = disabilities;
		this.socialInsurance = socialInsurance;
		this.catchments = catchments;
		this.protector = protector;
	}

	@Override
	public Optional<PersonRecord> person(String idNumber) {
		return hash(idNumber).flatMap(persons::findByIdNumberHash).map(entry -> entry.toRecord(protector));
	}

	@Override
	public Optional<ResidencePermitRecord> residencePermit(String holderIdNumber) {
		return hash(holderIdNumber).flatMap(residencePermits::findByHolderIdNumberHash)
			.map(entry -> entry.toRecord(protector));
	}

	@Override
	public Optional<PropertyRecord> property(String certificateNumber) {
		return key(RegistryKeys.certificate(certificateNumber)).flatMap(properties::findByCertificateKey)
			.map(entry -> entry.toRecord(protector));
	}

	@Override
	public List<PropertyRecord> propertiesOwnedByAnyOf(Collection<String> idNumbers) {
		List<String> hashes = idNumbers.stream().map(this::hash).flatMap(Optional::stream).distinct().toList();
		if (hashes.isEmpty()) {
			return List.of();
		}
		return properties.findOwnedByAnyOf(hashes).stream().map(entry -> entry.toRecord(protector)).toList();
	}

	@Override
	public Optional<PurchaseContractRecord> purchaseContract(String number) {
		return key(RegistryKeys.upperCased(number)).flatMap(purchaseContracts::findByContractKey)
			.map(entry -> entry.toRecord(protector));
	}

	@Override
	public Optional<DisabilityRecord> disability(String certificateNumber) {
		return key(RegistryKeys.upperCased(certificateNumber)).flatMap(disabilities::findByCertificateKey)
			.map(entry -> entry.toRecord(protector));
	}

	@Override
	public Optional<SocialInsuranceRecord> socialInsurance(String idNumber, String region) {
		return hash(idNumber)
			.flatMap(hash -> socialInsurance.findByIdNumberHashAndRegion(hash, Objects.requireNonNullElse(region, "")))
			.map(entry -> entry.toRecord(protector));
	}

	@Override
	public Optional<String> schoolCodeForAddress(String address) {
		String key = RegistryKeys.address(address);
		if (!StringUtils.hasLength(key)) {
			return Optional.empty();
		}
		List<String> prefixes = IntStream.rangeClosed(1, Math.min(key.length(), RegistryRows.ADDRESS_LENGTH))
			.filter(end -> end == key.length() || !Character.isLowSurrogate(key.charAt(end)))
			.mapToObj(end -> key.substring(0, end))
			.toList();
		return catchments.findByPrefixKeyIn(prefixes).stream()
			.max(Comparator.comparingInt(catchment -> catchment.prefixKey().length()))
			.map(CatchmentEntry::schoolCode);
	}

	private Optional<String> hash(String idNumber) {
		return StringUtils.hasText(idNumber) ? Optional.of(protector.hash(idNumber)) : Optional.empty();
	}

	private static Optional<String> key(String key) {
		return StringUtils.hasLength(key) ? Optional.of(key) : Optional.empty();
	}

}
