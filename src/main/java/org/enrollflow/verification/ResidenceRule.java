package org.enrollflow.verification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.enrollflow.application.CheckResult;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.registry.ResidencePermitRecord;

/**
 * A migrant family's residence: the applicant holds a residence permit of the campaign's region,
 * with continuous residence for at least the campaign's threshold by today.
 */
final class ResidenceRule {

	private ResidenceRule() {
	}

	static CheckResult check(Optional<ResidencePermitRecord> permit, CampaignView campaign, LocalDate today) {
		if (permit.isEmpty()) {
			return CheckResult.fail(Checks.RESIDENCE_PERMIT, "RESIDENCE_PERMIT_MISSING");
		}
		ResidencePermitRecord found = permit.get();
		if (found.region() == null || !found.region().startsWith(campaign.region())) {
			return CheckResult.fail(Checks.RESIDENCE_PERMIT, "RESIDENCE_PERMIT_OTHER_REGION");
		}
		int required = campaign.minContinuousResidenceMonths();
		if (found.residenceSince().isAfter(today.minusMonths(required))) {
			long months = Math.max(0, ChronoUnit.MONTHS.between(found.residenceSince(), today));
			return CheckResult.fail(Checks.RESIDENCE_PERMIT, "RESIDENCE_TOO_SHORT", required,
					found.residenceSince().toString(), months);
		}
		return CheckResult.pass(Checks.RESIDENCE_PERMIT);
	}

}
