package org.enrollflow.points;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.points.PointsDecisions.facts;

class FamilyPlanningPointsDecisionTests {

	private static final PointsDecisions decisions = new PointsDecisions();

	@Test
	void givesTenPointsForCompliance() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("FamilyPlanningPoints",
				facts("familyPlanningCompliant", true));

		assertThat(evaluation.value("familyPlanningPoints")).isEqualTo(10.0);
		assertThat(evaluation.rules("FamilyPlanningPoints")).containsExactly("Rule_FamilyPlanningCompliant");
	}

	@Test
	void givesNothingWithoutCompliance() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("FamilyPlanningPoints",
				facts("familyPlanningCompliant", false));

		assertThat(evaluation.value("familyPlanningPoints")).isEqualTo(0.0);
		assertThat(evaluation.rules("FamilyPlanningPoints")).containsExactly("Rule_FamilyPlanningNotCompliant");
	}

	@Test
	void matchesNoRuleWhenComplianceIsUnknown() {
		assertThat(decisions.evaluate("FamilyPlanningPoints", facts("familyPlanningCompliant", null)).result())
			.isEmpty();
	}

}
