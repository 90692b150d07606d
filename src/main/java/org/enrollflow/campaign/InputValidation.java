package org.enrollflow.campaign;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.enrollflow.shared.ProblemException;
import org.enrollflow.shared.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a request's Bean Validation constraints together with rules across its fields, and refuses
 * it with every problem at once. Updates are merged before they are checked, so a create and an
 * update answer the same input with the same errors.
 */
@Component
class InputValidation {

	private static final Set<String> REQUIRED = Set.of("NOTNULL", "NOTBLANK");

	private final Validator validator;

	InputValidation(Validator validator) {
		this.validator = validator;
	}

	/**
	 * @param furtherProblems problems found across fields
	 * @throws ProblemException {@code INVALID_INPUT} listing the problems, each field's code named as
	 * its constraint ({@code NOTBLANK}, {@code SIZE}, ...); a missing value hides its other problems
	 */
	void check(Object input, List<FieldProblem> furtherProblems) {
		Map<String, List<FieldProblem>> byField = validator.validate(input).stream()
			.map(InputValidation::problem)
			.collect(Collectors.groupingBy(FieldProblem::field));
		List<FieldProblem> problems = new ArrayList<>();
		byField.values().forEach(fieldProblems -> problems.addAll(fieldProblems.stream()
			.filter(p -> REQUIRED.contains(p.code()))
			.findFirst()
			.map(List::of)
			.orElse(fieldProblems)));
		problems.addAll(furtherProblems);
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code));
			throw ProblemException.invalidFields(problems);
		}
	}

	void check(Object input) {
		check(input, List.of());
	}

	private static FieldProblem problem(ConstraintViolation<Object> violation) {
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		String code = constraint.annotationType().getSimpleName().toUpperCase(Locale.ROOT);
		return new FieldProblem(violation.getPropertyPath().toString(), code, arguments(constraint));
	}

	/** The constraint's limits, as text so that messages show them unformatted. */
	private static Object[] arguments(Annotation constraint) {
		if (constraint instanceof Size size) {
			return new Object[] { String.valueOf(size.min()), String.valueOf(size.max()) };
		}
		if (constraint instanceof Min min) {
			return new Object[] { String.valueOf(min.value()) };
		}
		if (constraint instanceof Max max) {
			return new Object[] { String.valueOf(max.value()) };
		}
		return new Object[0];
	}

}
