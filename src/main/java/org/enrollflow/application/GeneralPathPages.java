package org.enrollflow.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.enrollflow.account.Callers;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every portal page of the general path (入学信息采集) shares: the caller's case on this path
 * or a 404 page, refusals in the reader's words, the notice of the last action, the dates and
 * times the templates show ({@code ui}), and the error page for a refusal that leaves no form to
 * show again.
 * <p>
 * The pages call the same commands as {@code /api/applications} (same checks, same messages),
 * without {@code If-Match}. Every form posts with its CSRF token and redirects after success; a
 * refusal renders the form again with each reason next to its field and everything typed kept
 * (see {@link GeneralPathForms}). A case that is not the caller's, or not on this path, is a 404 page.
 */
@ControllerAdvice(assignableTypes = { GeneralBindingPages.class, GeneralDetailsPages.class,
		GeneralConfirmationPage.class, GeneralAppointmentPage.class, GeneralPrivateSchoolPage.class,
		GeneralCasePages.class })
// Before the API's problem+json advice, which answers every exception for the whole application.
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeneralPathPages {

	/** The flash attribute with what the last action did, shown by the pages and by {@code case :: actions}. */
	static final String NOTICE = "generalNotice";

	private static final String ERROR = "portal/general/error";

	private final ApplicationViews views;
	private final Callers callers;
	private final MessageSource messages;
	private final SmartValidator validator;
	private final Clock clock;

	GeneralPathPages(ApplicationViews views, Callers callers, MessageSource messages, SmartValidator validator,
			Clock clock) {
		this.views = views;
		this.callers = callers;
		this.messages = messages;
		this.validator = validator;
		this.clock = clock;
	}

	@ModelAttribute("ui")
	Texts texts() {
		return new Texts(clock.getZone(), LocaleContextHolder.getLocale());
	}

	/** The caller's case on this path, or a 404 page. */
	ApplicationView view(UUID id) {
		return views.find(callers.current(), id)
			.filter(view -> CampaignPath.GENERAL.name().equals(view.path()))
			.orElseThrow(GeneralPathPages::notFound);
	}

	FormErrors validate(Object request) {
		return FormErrors.validate(request, validator, messages, LocaleContextHolder.getLocale());
	}

	/** The refusal in the reader's words; a closed window names which one. */
	FormErrors errors(ProblemException problem) {
		Locale locale = LocaleContextHolder.getLocale();
		FormErrors errors = FormErrors.of(problem, messages, locale);
		Object[] arguments = problem.arguments();
		if ("WINDOW_CLOSED".equals(problem.code()) && arguments.length == 1) {
			String window = messages.getMessage("general.windowClosed." + arguments[0], null, null, locale);
			if (window != null) {
				return new FormErrors(window, errors.fields());
			}
		}
		return errors;
	}

	/** Tells the page after the redirect what the action did. */
	void notice(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute(NOTICE, message(key, arguments));
	}

	String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The form shown again with the refusal's status. */
	static String refused(HttpServletResponse response, HttpStatus status, String page) {
		response.setStatus(status.value());
		return page;
	}

	static ProblemException notFound() {
		return ProblemException.notFound("APPLICATION_NOT_FOUND");
	}

	/** The checks of a stage that did not pass. */
	static List<ApplicationView.VerificationView> failed(ApplicationView view, String stage) {
		return view.verifications().stream().filter(v -> stage.equals(v.stage()) && !v.passed()).toList();
	}

	// Refusals that leave no form to show again

	@ExceptionHandler(ProblemException.class)
	ModelAndView problem(ProblemException problem) {
		if (problem.status() == HttpStatus.NOT_FOUND) {
			return notFoundPage();
		}
		return errorPage(problem.status(), errors(problem).summary());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformedId() {
		return notFoundPage();
	}

	@ExceptionHandler({ OptimisticLockingException.class, ConcurrencyFailureException.class })
	ModelAndView concurrentUpdate() {
		return errorPage(HttpStatus.CONFLICT, message("general.error.concurrent"));
	}

	private ModelAndView notFoundPage() {
		ModelAndView page = new ModelAndView(ERROR);
		page.addObject("errorTitle", message("general.title.notFound"));
		page.addObject("errorText", message("general.notFound.text"));
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	private ModelAndView errorPage(HttpStatus status, String text) {
		ModelAndView page = new ModelAndView(ERROR);
		page.addObject("errorTitle", messages.getMessage("title." + status.value(), null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		page.addObject("errorText", text);
		page.setStatus(status);
		return page;
	}

	/**
	 * Dates and times for the templates, in the campaign's time zone and the reader's language.
	 */
	static final class Texts {

		private final ZoneId zone;
		private final DateTimeFormatter dateTime;
		private final DateTimeFormatter date;
		private final DateTimeFormatter time;

		Texts(ZoneId zone, Locale locale) {
			this.zone = zone;
			boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
			this.dateTime = DateTimeFormatter.ofPattern(english ? "d MMM yyyy, HH:mm" : "yyyy年M月d日 HH:mm",
					english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
			this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(english ? Locale.UK : Locale.SIMPLIFIED_CHINESE);
			this.time = DateTimeFormatter.ofPattern("HH:mm");
		}

		public String at(Instant instant) {
			return instant == null ? "" : dateTime.format(instant.atZone(zone));
		}

		public String date(LocalDate day) {
			return day == null ? "" : date.format(day);
		}

		/** From the start's date and time to the end's time. */
		public String span(Instant start, Instant end) {
			return at(start) + "–" + (end == null ? "" : time.format(end.atZone(zone)));
		}

		/** A masked ID number that may wrap on a narrow screen. */
		public String breakable(String masked) {
			if (masked == null || masked.length() < 15) {
				return masked;
			}
			return masked.substring(0, 6) + '\u200B' + masked.substring(6, masked.length() - 4) + '\u200B'
					+ masked.substring(masked.length() - 4);
		}

	}

}
