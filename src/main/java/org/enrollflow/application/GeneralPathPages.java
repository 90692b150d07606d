package org.enrollflow.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.appointment.SlotView;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.points.GuardianIdType;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The general path (入学信息采集) in the portal: a new application and its identity binding, the
 * correction of a failed binding, the enrollment details, the confirmation beside the registry
 * data, the on-site review appointment, the private-school signup and the admission result.
 * <p>
 * Every page calls the same commands as {@code /api/applications} (same checks, same messages),
 * without {@code If-Match}. Every form posts with its CSRF token and redirects after success; a
 * refusal renders the form again with each reason next to its field and everything typed kept. A
 * case that is not the caller's, or not on this path, is a 404 page.
 * <p>
 * ID numbers are shown masked, and no full number is written into a page: a form that asks for
 * one again (the child's in a binding correction, the second guardian's in the details) leaves the
 * field empty and keeps the number on file when it stays empty; a number typed into a form that
 * is refused for another reason waits in the session for the next attempt. Only a number refused
 * itself is shown again as typed, to be corrected.
 */
@Controller
@RequestMapping("/portal/general")
class GeneralPathPages {

	/** The flash attribute with what the last action did, shown by the pages and by {@code case :: actions}. */
	static final String NOTICE = "generalNotice";

	private static final String NEW = "portal/general/new";
	private static final String OVERVIEW = "portal/general/overview";
	private static final String BINDING = "portal/general/binding";
	private static final String DETAILS = "portal/general/details";
	private static final String CONFIRMATION = "portal/general/confirmation";
	private static final String APPOINTMENT = "portal/general/appointment";
	private static final String PRIVATE_SCHOOL = "portal/general/private-school";
	private static final String NOTICE_PAGE = "portal/general/notice";
	private static final String DELETE = "portal/general/delete";
	private static final String ERROR = "portal/general/error";

	/** The session attribute with ID numbers typed into refused forms, by form. */
	private static final String TYPED_IDS = GeneralPathPages.class.getName() + ".typedIds";
	private static final String NEW_KEY = "new";
	private static final String BINDING_KEY = ":binding";
	private static final String DETAILS_KEY = ":details";

	private static final List<String> NEW_FIELDS = List.of("campaignId", "householdType", "child.name",
			"child.idNumber", "householdNumber");
	private static final List<String> BINDING_FIELDS = List.of("child.name", "child.idNumber", "householdNumber");
	private static final List<String> DETAILS_FIELDS = List.of("guardian1.relation", "guardian2.name",
			"guardian2.idType", "guardian2.idNumber", "guardian2.phone", "guardian2.relation", "address",
			"property.kind", "property.number");
	private static final List<String> GUARDIAN2_FIELDS = DETAILS_FIELDS.subList(1, 6);

	private final ApplicationCommands commands;
	private final ApplicationViews views;
	private final CaseAccess access;
	private final IdNumberProtector protector;
	private final Callers callers;
	private final Campaigns campaigns;
	private final Schools schools;
	private final MessageSource messages;
	private final SmartValidator validator;
	private final Clock clock;

	GeneralPathPages(ApplicationCommands commands, ApplicationViews views, CaseAccess access,
			IdNumberProtector protector, Callers callers, Campaigns campaigns, Schools schools,
			MessageSource messages, SmartValidator validator, Clock clock) {
		this.commands = commands;
		this.views = views;
		this.access = access;
		this.protector = protector;
		this.callers = callers;
		this.campaigns = campaigns;
		this.schools = schools;
		this.messages = messages;
		this.validator = validator;
		this.clock = clock;
	}

	@ModelAttribute("ui")
	Texts texts() {
		return new Texts(clock.getZone(), LocaleContextHolder.getLocale());
	}

	// A new application and its binding

	@GetMapping("/new")
	String newApplication(@RequestParam(name = "campaign", required = false) String campaign, Model model,
			HttpSession session) {
		Map<String, String> form = blankForm(NEW_FIELDS);
		if (campaign != null) {
			CampaignView chosen = generalCampaign(uuid(campaign)).orElseThrow(GeneralPathPages::notFound);
			form.put("campaignId", chosen.id().toString());
		}
		typedIds(session).remove(NEW_KEY);
		return newPage(model, form, FormErrors.NONE, null);
	}

