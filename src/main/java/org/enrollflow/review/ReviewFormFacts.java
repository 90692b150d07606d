package org.enrollflow.review;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.enrollflow.application.Applications;
import org.enrollflow.application.GeneralEnrollmentProcess;
import org.enrollflow.document.Documents;

import org.springframework.stereotype.Component;

/**
 * On a new reviewer task, puts the facts its form shows into task-local variables, so that they
 * leave with the task and never reach the process instance.
 */
@Component("reviewFormFacts")
class ReviewFormFacts implements TaskListener {

	private final Applications applications;

	private final FormFactTexts texts;

	private final Documents documents;

	private final DocumentLinks links;

	ReviewFormFacts(Applications applications, FormFactTexts texts, Documents documents, DocumentLinks links) {
		this.applications = applications;
		this.texts = texts;
		this.documents = documents;
		this.links = links;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID applicationId = UUID.fromString(String.valueOf(task.getVariable(GeneralEnrollmentProcess.VAR_APPLICATION_ID)));
		task.setVariablesLocal(texts.of(applications.facts(applicationId),
				(Boolean) task.getVariable(GeneralEnrollmentProcess.VAR_VERIFICATION_PASSED),
				(Boolean) task.getVariable(GeneralEnrollmentProcess.VAR_APPLICANT_IS_PARENT),
				applications.checks(applicationId)));
		task.setVariableLocal(FormFact.DOCUMENT_LINKS,
				links.of(applicationId, documents.ofCase(applicationId), type -> true));
	}

}
