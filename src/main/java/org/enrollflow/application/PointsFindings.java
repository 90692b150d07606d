package org.enrollflow.application;

import java.time.LocalDate;

/**
 * What the registries hold for a points-path case's points, before the auditors confirm it.
 *
 * @param mainApplicantMonths on-time social insurance months of guardian 1 in the district
 * @param secondParentMonths the same for guardian 2, when a father or mother; else 0
 * @param residenceSince since when guardian 1 holds a residence permit in the campaign's region;
 *        {@code null} when none
 * @param residencePermitYears completed years of that permit at the registration close
 * @param homeInDistrict whether the home entered is residential, in the district and owned by a guardian
 * @param homeAddress the registry's address of the home entered; {@code null} when none was found
 */
public record PointsFindings(int mainApplicantMonths, int secondParentMonths, LocalDate residenceSince,
		int residencePermitYears, boolean homeInDistrict, String homeAddress) {

	public static PointsFindings none() {
		return new PointsFindings(0, 0, null, 0, false, null);
	}

}
