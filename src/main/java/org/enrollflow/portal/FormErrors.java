package org.enrollflow.portal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.enrollflow.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;

/**
 * A page's errors in the reader's language: one summary, and one message per field to show next
 * to it. Made from the same checks and messages as the API's problems, so that the portal and the
 * API refuse the same input with the same words.
 *
 * @param summary what went wrong, for the top of the form; {@code null} when nothing did
 * @param fields field path (as the API names it, {@code guardian2.idNumber}) to message
 */
public record FormErrors(String summary, Map<String, String> fields) {

	public static final FormErrors NONE = new FormErrors(null, Map.of());

	public FormErrors {
		fields = Map.copyOf(fields);
	}

	/** The refusal of a command. */
	public static FormErrors of(ProblemException problem, MessageSource messages, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		problem.fieldProblems()
			.forEach(field -> fields.putIfAbsent(field.field(),
					messages.getMessage("problem." + field.code(), field.arguments(), field.code(), locale)));
		return new FormErrors(messages.getMessage("problem." + problem.code(), problem.arguments(), problem.code(), locale),
				fields);
	}

	/** The bean validation constraints of a request the page built, checked as the API checks them. */
	public static FormErrors validate(Object request, SmartValidator validator, MessageSource messages, Locale locale) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(request, "request");
		validator.validate(request, result);
		if (!result.hasErrors()) {
			return NONE;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		result.getFieldErrors().forEach(error -> fields.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
		return new FormErrors(messages.getMessage("problem.INVALID_INPUT", null, locale), fields);
	}

	public boolean any() {
		return summary != null;
	}

	/** The message of a field, or {@code null}; for {@code th:if} and {@code th:text} in the templates. */
	public String of(String field) {
		return fields.get(field);
	}

}
