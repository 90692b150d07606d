package org.enrollflow.points;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The points decisions of {@code processes/decisions/admission-points.dmn}, evaluated by the DMN
 * engine alone, with the rules each decision table matched.
 */
final class PointsDecisions {

	static final Path MODEL = Path.of("processes", "decisions", "admission-points.dmn");

	private final Map<String, DmnDecision> decisions;

	private final DmnEngine engine;

	private DmnDecisionEvaluationEvent lastEvaluation;

	PointsDecisions() {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionEvaluationListeners(List.of(event -> this.lastEvaluation = event));
		this.engine = configuration.buildEngine();
		try (InputStream model = Files.newInputStream(MODEL)) {
			this.decisions = this.engine.parseDecisions(model)
				.stream()
				.collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The facts every evaluation starts from: nothing to score. */
	static Map<String, Object> noFacts() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("mainApplicantMonths", 0);
		facts.put("secondParentMonths", 0);
		facts.put("residencePermitYears", 0);
		facts.put("ownsHomeInDistrict", false);
		facts.put("familyPlanningCompliant", false);
		return facts;
	}

	static Map<String, Object> facts(Object... namesAndValues) {
		Map<String, Object> facts = noFacts();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return facts;
	}

	Evaluation evaluate(String decisionKey, Map<String, Object> facts) {
		DmnDecision decision = this.decisions.get(decisionKey);
		if (decision == null) {
			throw new IllegalArgumentException("No decision " + decisionKey + " in " + MODEL);
		}
		DmnDecisionResult result = this.engine.evaluateDecision(decision, facts);
		DmnDecisionEvaluationEvent event = this.lastEvaluation;
		Map<String, List<String>> matchedRules = new LinkedHashMap<>();
		Stream.concat(event.getRequiredDecisionResults().stream(), Stream.of(event.getDecisionResult()))
			.forEach(logic -> matchedRules.put(logic.getDecision().getKey(), ruleIds(logic)));
		return new Evaluation(result, matchedRules);
	}

	private static List<String> ruleIds(DmnDecisionLogicEvaluationEvent logic) {
		if (logic instanceof DmnDecisionTableEvaluationEvent table) {
			return table.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
		}
		return List.of();
	}

	record Evaluation(DmnDecisionResult result, Map<String, List<String>> matchedRules) {

		/** The only row's entry of this name. */
		Object value(String name) {
			return this.result.getSingleResult().getEntry(name);
		}

		/** The rules the decision table of this key matched. */
		List<String> rules(String decisionKey) {
			return this.matchedRules.getOrDefault(decisionKey, List.of());
		}

	}

}
