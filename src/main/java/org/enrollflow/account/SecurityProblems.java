package org.enrollflow.account;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers refused logins and requests as {@code application/problem+json} in the caller's language,
 * like every other refusal of the API: 401 with {@code UNAUTHENTICATED} or {@code BAD_CREDENTIALS},
 * 429 with {@code LOGIN_LOCKED} and {@code Retry-After}, 403 with {@code FORBIDDEN}.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String BASIC_CHALLENGE = "Basic realm=\"EnrollFlow\", charset=\"UTF-8\"";

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ObjectMapper json;

	private final Clock clock;

	SecurityProblems(MessageSource messages, LocaleResolver locales, ObjectMapper json, Clock clock) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException {
		if (refusal instanceof LoginLockedException locked) {
			long seconds = Math.max(1, (Duration.between(clock.instant(), locked.lockedUntil()).toMillis() + 999) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "LOGIN_LOCKED", (seconds + 59) / 60);
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
		write(request, response, HttpStatus.UNAUTHORIZED,
				refusal instanceof BadCredentialsException ? "BAD_CREDENTIALS" : "UNAUTHENTICATED");
	}

	/**
	 * For the pages staff open from the Camunda webapps, which log in there: 401 with
	 * {@code WEBAPP_LOGIN_REQUIRED} and no challenge, so that the browser asks for no other login.
	 */
	AuthenticationEntryPoint webappLoginRequired() {
		return (request, response, refusal) -> write(request, response, HttpStatus.UNAUTHORIZED,
				"WEBAPP_LOGIN_REQUIRED");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Object... arguments) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("problem." + code, arguments, code, locale));
		body.setTitle(messages.getMessage("title." + status.value(), null, status.getReasonPhrase(), locale));
		body.setType(URI.create("https://enrollflow.org/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		body.setProperty("code", code);
		body.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

}
