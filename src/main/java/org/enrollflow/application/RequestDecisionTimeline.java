package org.enrollflow.application;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.enrollflow.shared.ModelProperties;
import org.springframework.stereotype.Component;

import static org.enrollflow.application.PointsAdmissionProcess.VAR_APPLICATION_ID;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_REVIEW_COMMENT;
import static org.enrollflow.application.PointsAdmissionProcess.VAR_REVIEW_OUTCOME;

/**
 * Puts an auditor's decision on a family's request on the case's timeline, with the auditor's
 * comment, when the task completes: {@code MODIFICATION_APPROVE}, {@code RECHECK_REJECT} and so on,
 * after the task's extension property {@code decision}.
 */
@Component("requestDecisionTimeline")
class RequestDecisionTimeline implements TaskListener {

	private final Applications applications;

	RequestDecisionTimeline(Applications applications) {
		this.applications = applications;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = ModelProperties.of(task, "decision").orElseThrow();
		Object comment = task.getVariable(VAR_REVIEW_COMMENT);
		Authentication auditor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String staff = auditor != null ? auditor.getUserId() : task.getAssignee();
		applications.recordDecision(UUID.fromString((String) task.getVariable(VAR_APPLICATION_ID)),
				decision + "_" + task.getVariable(VAR_REVIEW_OUTCOME), comment == null ? null : comment.toString(),
				staff == null ? "unknown" : staff);
	}

}
