package org.enrollflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The cases of a campaign that an allocation places, as it needs them. A case still on its way
 * (in review, awaiting a decision) is not a candidate, and {@code pending} counts them, so that an
 * allocation never runs past a case it would drop.
 */
public record PlacementCandidates(List<General> general, List<Points> points, long pending) {

	public PlacementCandidates {
		general = List.copyOf(general);
		points = List.copyOf(points);
	}

	/**
	 * A confirmed general-path case whose on-site review has ended.
	 * @param childKey the child's stable pseudonym (as for the lottery)
	 * @param address the verified address: the registry's address of the property, else the one declared
	 * @param localWithOwnHome a local child whose family owns the verified property, which goes first
	 *        in its catchment (户籍与房产一致: the registries hold no hukou address, so a local hukou
	 *        with the family's own verified home stands for it)
	 * @param privateSchoolId the private school signed up for, or {@code null}
	 */
	public record General(UUID applicationId, String childKey, String address, boolean localWithOwnHome,
			Instant confirmedAt, UUID privateSchoolId) {
	}

	/**
	 * A reviewed, eligible points-path registration.
	 * @param socialInsuranceMonths the main applicant's months, when the auditors approved them
	 * @param preferences the public schools wished for, most wished first
	 */
	public record Points(UUID applicationId, String childKey, BigDecimal points, int socialInsuranceMonths,
			Instant submittedAt, List<UUID> preferences) {

		public Points {
			preferences = List.copyOf(preferences);
		}

	}

}
