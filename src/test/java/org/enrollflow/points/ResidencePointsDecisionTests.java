package org.enrollflow.points;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.points.PointsDecisions.facts;

class ResidencePointsDecisionTests {

	private static final PointsDecisions decisions = new PointsDecisions();

	@ParameterizedTest(name = "{0} permit years give {1}")
	@CsvSource({ "0, 0.0", "1, 2.0", "3, 6.0", "5, 10.0" })
	void givesTwoPointsPerResidencePermitYear(int years, double points) {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("ResidencePermitPoints",
				facts("residencePermitYears", years));

		assertThat(evaluation.value("residencePermitPoints")).isEqualTo(points);
		assertThat(evaluation.rules("ResidencePermitPoints")).containsExactly("Rule_ResidencePermitPerYear");
	}

	@ParameterizedTest(name = "{0} permit years give 10")
	@CsvSource({ "6", "20" })
	void capsResidencePermitPointsAt10(int years) {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("ResidencePermitPoints",
				facts("residencePermitYears", years));

		assertThat(evaluation.value("residencePermitPoints")).isEqualTo(10.0);
		assertThat(evaluation.rules("ResidencePermitPoints")).containsExactly("Rule_ResidencePermitCap");
	}

	@Test
	void givesTenPointsForAHomeInTheDistrict() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("HomeOwnershipPoints",
				facts("ownsHomeInDistrict", true));

		assertThat(evaluation.value("homeOwnershipPoints")).isEqualTo(10.0);
		assertThat(evaluation.rules("HomeOwnershipPoints")).containsExactly("Rule_HomeInDistrict");
	}

	@Test
	void givesNothingWithoutAHomeInTheDistrict() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("HomeOwnershipPoints",
				facts("ownsHomeInDistrict", false));

		assertThat(evaluation.value("homeOwnershipPoints")).isEqualTo(0.0);
		assertThat(evaluation.rules("HomeOwnershipPoints")).containsExactly("Rule_NoHomeInDistrict");
	}

	@Test
	void addsPermitYearsAndHome() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("ResidencePoints",
				facts("residencePermitYears", 3, "ownsHomeInDistrict", true));

		assertThat(evaluation.value("residencePoints")).isEqualTo(16.0);
	}

	@Test
	void givesAtMost20ForStableResidence() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("ResidencePoints",
				facts("residencePermitYears", 12, "ownsHomeInDistrict", true));

		assertThat(evaluation.value("residencePoints")).isEqualTo(20.0);
	}

	@Test
	void matchesNoRuleForNegativeYearsOrAnUnknownHome() {
		assertThat(decisions.evaluate("ResidencePermitPoints", facts("residencePermitYears", -1)).result())
			.isEmpty();
		assertThat(decisions.evaluate("HomeOwnershipPoints", facts("ownsHomeInDistrict", null)).result())
			.isEmpty();
	}

}
