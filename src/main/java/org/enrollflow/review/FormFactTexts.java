package org.enrollflow.review;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.CheckOutcome;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.shared.IdNumbers;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a case's facts as the texts a review form shows, Chinese first and English second:
 * reviewers share one Tasklist whatever their language.
 */
@Component
class FormFactTexts {

	private static final String BETWEEN_LANGUAGES = " / ";

	private final MessageSource messages;

	FormFactTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param verificationPassed whether data verification passed, {@code null} when it has not run
	 * @param applicantIsParent whether the applicant is the child's father or mother, {@code null} when unknown
	 * @param checks the checks recorded on the case; those with a reason are listed under the summary
	 */
	VariableMap of(CaseFacts facts, Boolean verificationPassed, Boolean applicantIsParent, List<CheckOutcome> checks) {
		return Variables.createVariables()
			.putValue(FormFact.CHILD_NAME, facts.childName())
			.putValue(FormFact.CHILD_ID_MASKED, IdNumbers.mask(facts.childIdNumber()))
			.putValue(FormFact.HOUSEHOLD_TYPE, label("review.householdType", facts.householdType()))
			.putValue(FormFact.ADDRESS, facts.address() == null ? both("review.notGiven") : facts.address())
			.putValue(FormFact.PROPERTY, property(facts))
			.putValue(FormFact.VERIFICATION, verification(verificationPassed, applicantIsParent) + reasons(checks))
			.putValue(FormFact.APPLICANT_RELATION, label("review.relation", facts.guardian1Relation()));
	}

	private String property(CaseFacts facts) {
		return property(facts.propertyKind(), facts.propertyNumber());
	}

	/** The kind of home and its certificate or contract number, or "not given". */
	String property(PropertyKind propertyKind, String propertyNumber) {
		if (propertyKind == null) {
			return both("review.notGiven");
		}
		String kind = label("review.propertyKind", propertyKind);
		return propertyNumber == null ? kind : kind + ": " + propertyNumber;
	}

	private String verification(Boolean passed, Boolean applicantIsParent) {
		String outcome = passed == null ? "pending" : passed ? "passed" : "failed";
		String parent = applicantIsParent == null ? "unknown" : applicantIsParent ? "yes" : "no";
		return in(Locale.SIMPLIFIED_CHINESE, outcome, parent) + "\n" + in(Locale.ENGLISH, outcome, parent);
	}

	/** One line per check with a reason, each starting with a line break: {@code · } passed, {@code ✗ } failed. */
	static String reasons(List<CheckOutcome> checks) {
		return checks.stream()
			.filter(check -> check.reasonZh() != null)
			.map(check -> "\n" + (check.passed() ? "· " : "✗ ") + check.reasonZh() + " / " + check.reasonEn())
			.collect(java.util.stream.Collectors.joining());
	}

	private String in(Locale locale, String outcome, String parent) {
		return messages.getMessage("review.verification",
				new Object[] { messages.getMessage("review.verification." + outcome, null, locale),
						messages.getMessage("review.applicantIsParent." + parent, null, locale) },
				locale);
	}

	/** The value's label under {@code prefix.value} in both languages, or "not given" for {@code null}. */
	String label(String prefix, Object value) {
		return value == null ? both("review.notGiven") : both(prefix + "." + value);
	}

	/** The message in Chinese, then in English: {@code 未填写 / Not given}. */
	String both(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.SIMPLIFIED_CHINESE) + BETWEEN_LANGUAGES
				+ messages.getMessage(code, arguments, Locale.ENGLISH);
	}

}
