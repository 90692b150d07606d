package org.enrollflow.shared;

import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into {@code application/problem+json} (RFC 9457) in the caller's language:
 * {@code status}, {@code title}, {@code detail}, {@code code} and, for input errors,
 * {@code errors: [{field, code, message}]}. Nothing a client sends ends as a 500.
 */
@RestControllerAdvice(basePackages = "org.enrollflow")
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final MessageSource messages;

	ProblemResponses(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> refused(ProblemException ex, WebRequest request) {
		ProblemDetail body = problem(ex.status(), ex.code(), ex.arguments());
		if (!ex.fieldProblems().isEmpty()) {
			body.setProperty("errors", ex.fieldProblems().stream()
				.map(p -> Map.of("field", p.field(), "code", p.code(), "message", message(p.code(), p.arguments())))
				.toList());
		}
		return handleExceptionInternal(ex, body, new HttpHeaders(), ex.status(), request);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<Object> staleVersion(ObjectOptimisticLockingFailureException ex, WebRequest request) {
		return handleExceptionInternal(ex, problem(HttpStatus.CONFLICT, "STALE_VERSION"), new HttpHeaders(),
				HttpStatus.CONFLICT, request);
	}

	/** Two requests (or a request and a timer) moved the same case or process at once: this one lost. */
	@ExceptionHandler({ OptimisticLockingException.class, ConcurrencyFailureException.class })
	ResponseEntity<Object> concurrentUpdate(Exception ex, WebRequest request) {
		return handleExceptionInternal(ex, problem(HttpStatus.CONFLICT, "CONCURRENT_UPDATE"), new HttpHeaders(),
				HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> duplicate(DataIntegrityViolationException ex, WebRequest request) {
		log.info("Refused a write that broke a constraint: {}", ex.getMostSpecificCause().getClass().getSimpleName());
		return handleExceptionInternal(ex, problem(HttpStatus.CONFLICT, "CONFLICT"), new HttpHeaders(),
				HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		body.setProperty("errors", List.of(Map.of("field", ex.getName(), "code", "INVALID_VALUE", "message",
				message("INVALID_VALUE"))));
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		if (lostARace(ex)) {
			return concurrentUpdate(ex, request);
		}
		log.error("Unexpected failure", ex);
		return handleExceptionInternal(ex, problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR"),
				new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY");
		if (ex.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
			Object[] accepted = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
					? new Object[] { Arrays.toString(invalid.getTargetType().getEnumConstants()) } : new Object[0];
			String code = accepted.length > 0 ? "NOT_ONE_OF" : "INVALID_VALUE";
			body.setProperty("errors", List.of(Map.of("field", path(invalid), "code", code, "message",
					message(code, accepted))));
		}
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		body.setProperty("errors", ex.getBindingResult().getFieldErrors().stream().map(this::fieldError).toList());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT");
		body.setProperty("errors", ex.getAllErrors().stream()
			.map(error -> Map.of("field", error instanceof FieldError f ? f.getField() : "", "code",
					validationCode(error), "message", messages.getMessage(error, locale())))
			.toList());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail detail
				&& (detail.getProperties() == null || !detail.getProperties().containsKey("code"))) {
			detail.setProperty("code", codeFor(statusCode));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private Map<String, String> fieldError(FieldError error) {
		String code = validationCode(error);
		return Map.of("field", error.getField(), "code", code, "message", messages.getMessage(error, locale()));
	}

	/**
	 * Whether the database rolled the transaction back for a conflicting one (SQL state class 40:
	 * a deadlock or a serialization failure), which the engine reports without translating it.
	 */
	private static boolean lostARace(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
				return true;
			}
		}
		return false;
	}

	/** The JSON path of the value, as {@code children[1].disability.types[0]}. */
	private static String path(InvalidFormatException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String validationCode(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return codes == null || codes.length == 0 ? "INVALID_VALUE" : codes[codes.length - 1].toUpperCase(Locale.ROOT);
	}

	private ProblemDetail problem(HttpStatus status, String code, Object... arguments) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, message(code, arguments));
		body.setTitle(messages.getMessage("title." + status.value(), null, status.getReasonPhrase(), locale()));
		body.setType(URI.create("https://enrollflow.org/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		body.setProperty("code", code);
		return body;
	}

	private static String codeFor(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return known == null ? "HTTP_" + status.value() : known.name();
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage("problem." + code, arguments, code, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
