package org.enrollflow.points;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.points.PointsDecisions.facts;

class SocialInsurancePointsDecisionTests {

	private static final PointsDecisions decisions = new PointsDecisions();

	@ParameterizedTest(name = "{0} on-time months give {1}")
	@CsvSource({ "36, 12.0", "30, 10.0", "0, 0.0", "1, 0.3", "2, 0.7", "12, 4.0", "13, 4.3", "14, 4.7", "143, 47.7",
			"144, 48.0" })
	void givesTheMainApplicantFourPointsPer12MonthsProRata(int months, double points) {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("MainApplicantInsurancePoints",
				facts("mainApplicantMonths", months));

		assertThat(evaluation.value("mainApplicantInsurancePoints")).isEqualTo(points);
		assertThat(evaluation.rules("MainApplicantInsurancePoints")).containsExactly("Rule_MainApplicantProRata");
	}

	@ParameterizedTest(name = "{0} on-time months give 48")
	@CsvSource({ "145", "150", "600" })
	void capsTheMainApplicantAt48(int months) {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("MainApplicantInsurancePoints",
				facts("mainApplicantMonths", months));

		assertThat(evaluation.value("mainApplicantInsurancePoints")).isEqualTo(48.0);
		assertThat(evaluation.rules("MainApplicantInsurancePoints")).containsExactly("Rule_MainApplicantCap");
	}

	@Test
	void countsOnlyOnTimeMonthsSo24OnTimeAnd12BackPaidGive8() {
		int onTimeMonths = 24;

		PointsDecisions.Evaluation evaluation = decisions.evaluate("MainApplicantInsurancePoints",
				facts("mainApplicantMonths", onTimeMonths));

		assertThat(evaluation.value("mainApplicantInsurancePoints")).isEqualTo(8.0);
	}

	@ParameterizedTest(name = "{0} on-time months give {1}")
	@CsvSource({ "0, 0.0", "1, 0.2", "3, 0.5", "12, 2.0", "13, 2.2", "24, 4.0", "59, 9.8", "60, 10.0" })
	void givesTheSecondParentTwoPointsPer12MonthsProRata(int months, double points) {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("SecondParentInsurancePoints",
				facts("secondParentMonths", months));

		assertThat(evaluation.value("secondParentInsurancePoints")).isEqualTo(points);
		assertThat(evaluation.rules("SecondParentInsurancePoints")).containsExactly("Rule_SecondParentProRata");
	}

	@ParameterizedTest(name = "{0} on-time months give 10")
	@CsvSource({ "61", "150" })
	void capsTheSecondParentAt10(int months) {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("SecondParentInsurancePoints",
				facts("secondParentMonths", months));

		assertThat(evaluation.value("secondParentInsurancePoints")).isEqualTo(10.0);
		assertThat(evaluation.rules("SecondParentInsurancePoints")).containsExactly("Rule_SecondParentCap");
	}

	@Test
	void addsBothParentsPoints() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("SocialInsurancePoints",
				facts("mainApplicantMonths", 37, "secondParentMonths", 13));

		assertThat(evaluation.value("socialInsurancePoints")).isEqualTo(14.5);
		assertThat(evaluation.rules("MainApplicantInsurancePoints")).containsExactly("Rule_MainApplicantProRata");
		assertThat(evaluation.rules("SecondParentInsurancePoints")).containsExactly("Rule_SecondParentProRata");
	}

	@Test
	void givesAtMost58ForWorkAndSocialInsurance() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("SocialInsurancePoints",
				facts("mainApplicantMonths", 200, "secondParentMonths", 200));

		assertThat(evaluation.value("socialInsurancePoints")).isEqualTo(58.0);
	}

	@Test
	void matchesNoRuleForNegativeMonths() {
		PointsDecisions.Evaluation main = decisions.evaluate("MainApplicantInsurancePoints",
				facts("mainApplicantMonths", -1));
		PointsDecisions.Evaluation second = decisions.evaluate("SecondParentInsurancePoints",
				facts("secondParentMonths", -1));

		assertThat(main.result()).isEmpty();
		assertThat(second.result()).isEmpty();
	}

}
