package org.enrollflow.application;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.verificationcode.VerificationCodes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.SmartValidator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every portal page of the points path (积分入学) shares: the caller's case on this path or a
 * 404 page, refusals in the reader's words with a summary that links to each field, the code sent
 * for a submission or a withdrawal, the error pages for a refusal that leaves no form to show again,
 * and the times and names the templates show ({@code page}).
 * <p>
 * The pages, mobile first as the Xiamen manual describes them: the district, the notice and the
 * child that starts the draft ({@link PointsStartPages}); the registration form, its uploads and the
 * deletion of a draft ({@link PointsRegistrationPages}); once submitted, the requests the family may
 * make ({@link PointsRequestPages}, {@link PointsPreferencesPage}). The points part of the case page is
 * {@code portal/points/case :: actions(view)}.
 * <p>
 * Every page calls the same commands as the JSON API and shows their refusals next to their fields,
 * with what was typed. Successful posts redirect (POST/redirect/GET). Another parent's case, or one
 * that does not exist, is a 404 page. No page holds a full ID number (see {@link PointsIdNumberForms}).
 */
@ControllerAdvice(assignableTypes = { PointsStartPages.class, PointsRegistrationPages.class,
		PointsRequestPages.class, PointsPreferencesPage.class })
// Before the API's problem+json advice, which answers every exception for the whole application.
@Order(Ordered.HIGHEST_PRECEDENCE)
class PointsPathPages {

	/** Where a family lands after each step: its registration's own page, which links to the case page. */
	static final String OVERVIEW = "/portal/points/%s";

	static final String FORM = "/portal/points/%s/form";

	/** A child's field by its row: {@code children[1].name} is row 1, field {@code .name}. */
	static final Pattern CHILD_FIELD = Pattern.compile("^children\\[(\\d+)](.*)$");

	private static final String NOT_FOUND = "portal/points/not-found";

	private static final List<String> FIELD_ORDER = List.of("child", "noticeConsent", "district", "guardian1",
			"guardian2", "children", "address", "parentChildCase", "property", "documents", "declarationConsent",
			"verificationCode", "reason", "schoolIds");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ApplicationViews views;
	private final Callers callers;
	private final MessageSource messages;
	private final SmartValidator validator;
	private final VerificationCodes codes;
	private final Clock clock;

	PointsPathPages(ApplicationViews views, Callers callers, MessageSource messages, SmartValidator validator,
			VerificationCodes codes, Clock clock) {
		this.views = views;
		this.callers = callers;
		this.messages = messages;
		this.validator = validator;
		this.codes = codes;
		this.clock = clock;
	}

	/** The caller's case on this path, or a 404 page. */
	ApplicationView view(UUID id) {
		return views.find(callers.current(), id)
			.filter(view -> CampaignPath.POINTS.name().equals(view.path()))
			.orElseThrow(CaseNotFound::new);
	}

	/** Sends the calling parent a code; a refusal (a rate limit, a caller who is not a parent) shows at the code's field. */
	FormErrors sendCode(String purpose) {
		Caller caller = callers.current();
		if (!caller.isParent()) {
			return codeProblem(new ProblemException(HttpStatus.FORBIDDEN, "VERIFICATION_CODE_PARENTS_ONLY"));
		}
		try {
			codes.send(caller.parentAccountId(), purpose);
			return FormErrors.NONE;
		}
		catch (ErrorResponseException refused) {
			String text = messages.getMessage(refused.getDetailMessageCode(), refused.getDetailMessageArguments(),
					refused.getDetailMessageCode(), locale());
			return new FormErrors(text, Map.of(VerificationCodes.FIELD, text));
		}
	}

	/** A refusal, with those of the code (wrong, expired, not sent) shown next to the code's field. */
	FormErrors codeProblem(ProblemException problem) {
		FormErrors errors = errors(problem);
		if (errors.fields().isEmpty() && problem.code().startsWith("VERIFICATION_CODE_")) {
			return new FormErrors(errors.summary(), Map.of(VerificationCodes.FIELD, errors.summary()));
		}
		return errors;
	}

