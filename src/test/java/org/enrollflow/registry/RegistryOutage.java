package org.enrollflow.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The registry as the outside world it stands for: normally the embedded datasets, but a test may
 * take it down to see how the application rides out an outage.
 */
public class RegistryOutage implements RegistryGateway {

	private final RegistryGateway registry;
	private final AtomicBoolean down = new AtomicBoolean();

	RegistryOutage(RegistryGateway registry) {
		this.registry = registry;
	}

	public void begin() {
		down.set(true);
	}

	public void end() {
		down.set(false);
	}

	@Override
	public Optional<PersonRecord> person(String idNumber) {
		return answer(() -> registry.person(idNumber));
	}

	@Override
	public Optional<ResidencePermitRecord> residencePermit(String holderIdNumber) {
		return answer(() -> registry.residencePermit(holderIdNumber));
	}

	@Override
	public Optional<PropertyRecord> property(String certificateNumber) {
		return answer(() -> registry.property(certificateNumber));
	}

	@Override
	public List<PropertyRecord> propertiesOwnedByAnyOf(Collection<String> idNumbers) {
		return answer(() -> registry.propertiesOwnedByAnyOf(idNumbers));
	}

	@Override
	public Optional<PurchaseContractRecord> purchaseContract(String number) {
		return answer(() -> registry.purchaseContract(number));
	}

	@Override
	public Optional<DisabilityRecord> disability(String certificateNumber) {
		return answer(() -> registry.disability(certificateNumber));
	}

	@Override
	public Optional<SocialInsuranceRecord> socialInsurance(String idNumber, String region) {
		return answer(() -> registry.socialInsurance(idNumber, region));
	}

	@Override
	public Optional<String> schoolCodeForAddress(String address) {
		return answer(() -> registry.schoolCodeForAddress(address));
	}

	private <T> T answer(Supplier<T> query) {
		if (down.get()) {
			throw new RegistryUnavailableException("registry outage");
		}
		return query.get();
	}

}