	@PostMapping("/new")
	String create(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect,
			HttpServletResponse response, HttpSession session) {
		Map<String, String> form = kept(typed, NEW_FIELDS);
		String childId = idNumber(session, NEW_KEY, form.get("child.idNumber"), () -> null);
		ApplicationRequests.Create request = new ApplicationRequests.Create(uuid(form.get("campaignId")),
				value(HouseholdType.class, form.get("householdType")),
				new ApplicationRequests.Child(form.get("child.name"), childId), form.get("householdNumber"), null,
				null, null);
		FormErrors errors = validate(request);
		if (!errors.any()) {
			try {
				Application application = commands.create(callers.current(), request);
				typedIds(session).remove(NEW_KEY);
				redirect.addFlashAttribute(NOTICE, message("general.new.started"));
				return "redirect:/portal/applications/" + application.id();
			}
			catch (ProblemException problem) {
				errors = errors(problem);
				response.setStatus(problem.status().value());
			}
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		String keptId = keepTyped(session, NEW_KEY, form, "child.idNumber", childId, errors);
		return newPage(model, form, errors, keptId);
	}

	@GetMapping("/{id}")
	String overview(@PathVariable UUID id, Model model) {
		model.addAttribute("view", view(id));
		model.addAttribute("errors", FormErrors.NONE);
		return OVERVIEW;
	}

	@GetMapping("/{id}/binding")
	String binding(@PathVariable UUID id, Model model, HttpSession session) {
		ApplicationView view = view(id);
		Map<String, String> form = blankForm(BINDING_FIELDS);
		form.put("child.name", view.child().name());
		form.put("householdNumber", orEmpty(view.householdNumber()));
		typedIds(session).remove(id + BINDING_KEY);
		return bindingPage(model, view, form, FormErrors.NONE, view.child().idNumber());
	}

	@PostMapping("/{id}/binding")
	String correctBinding(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		ApplicationView view = view(id);
		Caller caller = callers.current();
		Map<String, String> form = kept(typed, BINDING_FIELDS);
		String childId = idNumber(session, id + BINDING_KEY, form.get("child.idNumber"),
				() -> protector.decrypt(access.require(caller, id, null).childIdEncrypted()));
		ApplicationRequests.Binding request = new ApplicationRequests.Binding(
				new ApplicationRequests.Child(form.get("child.name"), childId), form.get("householdNumber"));
		FormErrors errors = validate(request);
		if (!errors.any()) {
			try {
				commands.correctBinding(caller, id, null, request);
				typedIds(session).remove(id + BINDING_KEY);
				redirect.addFlashAttribute(NOTICE, message("general.binding.corrected"));
				return "redirect:/portal/applications/" + id;
			}
			catch (ProblemException problem) {
				errors = errors(problem);
				response.setStatus(problem.status().value());
			}
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		String keptId = keepTyped(session, id + BINDING_KEY, form, "child.idNumber", childId, errors);
		return bindingPage(model, view, form, errors, keptId != null ? keptId : view.child().idNumber());
	}

	// The enrollment details

	@GetMapping("/{id}/details")
	String details(@PathVariable UUID id, Model model, HttpSession session) {
		ApplicationView view = view(id);
		typedIds(session).remove(id + DETAILS_KEY);
		return detailsPage(model, view, savedDetails(view), FormErrors.NONE, savedGuardian2Id(view));
	}

	@PostMapping("/{id}/details")
	String saveDetails(@PathVariable UUID id, @RequestParam Map<String, String> typed,
			@RequestParam(name = "intent", defaultValue = "save") String intent, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		ApplicationView view = view(id);
		Caller caller = callers.current();
		Map<String, String> form = kept(typed, DETAILS_FIELDS);
		ApplicationRequests.Details request = detailsRequest(caller, id, form, session);
		FormErrors errors = validate(request);
		if (!errors.any()) {
			try {
				commands.saveDetails(caller, id, null, request);
			}
			catch (ProblemException problem) {
				errors = errors(problem);
				response.setStatus(problem.status().value());
			}
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		if (errors.any()) {
			String keptId = keepTyped(session, id + DETAILS_KEY, form, "guardian2.idNumber",
					request.guardian2() == null ? null : request.guardian2().idNumber(), errors);
			return detailsPage(model, view, form, errors, keptId != null ? keptId : savedGuardian2Id(view));
		}
		typedIds(session).remove(id + DETAILS_KEY);
		form.put("guardian2.idNumber", "");
		if (!"submit".equals(intent)) {
			redirect.addFlashAttribute(NOTICE, message("general.details.saved"));
			return "redirect:/portal/general/" + id + "/details";
		}
		try {
			commands.submit(caller, id, null, null);
			redirect.addFlashAttribute(NOTICE, message("general.details.submitted"));
			return "redirect:/portal/applications/" + id;
		}
		catch (ProblemException problem) {
			FormErrors refusal = errors(problem);
			FormErrors saved = new FormErrors(message("general.details.savedNotSubmitted") + " " + refusal.summary(),
					refusal.fields());
			ApplicationView current = view(id);
			return refused(response, problem.status(),
					detailsPage(model, current, form, saved, savedGuardian2Id(current)));
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		try {
			commands.submit(callers.current(), id, null, null);
			redirect.addFlashAttribute(NOTICE, message("general.details.submitted"));
			return "redirect:/portal/applications/" + id;
		}
		catch (ProblemException problem) {
			return refused(response, problem.status(),
					detailsPage(model, view, savedDetails(view), errors(problem), savedGuardian2Id(view)));
		}
	}

	// Confirmation

	@GetMapping("/{id}/confirmation")
	String confirmation(@PathVariable UUID id, Model model) {
		return confirmationPage(model, view(id), FormErrors.NONE);
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		try {
			commands.confirm(callers.current(), id, null);
			redirect.addFlashAttribute(NOTICE, message("general.confirm.confirmed"));
			return "redirect:/portal/applications/" + id;
		}
		catch (ProblemException problem) {
			return refused(response, problem.status(), confirmationPage(model, view, errors(problem)));
		}
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		try {
			commands.reopen(callers.current(), id, null);
			redirect.addFlashAttribute(NOTICE, message("general.confirm.reopened"));
			return "redirect:/portal/general/" + id + "/details";
		}
		catch (ProblemException problem) {
			return refused(response, problem.status(), confirmationPage(model, view, errors(problem)));
		}
	}

	// On-site review

	@GetMapping("/{id}/appointment")
	String appointment(@PathVariable UUID id, Model model) {
		return appointmentPage(model, view(id), FormErrors.NONE);
	}

	@PostMapping("/{id}/appointment")
	String book(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		ApplicationRequests.Booking request = new ApplicationRequests.Booking(uuid(typed.get("slotId")));
		FormErrors errors = validate(request);
		if (errors.any()) {
			return refused(response, HttpStatus.BAD_REQUEST, appointmentPage(model, view, errors));
		}
		try {
			commands.bookAppointment(callers.current(), id, null, request.slotId());
			redirect.addFlashAttribute(NOTICE, message("general.appointment.booked"));
			return "redirect:/portal/general/" + id + "/appointment";
		}
		catch (ProblemException problem) {
			return refused(response, problem.status(), appointmentPage(model, view(id), errors(problem)));
		}
	}

	// Private-school signup

	@GetMapping("/{id}/private-school")
	String privateSchool(@PathVariable UUID id, Model model) {
		return privateSchoolPage(model, view(id), FormErrors.NONE);
	}

	@PostMapping("/{id}/private-school")
	String signUpPrivate(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		ApplicationRequests.PrivateSignup request = new ApplicationRequests.PrivateSignup(uuid(typed.get("schoolId")));
		FormErrors errors = validate(request);
		if (errors.any()) {
			return refused(response, HttpStatus.BAD_REQUEST, privateSchoolPage(model, view, errors));
		}
		try {
			commands.signUpPrivate(callers.current(), id, null, request.schoolId());
			String school = schools.find(request.schoolId()).map(SchoolView::name).orElse("");
			redirect.addFlashAttribute(NOTICE, message("general.private.signedUp", school));
			return "redirect:/portal/general/" + id + "/private-school";
		}
		catch (ProblemException problem) {
			return refused(response, problem.status(), privateSchoolPage(model, view, errors(problem)));
		}
	}

	@PostMapping("/{id}/private-school/cancel")
	String cancelPrivateSignup(@PathVariable UUID id, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ApplicationView view = view(id);
		try {
			commands.cancelPrivateSignup(callers.current(), id, null);
			redirect.addFlashAttribute(NOTICE, message("general.private.cancelled"));
			return "redirect:/portal/general/" + id + "/private-school";
		}
		catch (ProblemException problem) {
			return refused(response, problem.status(), privateSchoolPage(model, view, errors(problem)));
		}
	}

	// Admission, and deleting a draft

	@GetMapping("/{id}/notice")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("view", view(id));
		return NOTICE_PAGE;
	}

	@GetMapping("/{id}/delete")
	String deleteQuestion(@PathVariable UUID id, Model model) {
		model.addAttribute("view", view(id));
		model.addAttribute("errors", FormErrors.NONE);
		return DELETE;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		try {
			commands.deleteDraft(callers.current(), id, null);
			redirect.addFlashAttribute(NOTICE, message("general.delete.done"));
			return "redirect:/portal/applications";
		}
		catch (ProblemException problem) {
			model.addAttribute("view", view);
			model.addAttribute("errors", errors(problem));
			return refused(response, problem.status(), DELETE);
		}
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

	// Pages

	private String newPage(Model model, Map<String, String> form, FormErrors errors, String keptId) {
		Optional<CampaignView> chosen = generalCampaign(uuid(form.get("campaignId")));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("keptId", keptId);
		model.addAttribute("campaign", chosen.orElse(null));
		model.addAttribute("campaigns", chosen.isPresent() ? List.of()
				: campaigns.openForRegistration().stream().filter(c -> c.path() == CampaignPath.GENERAL).toList());
		return NEW;
	}

	private String bindingPage(Model model, ApplicationView view, Map<String, String> form, FormErrors errors,
			String keptId) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("keptId", keptId);
		model.addAttribute("failures", failed(view, Applications.STAGE_BINDING));
		return BINDING;
	}

	private String detailsPage(Model model, ApplicationView view, Map<String, String> form, FormErrors errors,
			String keptId) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("guardian1", view.guardians().get(0));
		model.addAttribute("keptId", keptId);
		model.addAttribute("failures", view.status() == ApplicationStatus.VERIFICATION_FAILED
				? failed(view, Applications.STAGE_VERIFICATION) : List.of());
		return DETAILS;
	}

	private String confirmationPage(Model model, ApplicationView view, FormErrors errors) {
		List<ApplicationView.VerificationView> checks = view.verifications()
			.stream()
			.filter(v -> Applications.STAGE_VERIFICATION.equals(v.stage()))
			.toList();
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("checks", checks);
		return CONFIRMATION;
	}

	private String appointmentPage(Model model, ApplicationView view, FormErrors errors) {
		boolean canBook = view.availableActions().contains("BOOK_APPOINTMENT");
		List<SlotView> slots = canBook ? commands.freeSlots(callers.current(), view.id()) : List.of();
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("canBook", canBook);
		model.addAttribute("slots", slots);
		return APPOINTMENT;
	}

	private String privateSchoolPage(Model model, ApplicationView view, FormErrors errors) {
		CampaignView campaign = campaigns.find(view.campaignId()).orElseThrow(GeneralPathPages::notFound);
		List<String> actions = view.availableActions();
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("campaign", campaign);
		model.addAttribute("closed", !clock.instant().isBefore(campaign.privateSignupCloses())
				|| (view.privateSchool() != null && view.privateSchool().frozen()));
		model.addAttribute("canChoose",
				actions.contains("PRIVATE_SIGNUP") || actions.contains("CHANGE_PRIVATE_SIGNUP"));
		model.addAttribute("canCancel", actions.contains("CANCEL_PRIVATE_SIGNUP"));
		model.addAttribute("privateSchools",
				schools.ofCampaign(view.campaignId()).stream().filter(s -> s.type() == SchoolType.PRIVATE).toList());
		return PRIVATE_SCHOOL;
	}

	// The case and its forms

	/** The caller's case on this path, or a 404 page. */
	private ApplicationView view(UUID id) {
		return views.find(callers.current(), id)
			.filter(view -> CampaignPath.GENERAL.name().equals(view.path()))
			.orElseThrow(GeneralPathPages::notFound);
	}

	private Optional<CampaignView> generalCampaign(UUID id) {
		return id == null ? Optional.empty()
				: campaigns.find(id).filter(campaign -> campaign.path() == CampaignPath.GENERAL);
	}

	private static Map<String, String> savedDetails(ApplicationView view) {
		Map<String, String> form = blankForm(DETAILS_FIELDS);
		form.put("guardian1.relation", orEmpty(view.guardians().get(0).relation()));
		if (view.guardians().size() > 1) {
			ApplicationView.GuardianView guardian2 = view.guardians().get(1);
			form.put("guardian2.name", orEmpty(guardian2.name()));
			form.put("guardian2.idType", orEmpty(guardian2.idType()));
			form.put("guardian2.phone", orEmpty(guardian2.phone()));
			form.put("guardian2.relation", orEmpty(guardian2.relation()));
		}
		form.put("address", orEmpty(view.address()));
		if (view.property() != null) {
			form.put("property.kind", view.property().kind() == null ? "" : view.property().kind().name());
			form.put("property.number", orEmpty(view.property().number()));
		}
		return form;
	}

	/**
	 * The details as the API takes them: a part left wholly empty is not given. The second
	 * guardian's number left empty is the one on file, if there is one.
	 */
	private ApplicationRequests.Details detailsRequest(Caller caller, UUID id, Map<String, String> form,
			HttpSession session) {
		String relation = form.get("guardian1.relation");
		ApplicationRequests.Guardian1 guardian1 = isBlank(relation) ? null
				: new ApplicationRequests.Guardian1(value(Relation.class, relation));
		ApplicationRequests.Guardian2 guardian2 = null;
		if (GUARDIAN2_FIELDS.stream().anyMatch(field -> !isBlank(form.get(field)))) {
			String idNumber = idNumber(session, id + DETAILS_KEY, form.get("guardian2.idNumber"), () -> {
				String saved = access.require(caller, id, null).guardian2IdEncrypted();
				return saved == null ? null : protector.decrypt(saved);
			});
			guardian2 = new ApplicationRequests.Guardian2(form.get("guardian2.name"),
					value(GuardianIdType.class, form.get("guardian2.idType")), idNumber, form.get("guardian2.phone"),
					value(Relation.class, form.get("guardian2.relation")), null);
		}
		ApplicationRequests.Property property = null;
		if (!isBlank(form.get("property.kind")) || !isBlank(form.get("property.number"))) {
			property = new ApplicationRequests.Property(value(PropertyKind.class, form.get("property.kind")),
					form.get("property.number"));
		}
		return new ApplicationRequests.Details(guardian1, guardian2, form.get("address"), property, null, null, null);
	}

	private static String savedGuardian2Id(ApplicationView view) {
		return view.guardians().size() > 1 ? view.guardians().get(1).idNumber() : null;
	}

	/**
	 * The ID number a form stands for: the one typed, else one typed into the form before it was
	 * refused, else the one on file.
	 */
	private static String idNumber(HttpSession session, String key, String typed, Supplier<String> onFile) {
		if (!isBlank(typed)) {
			return typed;
		}
		String kept = typedIds(session).get(key);
		return kept != null ? kept : onFile.get();
	}

	/**
	 * After a refusal, a number that was not refused itself stays in the session instead of the
	 * page: the field is shown empty, with the number masked beside it. A refused number is shown
	 * as typed, to be corrected.
	 * @return the kept number, masked; {@code null} when none is kept
	 */
	private static String keepTyped(HttpSession session, String key, Map<String, String> form, String field,
			String number, FormErrors errors) {
		Map<String, String> kept = typedIds(session);
		if (isBlank(number) || errors.of(field) != null) {
			kept.remove(key);
			return null;
		}
		kept.put(key, number.strip());
		form.put(field, "");
		return IdNumbers.mask(number);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> typedIds(HttpSession session) {
		Object kept = session.getAttribute(TYPED_IDS);
		if (kept instanceof Map<?, ?> map) {
			return (Map<String, String>) map;
		}
		Map<String, String> created = new ConcurrentHashMap<>();
		session.setAttribute(TYPED_IDS, created);
		return created;
	}

	private static List<ApplicationView.VerificationView> failed(ApplicationView view, String stage) {
		return view.verifications().stream().filter(v -> stage.equals(v.stage()) && !v.passed()).toList();
	}

	private FormErrors validate(Object request) {
		return FormErrors.validate(request, validator, messages, LocaleContextHolder.getLocale());
	}

	/** The refusal in the reader's words; a closed window names which one. */
	private FormErrors errors(ProblemException problem) {
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

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static String refused(HttpServletResponse response, HttpStatus status, String page) {
		response.setStatus(status.value());
		return page;
	}

	private static ProblemException notFound() {
		return ProblemException.notFound("APPLICATION_NOT_FOUND");
	}

	private static Map<String, String> blankForm(List<String> fields) {
		Map<String, String> form = new LinkedHashMap<>();
		fields.forEach(field -> form.put(field, ""));
		return form;
	}

	/** What was typed into the form's fields, and nothing else the request carried. */
	private static Map<String, String> kept(Map<String, String> typed, List<String> fields) {
		Map<String, String> form = new LinkedHashMap<>();
		fields.forEach(field -> form.put(field, typed.getOrDefault(field, "")));
		return form;
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		if (isBlank(name)) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID uuid(String text) {
		if (isBlank(text)) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
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
