package org.enrollflow.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An application on the points path as the rank allocation sees it. The tie-breaks, in order,
 * are documented on {@link SerialDictatorship}.
 *
 * @param applicationId the application
 * @param childKey the child's stable key (as for the lottery): the last tie-break is its draw key
 * @param points the total points (积分), higher first
 * @param socialInsuranceMonths months of social insurance of the main applicant, more first
 * @param submittedAt when the application was submitted, earlier first
 * @param preferences the schools wished for, most wished first; a school listed again is ignored
 */
public record RankedApplicant(String applicationId, String childKey, BigDecimal points, int socialInsuranceMonths,
		Instant submittedAt, List<String> preferences) {

	public RankedApplicant {
		Identifiers.require(applicationId, "applicationId");
		Identifiers.require(childKey, "childKey");
		Objects.requireNonNull(points, "points");
		Objects.requireNonNull(submittedAt, "submittedAt");
		preferences = List.copyOf(preferences);
	}

}
