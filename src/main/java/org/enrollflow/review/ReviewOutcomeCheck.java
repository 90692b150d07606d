package org.enrollflow.review;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.enrollflow.shared.ModelProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a review task without one of the outcomes its model element allows (the
 * extension property {@code outcomes}), or without a comment for any outcome but approval: the rule
 * holds for Tasklist's form and for {@code /engine-rest} alike (where it is a 400, as a form
 * validation failure). A task cancelled by a boundary event (a rescheduled appointment) has no
 * outcome to check.
 */
@Component("reviewOutcomeCheck")
class ReviewOutcomeCheck implements ExecutionListener {

	static final String OUTCOME = "reviewOutcome";
	static final String COMMENT = "reviewComment";
	static final String APPROVE = "APPROVE";
	static final String OUTCOMES_PROPERTY = "outcomes";

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.isCanceled()) {
			return;
		}
		Set<String> allowed = allowedOutcomes(execution);
		Object outcome = execution.getVariable(OUTCOME);
		if (!(outcome instanceof String value) || !allowed.contains(value)) {
			throw new FormFieldValidationException(OUTCOME,
					"reviewOutcome must be one of " + allowed + " / 审核结果须为以下之一:" + allowed);
		}
		Object comment = execution.getVariable(COMMENT);
		if (!APPROVE.equals(outcome) && !(comment instanceof String text && !text.isBlank())) {
			throw new FormFieldValidationException(COMMENT,
					"reviewComment is required unless the outcome is APPROVE / 除通过外,须填写审核意见");
		}
	}

	private static Set<String> allowedOutcomes(DelegateExecution execution) {
		return ModelProperties.of(execution, OUTCOMES_PROPERTY)
			.stream()
			.flatMap(values -> Arrays.stream(values.split(",")))
			.map(String::strip)
			.collect(Collectors.toUnmodifiableSet());
	}

}
