package org.enrollflow.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the registries know, looked up one fact at a time. ID numbers are accepted in any case and
 * with surrounding spaces; an unknown key gives an empty result, never an exception.
 * <p>
 * An adapter that cannot reach its registry throws {@link RegistryUnavailableException}, which
 * asynchronous service tasks let propagate so that the engine retries them.
 */
public interface RegistryGateway {

	/** The identity and hukou registry's record of a person. */
	Optional<PersonRecord> person(String idNumber);

	/** The residence permit the person holds. */
	Optional<ResidencePermitRecord> residencePermit(String holderIdNumber);

	/**
	 * A real-estate certificate, found by its number with full-width characters folded and spaces
	 * removed; the record carries the registry's exact string.
	 */
	Optional<PropertyRecord> property(String certificateNumber);

	/** Every property with at least one of these people among its owners, by certificate number. */
	List<PropertyRecord> propertiesOwnedByAnyOf(Collection<String> idNumbers);

	/** A filed purchase contract, found by its number with letters upper-cased. */
	Optional<PurchaseContractRecord> purchaseContract(String number);

	/** A disability certificate, found by its number with letters upper-cased. */
	Optional<DisabilityRecord> disability(String certificateNumber);

	/** The social insurance months a person has in exactly this region. */
	Optional<SocialInsuranceRecord> socialInsurance(String idNumber, String region);

	/** The code of the school whose catchment holds this address: the longest matching prefix wins. */
	Optional<String> schoolCodeForAddress(String address);

}
