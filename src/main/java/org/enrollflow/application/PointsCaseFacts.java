package org.enrollflow.application;

import java.util.List;
import java.util.UUID;

/**
 * What the points-path checks and forms need to know about a case, with ID numbers in clear. For
 * checks only: never log or return it.
 *
 * @param district the district the family registered in (an administrative code such as {@code 350212})
 * @param guardian1Relation {@code FATHER}, {@code MOTHER}, ...; {@code null} until entered
 * @param guardian2 {@code null} until entered
 * @param parentChildCase 1 (child and both parents in one household booklet), 2 (the child with one
 *        parent), 3 (with neither); {@code null} until entered
 * @param propertyKind the home bought in the district: {@code CERTIFICATE}, {@code CONTRACT} (a filed
 *        purchase contract, its number upper-cased) or {@code NONE}
 */
public record PointsCaseFacts(UUID applicationId, UUID campaignId, String district, String applicantName,
		String applicantIdNumber, String guardian1Relation, Guardian guardian2, List<Child> children,
		Integer parentChildCase, String address, PropertyKind propertyKind, String propertyNumber) {

	public PointsCaseFacts {
		children = List.copyOf(children);
	}

	/**
	 * A child of the registration.
	 * @param disabilityTypes the declared disability types ({@code VISUAL}, ...); empty when none is declared
	 * @param disabilityCertificateNumber {@code null} when no disability is declared
	 */
	public record Child(String name, String idNumber, List<String> disabilityTypes,
			String disabilityCertificateNumber) {

		public Child {
			disabilityTypes = List.copyOf(disabilityTypes);
		}

		public boolean disabilityDeclared() {
			return !disabilityTypes.isEmpty() || disabilityCertificateNumber != null;
		}

	}

}
