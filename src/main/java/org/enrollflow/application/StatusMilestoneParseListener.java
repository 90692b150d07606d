package org.enrollflow.application;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes every model element that carries the extension property {@code status} a status
 * milestone: when a case reaches it, the case takes that status. The models say where each status
 * begins; no controller or delegate sets one.
 */
@Component
class StatusMilestoneParseListener extends AbstractProcessEnginePlugin {

	static final String STATUS_PROPERTY = "status";

	private final StatusMilestones milestones;

	StatusMilestoneParseListener(StatusMilestones milestones) {
		this.milestones = milestones;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new Listener());
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	private final class Listener extends AbstractBpmnParseListener {

		@Override
		public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(element, activity);
		}

		@Override
		public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(element, activity);
		}

		@Override
		public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(element, activity);
		}

		@Override
		public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(element, activity);
		}

		@Override
		public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(element, activity);
		}

		@Override
		public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(element, activity);
		}

		@Override
		public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
			attach(element, activity);
		}

		private void attach(Element element, ActivityImpl activity) {
			String status = extensionProperty(element, STATUS_PROPERTY);
			if (status != null) {
				ApplicationStatus milestone = ApplicationStatus.valueOf(status);
				activity.addListener(ExecutionListener.EVENTNAME_START,
						(ExecutionListener) execution -> milestones.reach(execution, milestone));
			}
		}

		private static String extensionProperty(Element element, String name) {
			Element extensions = element.element("extensionElements");
			Element properties = extensions == null ? null
					: extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
			if (properties == null) {
				return null;
			}
			return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")
				.stream()
				.filter(property -> name.equals(property.attribute("name")))
				.map(property -> property.attribute("value"))
				.findFirst()
				.orElse(null);
		}

	}

}
