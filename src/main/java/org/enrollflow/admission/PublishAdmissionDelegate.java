package org.enrollflow.admission;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.enrollflow.admission.AdmissionProcess.VAR_ADMITTED;
import static org.enrollflow.admission.AdmissionProcess.VAR_APPLICATION_ID;

/** Puts the published result on the case, for its status milestone and its notice. */
@Component("publishAdmissionDelegate")
class PublishAdmissionDelegate implements JavaDelegate {

	private final PlacementService placements;

	PublishAdmissionDelegate(PlacementService placements) {
		this.placements = placements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(VAR_ADMITTED,
				placements.publishOnCase(UUID.fromString((String) execution.getVariable(VAR_APPLICATION_ID))));
	}

}
