package org.enrollflow.shared;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.BpmnModelExecutionContext;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Reads the extension properties ({@code camunda:property}) of the model element a delegate or
 * listener runs for, where a model tells its code what to do (which outcomes a task allows, which
 * decision outputs are points).
 */
public final class ModelProperties {

	private ModelProperties() {
	}

	/** The value of the element's property {@code name}, if it has one. */
	public static Optional<String> of(BpmnModelExecutionContext context, String name) {
		BaseElement element = (BaseElement) context.getBpmnModelElementInstance();
		if (element == null || element.getExtensionElements() == null) {
			return Optional.empty();
		}
		return element.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.filter(property -> name.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst();
	}

}
