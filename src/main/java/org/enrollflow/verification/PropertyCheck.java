package org.enrollflow.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.enrollflow.application.CheckResult;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.registry.PropertyRecord;
import org.enrollflow.registry.PurchaseContractRecord;
import org.enrollflow.registry.RegistryGateway;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The property a family enrolls by. A family-independent property is a residential one whose owners
 * are all among the child's father, mother and the child (per the registry): where one exists, it is
 * the one to enter. A certificate must match the registry's number exactly (full-width brackets and
 * spaces aside), be owned by the father, the mother or the child, and be residential; a filed
 * purchase contract must have a guardian among its buyers and be residential.
 */
@Component
class PropertyCheck {

	private final RegistryGateway registry;

	PropertyCheck(RegistryGateway registry) {
		this.registry = registry;
	}

	/**
	 * @param family the ID numbers of the child, father and mother the registry knows
	 * @param guardians the ID numbers of the guardians entered on the case
	 */
	Outcome check(PropertyKind kind, String number, Set<String> family, Set<String> guardians) {
		if (kind == null) {
			return new Outcome(List.of(CheckResult.fail(Checks.PROPERTY_RECORD, "PROPERTY_KIND_MISSING")), null);
		}
		Set<String> everyone = new LinkedHashSet<>(family);
		everyone.addAll(guardians);
		List<PropertyRecord> owned = registry.propertiesOwnedByAnyOf(everyone);
		List<PropertyRecord> independent = owned.stream()
			.filter(property -> property.residential() && family.containsAll(property.ownerIdNumbers()))
			.toList();
		return switch (kind) {
			case CERTIFICATE -> certificate(number, family, owned, independent);
			case CONTRACT -> contract(number, guardians, independent);
			case NONE -> new Outcome(List.of(familyProperty(independent, null)), null);
		};
	}

	private Outcome certificate(String number, Set<String> family, List<PropertyRecord> owned,
			List<PropertyRecord> independent) {
		if (!StringUtils.hasText(number)) {
			return missingNumber(independent);
		}
		Optional<PropertyRecord> found = registry.property(number);
		if (found.isEmpty()) {
			String entered = Matching.loose(number);
			boolean truncated = owned.stream()
				.anyMatch(property -> Matching.loose(property.certificateNumber()).contains(entered));
			return new Outcome(List.of(
					CheckResult.fail(Checks.PROPERTY_RECORD, truncated ? "CERTIFICATE_TRUNCATED" : "CERTIFICATE_NOT_FOUND"),
					familyProperty(independent, null)), null);
		}
		PropertyRecord property = found.get();
		List<CheckResult> results = new ArrayList<>();
		results.add(Matching.exactCertificate(number).equals(Matching.exactCertificate(property.certificateNumber()))
				? CheckResult.pass(Checks.PROPERTY_RECORD)
				: CheckResult.fail(Checks.PROPERTY_RECORD, "CERTIFICATE_NOT_EXACT"));
		results.add(anyOf(property.ownerIdNumbers(), family) ? CheckResult.pass(Checks.PROPERTY_OWNER)
				: CheckResult.fail(Checks.PROPERTY_OWNER, "PROPERTY_OWNER_NOT_FAMILY"));
		results.add(property.residential() ? CheckResult.pass(Checks.PROPERTY_USAGE)
				: CheckResult.fail(Checks.PROPERTY_USAGE, "PROPERTY_NOT_RESIDENTIAL"));
		results.add(familyProperty(independent, property.certificateNumber()));
		return new Outcome(results, new Found(property.certificateNumber(), property.address(), property.areaM2(),
				property.registeredOn(), property.district()));
	}

	private Outcome contract(String number, Set<String> guardians, List<PropertyRecord> independent) {
		if (!StringUtils.hasText(number)) {
			return missingNumber(independent);
		}
		Optional<PurchaseContractRecord> found = registry.purchaseContract(number);
		if (found.isEmpty()) {
			return new Outcome(List.of(CheckResult.fail(Checks.PROPERTY_RECORD, "CONTRACT_NOT_FOUND"),
					familyProperty(independent, null)), null);
		}
		PurchaseContractRecord contract = found.get();
		List<CheckResult> results = new ArrayList<>();
		results.add(CheckResult.pass(Checks.PROPERTY_RECORD));
		results.add(anyOf(contract.buyerIdNumbers(), guardians) ? CheckResult.pass(Checks.PROPERTY_OWNER)
				: CheckResult.fail(Checks.PROPERTY_OWNER, "CONTRACT_BUYER_NOT_GUARDIAN"));
		results.add(contract.residential() ? CheckResult.pass(Checks.PROPERTY_USAGE)
				: CheckResult.fail(Checks.PROPERTY_USAGE, "CONTRACT_NOT_RESIDENTIAL"));
		results.add(familyProperty(independent, null));
		return new Outcome(results,
				new Found(contract.contractNumber(), contract.address(), null, contract.filedOn(), contract.district()));
	}

	private static Outcome missingNumber(List<PropertyRecord> independent) {
		return new Outcome(List.of(CheckResult.fail(Checks.PROPERTY_RECORD, "PROPERTY_NUMBER_MISSING"),
				familyProperty(independent, null)), null);
	}

	/** Passes when no family-independent property exists, or the one entered is one. */
	private static CheckResult familyProperty(List<PropertyRecord> independent, String enteredCertificate) {
		boolean entered = independent.stream()
			.anyMatch(property -> property.certificateNumber().equals(enteredCertificate));
		return independent.isEmpty() || entered ? CheckResult.pass(Checks.FAMILY_PROPERTY)
				: CheckResult.fail(Checks.FAMILY_PROPERTY, "FAMILY_PROPERTY_EXISTS");
	}

	private static boolean anyOf(Collection<String> idNumbers, Set<String> people) {
		return idNumbers.stream().anyMatch(people::contains);
	}

	/**
	 * @param found what the registry holds on the property entered, {@code null} when nothing was found
	 */
	record Outcome(List<CheckResult> results, Found found) {
	}

	/** The registry's record of the property (or filed contract) entered. */
	record Found(String number, String address, BigDecimal areaM2, LocalDate registeredOn, String district) {
	}

}
