package org.enrollflow.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with a stable {@code code} and a message key resolved in the caller's
 * language. Thrown before anything changes, so a refused request leaves no trace.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final Object[] arguments;
	private final List<FieldProblem> fieldProblems;

	public ProblemException(HttpStatus status, String code, Object... arguments) {
		this(status, code, List.of(), arguments);
	}

	private ProblemException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Object[] arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = arguments;
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	/** A missing case, or one that is not the caller's: both look the same from outside. */
	public static ProblemException notFound(String code, Object... arguments) {
		return new ProblemException(HttpStatus.NOT_FOUND, code, arguments);
	}

	public static ProblemException conflict(String code, Object... arguments) {
		return new ProblemException(HttpStatus.CONFLICT, code, arguments);
	}

	public static ProblemException windowClosed(String window) {
		return new ProblemException(HttpStatus.CONFLICT, "WINDOW_CLOSED", window);
	}

	public static ProblemException unprocessable(String code, Object... arguments) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, code, arguments);
	}

	/** Input errors on named fields; {@code code} of each field problem is also its message key. */
	public static ProblemException invalidFields(List<FieldProblem> problems) {
		return withFields(HttpStatus.BAD_REQUEST, "INVALID_INPUT", problems);
	}

	public static ProblemException withFields(HttpStatus status, String code, List<FieldProblem> problems) {
		return new ProblemException(status, code, problems, new Object[0]);
	}

	/** Well-formed input that names something that does not exist, or cannot be processed: 422 on that field. */
	public static ProblemException unprocessableField(String field, String code, Object... arguments) {
		return withFields(HttpStatus.UNPROCESSABLE_ENTITY, code, List.of(new FieldProblem(field, code, arguments)));
	}

	public static ProblemException invalidField(String field, String code, Object... arguments) {
		return invalidFields(List.of(new FieldProblem(field, code, arguments)));
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	public record FieldProblem(String field, String code, Object... arguments) {
	}

}
