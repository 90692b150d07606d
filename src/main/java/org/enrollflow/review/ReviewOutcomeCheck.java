package org.enrollflow.review;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a review task without a known outcome, or without a comment for any outcome
 * but approval: the rule holds for Tasklist's form and for {@code /engine-rest} alike.
 */
@Component("reviewOutcomeCheck")
class ReviewOutcomeCheck implements ExecutionListener {

	static final String OUTCOME = "reviewOutcome";
	static final String COMMENT = "reviewComment";
	static final String APPROVE = "APPROVE";

	private static final Set<String> OUTCOMES = Set.of(APPROVE, "REJECT", "MORE_INFO");

	@Override
	public void notify(DelegateExecution execution) {
		Object outcome = execution.getVariable(OUTCOME);
		if (!(outcome instanceof String value) || !OUTCOMES.contains(value)) {
			throw new FormFieldValidationException(OUTCOME, "reviewOutcome must be APPROVE, REJECT or MORE_INFO / 审核结果须为通过、不通过或补充材料");
		}
		Object comment = execution.getVariable(COMMENT);
		if (!APPROVE.equals(outcome) && !(comment instanceof String text && !text.isBlank())) {
			throw new FormFieldValidationException(COMMENT, "reviewComment is required unless the outcome is APPROVE / 不通过或要求补充材料时须填写审核意见");
		}
	}

}
