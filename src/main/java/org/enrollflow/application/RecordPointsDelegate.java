package org.enrollflow.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.enrollflow.shared.ModelProperties;
import org.springframework.stereotype.Component;

import static org.enrollflow.application.PointsAdmissionProcess.VAR_APPLICATION_ID;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_TOTAL_POINTS;

/**
 * Records the points the decision before it computed. The model names the decision's outputs that
 * are points items (extension property {@code items}) and the decision (property {@code decision}),
 * so that a year's rules may add an item by deploying a new model and table; each item records the
 * version of the table that gave it.
 */
@Component("recordPointsDelegate")
class RecordPointsDelegate implements JavaDelegate {

	private final Applications applications;

	RecordPointsDelegate(Applications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = UUID.fromString((String) execution.getVariable(VAR_APPLICATION_ID));
		Map<String, BigDecimal> items = new LinkedHashMap<>();
		Arrays.stream(ModelProperties.of(execution, "items").orElseThrow().split(","))
			.map(String::strip)
			.forEach(item -> items.put(item, points(execution.getVariable(item))));
		applications.recordPoints(applicationId, items, points(execution.getVariable(VAR_TOTAL_POINTS)),
				source(execution, ModelProperties.of(execution, "decision").orElseThrow()));
	}

	/** The decision and its version, from the deployment the process definition came with. */
	private static String source(DelegateExecution execution, String decisionKey) {
		RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
		String deploymentId = repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
		DecisionDefinition decision = repository.createDecisionDefinitionQuery()
			.deploymentId(deploymentId)
			.decisionDefinitionKey(decisionKey)
			.singleResult();
		return decision == null ? decisionKey : decisionKey + ":" + decision.getVersion();
	}

	private static BigDecimal points(Object value) {
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("The points decision gave no number: " + value);
		}
		return BigDecimal.valueOf(number.doubleValue()).setScale(1, RoundingMode.HALF_UP);
	}

}
