package org.enrollflow.admission;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static org.enrollflow.admission.AdmissionProcess.VAR_CAMPAIGN_ID;

/** Shows the bureau's placement form the public schools that still have free seats, as task-local text. */
@Component("freeSeatsFacts")
class FreeSeatsFacts implements TaskListener {

	static final String FREE_SEATS = "freeSeats";

	private final PlacementService placements;

	FreeSeatsFacts(PlacementService placements) {
		this.placements = placements;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariableLocal(FREE_SEATS,
				placements.freeSeatsText(UUID.fromString((String) task.getVariable(VAR_CAMPAIGN_ID))));
	}

}
