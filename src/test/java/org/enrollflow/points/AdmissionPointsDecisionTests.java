package org.enrollflow.points;

import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrollflow.points.PointsDecisions.facts;
import static org.enrollflow.points.PointsDecisions.noFacts;

class AdmissionPointsDecisionTests {

	private static final PointsDecisions decisions = new PointsDecisions();

	@Test
	void showsEveryItemAndTheTotalInOneRow() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("AdmissionPoints",
				facts("mainApplicantMonths", 36, "secondParentMonths", 24, "residencePermitYears", 3,
						"ownsHomeInDistrict", true, "familyPlanningCompliant", true));

		assertThat(evaluation.result()).hasSize(1);
		assertThat(evaluation.result().getSingleResult().getEntryMap()).containsOnlyKeys("socialInsurancePoints",
				"residencePoints", "familyPlanningPoints", "totalPoints");
		assertThat(evaluation.value("socialInsurancePoints")).isEqualTo(16.0);
		assertThat(evaluation.value("residencePoints")).isEqualTo(16.0);
		assertThat(evaluation.value("familyPlanningPoints")).isEqualTo(10.0);
		assertThat(evaluation.value("totalPoints")).isEqualTo(42.0);
		assertThat(evaluation.rules("AdmissionPoints")).containsExactly("Rule_AdmissionPointsTotal");
	}

	@Test
	void addsPartPointsWithoutBinaryRoundingErrors() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("AdmissionPoints",
				facts("mainApplicantMonths", 1, "secondParentMonths", 1));

		assertThat(evaluation.value("socialInsurancePoints")).isEqualTo(0.5);
		assertThat(evaluation.value("totalPoints")).isEqualTo(0.5);
	}

	@Test
	void givesNothingWithoutAnyFact() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("AdmissionPoints", noFacts());

		assertThat(evaluation.value("totalPoints")).isEqualTo(0.0);
	}

	@Test
	void staysWithinThe120OfThePublishedScheme() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("AdmissionPoints",
				facts("mainApplicantMonths", 600, "secondParentMonths", 600, "residencePermitYears", 30,
						"ownsHomeInDistrict", true, "familyPlanningCompliant", true));

		assertThat(evaluation.value("socialInsurancePoints")).isEqualTo(58.0);
		assertThat(evaluation.value("residencePoints")).isEqualTo(20.0);
		assertThat(evaluation.value("totalPoints")).isEqualTo(88.0);
	}

	@Test
	void givesAnEmptyResultWhenAFactIsMissing() {
		var facts = noFacts();
		facts.remove("secondParentMonths");

		PointsDecisions.Evaluation evaluation = decisions.evaluate("AdmissionPoints", facts);

		assertThat(evaluation.result()).isEmpty();
		assertThat(evaluation.rules("AdmissionPoints")).isEmpty();
	}

	@Test
	void givesAnEmptyResultWhenAFactIsNegative() {
		PointsDecisions.Evaluation evaluation = decisions.evaluate("AdmissionPoints",
				facts("residencePermitYears", -2));

		assertThat(evaluation.result()).isEmpty();
	}

	@Test
	void keepsHistoryOfEveryDecisionFor400Days() {
		DmnModelInstance model = Dmn.readModelFromFile(PointsDecisions.MODEL.toFile());

		List<Decision> all = List.copyOf(model.getModelElementsByType(Decision.class));

		assertThat(all).extracting(Decision::getId)
			.containsExactlyInAnyOrder("AdmissionPoints", "SocialInsurancePoints", "MainApplicantInsurancePoints",
					"SecondParentInsurancePoints", "ResidencePoints", "ResidencePermitPoints", "HomeOwnershipPoints",
					"FamilyPlanningPoints");
		assertThat(all).extracting(Decision::getCamundaHistoryTimeToLiveString).containsOnly("P400D");
	}

}