	FormErrors errors(ProblemException problem) {
		return FormErrors.of(problem, messages, locale());
	}

	FormErrors validate(Object request) {
		return FormErrors.validate(request, validator, messages, locale());
	}

	FormErrors fieldError(String field, String code, Object... arguments) {
		String text = messages.getMessage("problem." + code, arguments, code, locale());
		return new FormErrors(text, Map.of(field, text));
	}

	/** The errors for the top of a page: each with a link to its field and the field's name. */
	List<Problem> summary(FormErrors errors) {
		if (errors.fields().size() == 1 && errors.fields().containsValue(errors.summary())) {
			return List.of();
		}
		return errors.fields()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> entry) -> order(entry.getKey()))
				.thenComparing(Map.Entry::getKey))
			.map(entry -> new Problem(htmlId(entry.getKey()), label(entry.getKey()), entry.getValue()))
			.toList();
	}

	String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale());
	}

	static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** A posted field's value, stripped, or an empty string. */
	static String first(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value.strip();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// For the templates

	/** A time as the portal shows it, in the application's zone. */
	public String at(Instant instant) {
		return instant == null ? "" : SHOWN.withZone(clock.getZone()).format(instant);
	}

	/** The district's name, or its code where none is known. */
	public String districtName(String code) {
		return code == null ? "" : messages.getMessage("pointsPage.district." + code, null, code, locale());
	}

	/** A status's explanation on the points path, as the timeline words it. */
	public String explanation(ApplicationStatus status) {
		return messages.getMessage("timeline.points.status." + status.name(), null, "", locale());
	}

	// Refusals that are not a form's

	@ExceptionHandler({ CaseNotFound.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView(NOT_FOUND);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter() {
		return problemPage(HttpStatus.BAD_REQUEST, message("problem.INVALID_INPUT"));
	}

	@ExceptionHandler(ProblemException.class)
	ModelAndView refused(ProblemException problem) {
		if (problem.status() == HttpStatus.NOT_FOUND) {
			return notFound();
		}
		return problemPage(problem.status(), errors(problem).summary());
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ModelAndView concurrent() {
		return problemPage(HttpStatus.CONFLICT, message("problem.CONCURRENT_UPDATE"));
	}

	private static ModelAndView problemPage(HttpStatus status, String text) {
		ModelAndView page = new ModelAndView("portal/points/problem");
		page.addObject("text", text);
		page.setStatus(status);
		return page;
	}

	/** The id of a field's input in the pages: {@code children[1].name} is {@code children-1-name}. */
	private static String htmlId(String field) {
		return field.replace("[", "-").replace("]", "").replace('.', '-');
	}

	private static int order(String field) {
		for (int i = 0; i < FIELD_ORDER.size(); i++) {
			if (field.startsWith(FIELD_ORDER.get(i))) {
				return i;
			}
		}
		return FIELD_ORDER.size();
	}

	private String label(String field) {
		if (field.startsWith("documents.")) {
			return messages.getMessage("pointsPage.label.documents", null, locale());
		}
		Matcher matcher = CHILD_FIELD.matcher(field);
		if (matcher.matches()) {
			String rest = matcher.group(2).startsWith(".") ? matcher.group(2).substring(1) : matcher.group(2);
			return message("pointsPage.child.legend", Integer.parseInt(matcher.group(1)) + 1) + " · "
					+ messages.getMessage("pointsPage.label.children." + rest, null, rest, locale());
		}
		return messages.getMessage("pointsPage.label." + field, null, field, locale());
	}

	/** An error for the top of a page: the field's input id, its name, the message. */
	record Problem(String anchor, String label, String text) {
	}

	/** An option of a select: its value and what it shows. */
	record Choice(String value, String label) {
	}

	/** A case the caller may not see, or none: the same page for both. */
	static final class CaseNotFound extends RuntimeException {

		CaseNotFound() {
			super(null, null, false, false);
		}

	}

}
