package org.enrollflow.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.document.DocumentType;
import org.enrollflow.document.Documents;
import org.enrollflow.points.DisabilityType;
import org.enrollflow.points.GuardianIdType;
import org.enrollflow.points.NamePinyin;
import org.enrollflow.points.PinyinName;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.verificationcode.VerificationCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.SmartValidator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's pages of the points path (积分入学), mobile first, as the Xiamen manual describes
 * them: the district, the notice that holds the start button for a while and asks for consent, the
 * child that starts the draft; the registration form (guardians, children with their pinyin and
 * disability, address, parent-child relation case, housing, the uploads the entries call for, the
 * declaration and the verification code); and, once submitted, the requests the family may make
 * (modification, recheck, withdrawal with a code, the wished-for schools). The points part of the
 * case page is {@code portal/points/case :: actions(view)}.
 * <p>
 * Every page calls the same commands as the JSON API and shows their refusals next to their fields,
 * with what was typed. Successful posts redirect (POST/redirect/GET). Another parent's case, or one
 * that does not exist, is a 404 page.
 * <p>
 * No page holds a full ID number: saved ones show masked, an ID field left empty keeps the number
 * saved, and a well-formed number typed into a form that was refused for another reason is held in
 * the session (shown masked) until the form is saved.
 */
@Controller
@RequestMapping("/portal/points")
class PointsPathPages {

	/** Where a family lands after each step: its registration's own page, which links to the case page. */
	static final String OVERVIEW = "/portal/points/%s";

	static final String FORM = "/portal/points/%s/form";

	private static final String NOT_FOUND = "portal/points/not-found";

	private static final String HELD_IDS = PointsPathPages.class.getName() + ".ids.";

	private static final String NOTICE_SHOWN = PointsPathPages.class.getName() + ".notice.";

	/** The API's path for sending a verification code, whose handler sends the portal's codes too. */

	/** The cases nothing may be uploaded to any more, as {@link CaseDocumentController} refuses them. */
	private static final Set<ApplicationStatus> CLOSED = EnumSet.of(ApplicationStatus.ABANDONED,
			ApplicationStatus.WITHDRAWN, ApplicationStatus.ONSITE_REJECTED, ApplicationStatus.ADMITTED,
			ApplicationStatus.NOT_ADMITTED);

	private static final Pattern CHILD_FIELD = Pattern.compile("^children\\[(\\d+)](.*)$");

	private static final List<String> FIELD_ORDER = List.of("child", "noticeConsent", "district", "guardian1",
			"guardian2", "children", "address", "parentChildCase", "property", "documents", "declarationConsent",
			"verificationCode", "reason", "schoolIds");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final int MAX_CHILDREN = 6;

	private final ApplicationCommands commands;
	private final PointsCommands points;
	private final ApplicationViews views;
	private final CaseAccess access;
	private final Callers callers;
	private final Campaigns campaigns;
	private final Schools schools;
	private final Documents documents;
	private final NamePinyin pinyin;
	private final IdNumberProtector protector;
	private final MessageSource messages;
	private final SmartValidator validator;
	private final TransactionTemplate transactions;
	private final VerificationCodes codes;
	private final Clock clock;
	private final Duration noticeWait;

	PointsPathPages(ApplicationCommands commands, PointsCommands points, ApplicationViews views, CaseAccess access,
			Callers callers, Campaigns campaigns, Schools schools, Documents documents, NamePinyin pinyin,
			IdNumberProtector protector, MessageSource messages, SmartValidator validator,
			PlatformTransactionManager transactionManager,
			VerificationCodes codes,
			Clock clock, @Value("${enrollflow.portal.points-notice-wait:PT30S}") Duration noticeWait) {
		this.commands = commands;
		this.points = points;
		this.views = views;
		this.access = access;
		this.callers = callers;
		this.campaigns = campaigns;
		this.schools = schools;
		this.documents = documents;
		this.pinyin = pinyin;
		this.protector = protector;
		this.messages = messages;
		this.validator = validator;
		this.transactions = new TransactionTemplate(transactionManager);
		this.codes = codes;
		this.clock = clock;
		this.noticeWait = noticeWait;
	}

	// Starting: the district, the notice, the child

	@GetMapping("/new")
	String district(@RequestParam("campaign") UUID campaignId, Model model) {
		return districtPage(model, openCampaign(campaignId), null, FormErrors.NONE);
	}

	@GetMapping("/new/notice")
	String notice(@RequestParam("campaign") UUID campaignId, @RequestParam(name = "district", required = false) String district,
			HttpSession session, Model model) {
		CampaignView campaign = openCampaign(campaignId);
		if (district == null || district.isBlank()) {
			return districtPage(model, campaign, null, fieldError("district", "DISTRICT_REQUIRED"));
		}
		if (!districts(campaign).contains(district)) {
			return districtPage(model, campaign, district, fieldError("district", "DISTRICT_NOT_OFFERED", district));
		}
		String key = NOTICE_SHOWN + campaign.id() + "." + district;
		if (session.getAttribute(key) == null) {
			session.setAttribute(key, clock.instant());
		}
		Map<String, String> form = new HashMap<>();
		form.put("child.name", "");
		form.put("child.idNumber", "");
		return noticePage(model, campaign, district, form, false, null, FormErrors.NONE, session);
	}

	@PostMapping("/new")
	String start(@RequestParam("campaign") UUID campaignId, @RequestParam MultiValueMap<String, String> params,
			HttpSession session, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CampaignView campaign = openCampaign(campaignId);
		String district = first(params, "district");
		if (!districts(campaign).contains(district)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return districtPage(model, campaign, null, district.isEmpty() ? fieldError("district", "DISTRICT_REQUIRED")
					: fieldError("district", "DISTRICT_NOT_OFFERED", district));
		}
		boolean consent = "true".equals(first(params, "noticeConsent"));
		String name = first(params, "child.name");
		String typedId = first(params, "child.idNumber");
		String heldKey = "start." + campaign.id();
		Map<String, String> held = held(session, heldKey);
		String idNumber = !typedId.isEmpty() ? typedId : held.get("child.idNumber");
		FormErrors errors;
		Instant shown = (Instant) session.getAttribute(NOTICE_SHOWN + campaign.id() + "." + district);
		if (shown == null || clock.instant().isBefore(shown.plus(noticeWait))) {
			errors = fieldError("noticeConsent", "NOTICE_READ_FIRST", noticeWait.toSeconds());
		}
		else {
			ApplicationRequests.Create request = new ApplicationRequests.Create(campaign.id(), HouseholdType.NON_LOCAL,
					new ApplicationRequests.Child(name, idNumber), null, consent, blankToNull(district), null);
			errors = validate(request);
			if (!errors.any()) {
				try {
					Application application = commands.create(callers.current(), request);
					session.removeAttribute(HELD_IDS + heldKey);
					session.removeAttribute(NOTICE_SHOWN + campaign.id() + "." + district);
					redirect.addFlashAttribute("notice", message("pointsPage.started"));
					return "redirect:" + FORM.formatted(application.id());
				}
				catch (ProblemException problem) {
					errors = FormErrors.of(problem, messages, locale());
				}
			}
		}
		Map<String, String> form = new HashMap<>();
		form.put("child.name", name);
		form.put("child.idNumber", keepOrHold(session, heldKey, "child.idNumber", typedId, null));
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return noticePage(model, campaign, district, form, consent, held(session, heldKey), errors, session);
	}

	private String districtPage(Model model, CampaignView campaign, String chosen, FormErrors errors) {
		List<String> districts = districts(campaign);
		model.addAttribute("campaign", campaign);
		model.addAttribute("districts", districts.stream().map(code -> new Choice(code, districtName(code))).toList());
		model.addAttribute("chosen", chosen != null ? chosen : districts.size() == 1 ? districts.get(0) : null);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", summary(errors));
		model.addAttribute("closes", at(campaign.registrationCloses()));
		return "portal/points/district";
	}

	private String noticePage(Model model, CampaignView campaign, String district, Map<String, String> form,
			boolean consent, Map<String, String> held, FormErrors errors, HttpSession session) {
		Instant shown = (Instant) session.getAttribute(NOTICE_SHOWN + campaign.id() + "." + district);
		long remaining = shown == null ? noticeWait.toSeconds()
				: Math.max(0, Duration.between(clock.instant(), shown.plus(noticeWait)).toMillis() + 999) / 1000;
		model.addAttribute("campaign", campaign);
		model.addAttribute("district", district);
		model.addAttribute("districtName", districtName(district));
		model.addAttribute("form", form);
		model.addAttribute("consent", consent);
		model.addAttribute("heldId", held == null || held.get("child.idNumber") == null ? null
				: IdNumbers.mask(held.get("child.idNumber")));
		model.addAttribute("waitSeconds", noticeWait.toSeconds());
		model.addAttribute("remaining", remaining);
		model.addAttribute("opens", at(campaign.registrationOpens()));
		model.addAttribute("closes", at(campaign.registrationCloses()));
		model.addAttribute("errors", errors);
		model.addAttribute("problems", summary(errors));
		return "portal/points/notice";
	}

	// The registration's own page

	@GetMapping("/{id}")
	String overview(@PathVariable UUID id, Model model) {
		ApplicationView view = view(id);
		model.addAttribute("view", view);
		model.addAttribute("page", this);
		model.addAttribute("campaign", campaigns.find(view.campaignId()).orElse(null));
		return "portal/points/overview";
	}

	// The registration form

	@GetMapping("/{id}/form")
	String form(@PathVariable UUID id, Model model) {
		ApplicationView view = view(id);
		if (!view.availableActions().contains("EDIT")) {
			return "redirect:" + OVERVIEW.formatted(id);
		}
		boolean declared = Boolean.TRUE.equals(model.asMap().get("declared"));
		return formPage(model, view, Form.of(view), FormErrors.NONE, declared, "");
	}

	/**
	 * The registration form's every button: save the draft (also with the files chosen), add a
	 * child (the form again with one more row, nothing saved), send the code, submit. Saving comes
	 * first, so that nothing typed is lost whatever happens next.
	 */
	@PostMapping("/{id}/form")
	String saveForm(@PathVariable UUID id, HttpServletRequest request, HttpSession session, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		if (!view.availableActions().contains("EDIT")) {
			// submitted meanwhile (a second click, another tab) or the window closed: the case says which
			return "redirect:" + OVERVIEW.formatted(id);
		}
		Caller caller = callers.current();
		MultiValueMap<String, String> params = parameters(request);
		String action = first(params, "action").isEmpty() ? "save" : first(params, "action");
		boolean declared = "true".equals(first(params, "declarationConsent"));
		String code = first(params, "verificationCode");
		String heldKey = id.toString();
		Map<String, String> held = held(session, heldKey);
		Map<String, String> stored = storedIds(caller, id);
		Parsed parsed = parse(params, held, stored);
		Map<String, String> uploadErrors = storeFiles(caller, id, request);
		if ("addChild".equals(action)) {
			Form form = typedForm(session, heldKey, params, parsed, stored, view,
					Math.min(MAX_CHILDREN, parsed.rows() + 1));
			FormErrors errors = uploadErrors.isEmpty() ? FormErrors.NONE
					: new FormErrors(message("problem.INVALID_INPUT"), uploadErrors);
			return formPage(model, view(id), form, errors, declared, code);
		}
		FormErrors errors = parsed.problems().isEmpty() ? remap(validate(parsed.details()), parsed.sent())
				: merge(parsed.problems(), remap(validate(parsed.details()), parsed.sent()));
		if (!errors.any()) {
			try {
				commands.saveDetails(caller, id, null, parsed.details());
			}
			catch (ProblemException problem) {
				errors = remap(FormErrors.of(problem, messages, locale()), parsed.sent());
			}
		}
		if (errors.any() || !uploadErrors.isEmpty()) {
			Form form = errors.any() ? typedForm(session, heldKey, params, parsed, stored, view, parsed.rows())
					: Form.of(view(id));
			if (!errors.any()) {
				session.removeAttribute(HELD_IDS + heldKey);
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return formPage(model, view(id), form, merge(uploadErrors, errors), declared, code);
		}
		session.removeAttribute(HELD_IDS + heldKey);
		switch (action) {
			case "sendCode" -> {
				FormErrors refused = sendCode(VerificationCodes.SUBMIT);
				if (refused.any()) {
					response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
					return formPage(model, view(id), Form.of(view(id)), refused, declared, code);
				}
				redirect.addFlashAttribute("notice", message("pointsPage.code.sent"));
				redirect.addFlashAttribute("declared", declared);
				return "redirect:" + FORM.formatted(id) + "#submit";
			}
			case "submit" -> {
				try {
					commands.submit(caller, id, null, new ApplicationRequests.Submission(declared, code));
				}
				catch (ProblemException problem) {
					response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
					return formPage(model, view(id), Form.of(view(id)), codeProblem(problem), declared, code);
				}
				redirect.addFlashAttribute("notice", message("pointsPage.submitted"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			default -> {
				redirect.addFlashAttribute("notice", message("pointsPage.saved"));
				return "redirect:" + FORM.formatted(id) + ("upload".equals(action) ? "#documents" : "");
			}
		}
	}

	private String formPage(Model model, ApplicationView view, Form form, FormErrors errors, boolean declared,
			String code) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", summary(errors));
		model.addAttribute("pinyin", pinyinRows(view, form));
		model.addAttribute("declared", declared);
		model.addAttribute("code", code == null ? "" : code);
		model.addAttribute("relations", Relation.values());
		model.addAttribute("idTypes", GuardianIdType.values());
		model.addAttribute("disabilityTypes", DisabilityType.values());
		model.addAttribute("maxChildren", MAX_CHILDREN);
		model.addAttribute("guardian1", view.guardians().get(0));
		model.addAttribute("documentLabels", documentLabels());
		model.addAttribute("page", this);
		model.addAttribute("campaign", campaigns.find(view.campaignId()).orElse(null));
		return "portal/points/form";
	}

	// Deleting a draft

	@GetMapping("/{id}/delete")
	String deleteConfirmation(@PathVariable UUID id, Model model) {
		ApplicationView view = view(id);
		if (!view.availableActions().contains("DELETE_DRAFT")) {
			return "redirect:" + OVERVIEW.formatted(id);
		}
		model.addAttribute("view", view);
		model.addAttribute("errors", FormErrors.NONE);
		return "portal/points/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		try {
			commands.deleteDraft(callers.current(), id, null);
		}
		catch (ProblemException problem) {
			model.addAttribute("view", view);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale()));
			response.setStatus(problem.status().value());
			return "portal/points/delete";
		}
		redirect.addFlashAttribute("notice", message("pointsPage.deleted"));
		return "redirect:/portal/points/new?campaign=" + view.campaignId();
	}

	// Modification and recheck requests

	@GetMapping("/{id}/{kind:modification|recheck}")
	String requestPage(@PathVariable UUID id, @PathVariable String kind, Model model) {
		ApplicationView view = view(id);
		if (!view.availableActions().contains(action(kind))) {
			return "redirect:" + OVERVIEW.formatted(id);
		}
		return requestPage(model, view, kind, "", FormErrors.NONE);
	}

	@PostMapping("/{id}/{kind:modification|recheck}")
	String request(@PathVariable UUID id, @PathVariable String kind, @RequestParam(name = "reason", defaultValue = "") String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		ApplicationRequests.Reasoned request = new ApplicationRequests.Reasoned(reason);
		FormErrors errors = validate(request);
		if (!errors.any()) {
			try {
				if ("modification".equals(kind)) {
					points.requestModification(callers.current(), id, null, reason);
				}
				else {
					points.requestRecheck(callers.current(), id, null, reason);
				}
				redirect.addFlashAttribute("notice", message("pointsPage." + kind + ".sent"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			catch (ProblemException problem) {
				errors = FormErrors.of(problem, messages, locale());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return requestPage(model, view, kind, reason, errors);
	}

	private String requestPage(Model model, ApplicationView view, String kind, String reason, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("kind", kind);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", summary(errors));
		model.addAttribute("closes", at("modification".equals(kind) ? view.deadlines().modificationCloses()
				: view.deadlines().recheckCloses()));
		return "portal/points/request";
	}

	// Withdrawal

	@GetMapping("/{id}/withdrawal")
	String withdrawalPage(@PathVariable UUID id, Model model) {
		ApplicationView view = view(id);
		if (!view.availableActions().contains("WITHDRAW")) {
			return "redirect:" + OVERVIEW.formatted(id);
		}
		Object reason = model.asMap().get("reason");
		return withdrawalPage(model, view, reason == null ? "" : reason.toString(), "", FormErrors.NONE);
	}

	@PostMapping("/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(name = "reason", defaultValue = "") String reason,
			@RequestParam(name = "verificationCode", defaultValue = "") String code,
			@RequestParam(name = "action", defaultValue = "withdraw") String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		if ("sendCode".equals(action)) {
			FormErrors refused = sendCode(VerificationCodes.WITHDRAW);
			if (refused.any()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
				return withdrawalPage(model, view, reason, code, refused);
			}
			redirect.addFlashAttribute("notice", message("pointsPage.code.sent"));
			redirect.addFlashAttribute("reason", reason);
			return "redirect:/portal/points/" + id + "/withdrawal";
		}
		ApplicationRequests.Withdrawal request = new ApplicationRequests.Withdrawal(reason, code);
		FormErrors errors = validate(request);
		if (!errors.any()) {
			try {
				points.withdraw(callers.current(), id, null, request);
				redirect.addFlashAttribute("notice", message("pointsPage.withdrawn"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			catch (ProblemException problem) {
				errors = codeProblem(problem);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return withdrawalPage(model, view, reason, code, errors);
	}

	private String withdrawalPage(Model model, ApplicationView view, String reason, String code, FormErrors errors) {
		model.addAttribute("view", view);
		model.addAttribute("reason", reason);
		model.addAttribute("code", code);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", summary(errors));
		return "portal/points/withdrawal";
	}

	// The wished-for schools

	@GetMapping("/{id}/preferences")
	String preferencesPage(@PathVariable UUID id, Model model) {
		ApplicationView view = view(id);
		List<String> chosen = view.preferences().stream().map(choice -> choice.schoolId().toString()).toList();
		return preferencesPage(model, view, chosen, FormErrors.NONE);
	}

	@PostMapping("/{id}/preferences")
	String prefer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = view(id);
		List<SchoolView> offered = offeredSchools(view);
		List<String> typed = IntStream.range(0, Math.max(1, Math.min(10, offered.size())))
			.mapToObj(i -> first(params, "choice" + i))
			.toList();
		List<UUID> schoolIds = new ArrayList<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (String choice : typed) {
			if (!choice.isEmpty()) {
				Optional<UUID> parsed = uuid(choice);
				if (parsed.isPresent()) {
					schoolIds.add(parsed.get());
				}
				else {
					problems.put("schoolIds", message("problem.INVALID_VALUE"));
				}
			}
		}
		ApplicationRequests.Preferences request = new ApplicationRequests.Preferences(schoolIds);
		FormErrors errors = problems.isEmpty() ? validate(request) : new FormErrors(message("problem.INVALID_INPUT"), problems);
		if (!errors.any()) {
			try {
				points.preferSchools(callers.current(), id, null, schoolIds);
				redirect.addFlashAttribute("notice", message("pointsPage.preferences.saved"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			catch (ProblemException problem) {
				errors = FormErrors.of(problem, messages, locale());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return preferencesPage(model, view, typed, errors);
	}

	private String preferencesPage(Model model, ApplicationView view, List<String> chosen, FormErrors errors) {
		List<SchoolView> offered = offeredSchools(view);
		int places = Math.max(1, Math.min(10, offered.size()));
		List<String> choices = new ArrayList<>(chosen);
		while (choices.size() < places) {
			choices.add("");
		}
		model.addAttribute("view", view);
		model.addAttribute("schools", offered.stream().map(school -> new Choice(school.id().toString(), school.name()
				+ " (" + school.code() + ")")).toList());
		model.addAttribute("choices", choices.subList(0, places));
		model.addAttribute("errors", errors);
		model.addAttribute("problems", summary(errors));
		model.addAttribute("closes", at(view.deadlines().recheckCloses()));
		return "portal/points/preferences";
	}

	private List<SchoolView> offeredSchools(ApplicationView view) {
		String district = view.registration() == null ? null : view.registration().district();
		return schools.ofCampaign(view.campaignId())
			.stream()
			.filter(school -> school.type() == SchoolType.PUBLIC && school.district().equals(district))
			.toList();
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
		return problemPage(problem.status(), FormErrors.of(problem, messages, locale()).summary());
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

	/** The id of a field's input in the pages: {@code children[1].name} is {@code children-1-name}. */
	public static String htmlId(String field) {
		return field.replace("[", "-").replace("]", "").replace('.', '-');
	}

	// Helpers

	private ApplicationView view(UUID id) {
		return views.find(callers.current(), id)
			.filter(view -> CampaignPath.POINTS.name().equals(view.path()))
			.orElseThrow(CaseNotFound::new);
	}

	private CampaignView openCampaign(UUID campaignId) {
		CampaignView campaign = campaigns.find(campaignId)
			.filter(found -> found.path() == CampaignPath.POINTS)
			.orElseThrow(CaseNotFound::new);
		if (!campaign.registrationOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("registration");
		}
		return campaign;
	}

	private List<String> districts(CampaignView campaign) {
		return schools.ofCampaign(campaign.id()).stream().map(SchoolView::district).distinct().sorted().toList();
	}

	/** The full ID numbers saved with the case, by field, to keep where the form left them empty. */
	private Map<String, String> storedIds(Caller caller, UUID id) {
		return transactions.execute(status -> {
			Application application = access.require(caller, id, null);
			Map<String, String> ids = new HashMap<>();
			if (application.guardian2IdEncrypted() != null) {
				ids.put("guardian2.idNumber", protector.decrypt(application.guardian2IdEncrypted()));
			}
			List<ChildEntry> children = application.children();
			for (int i = 0; i < children.size(); i++) {
				ids.put("children[%d].idNumber".formatted(i), protector.decrypt(children.get(i).idEncrypted()));
			}
			return ids;
		});
	}

	/** The request the form's fields make, and what could not even be read from them. */
	private Parsed parse(MultiValueMap<String, String> params, Map<String, String> held, Map<String, String> stored) {
		Map<String, String> problems = new LinkedHashMap<>();
		ApplicationRequests.Guardian1 guardian1 = null;
		String relation1 = first(params, "guardian1.relation");
		if (!relation1.isEmpty()) {
			Relation relation = enumOf(Relation.class, relation1, "guardian1.relation", problems);
			guardian1 = relation == null ? null : new ApplicationRequests.Guardian1(relation);
		}
		ApplicationRequests.Guardian2 guardian2 = null;
		String name2 = first(params, "guardian2.name");
		String type2 = first(params, "guardian2.idType");
		String typedId2 = first(params, "guardian2.idNumber");
		String phone2 = first(params, "guardian2.phone");
		String relation2 = first(params, "guardian2.relation");
		if (!(name2.isEmpty() && type2.isEmpty() && typedId2.isEmpty() && phone2.isEmpty() && relation2.isEmpty())) {
			guardian2 = new ApplicationRequests.Guardian2(name2,
					type2.isEmpty() ? null : enumOf(GuardianIdType.class, type2, "guardian2.idType", problems),
					idNumber("guardian2.idNumber", typedId2, held, stored), phone2,
					relation2.isEmpty() ? null : enumOf(Relation.class, relation2, "guardian2.relation", problems),
					"true".equals(first(params, "guardian2.rareCharacters")));
		}
		int rows = rows(params);
		List<ApplicationRequests.PointsChild> children = new ArrayList<>();
		List<Integer> sent = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String prefix = "children[%d].".formatted(i);
			String name = first(params, prefix + "name");
			String typedId = first(params, prefix + "idNumber");
			String idNumber = idNumber(prefix + "idNumber", typedId, held, stored);
			boolean removed = i > 0 && "true".equals(first(params, prefix + "remove"));
			if (removed || name.isEmpty() && idNumber == null) {
				continue;
			}
			ApplicationRequests.Disability disability = null;
			if ("yes".equals(first(params, prefix + "disabled"))) {
				List<DisabilityType> types = new ArrayList<>();
				for (String type : params.getOrDefault(prefix + "disability.types", List.of())) {
					DisabilityType parsed = enumOf(DisabilityType.class, type, prefix + "disability.types", problems);
					if (parsed != null) {
						types.add(parsed);
					}
				}
				disability = new ApplicationRequests.Disability(types,
						blankToNull(first(params, prefix + "disability.certificateNumber")));
			}
			children.add(new ApplicationRequests.PointsChild(name, idNumber, blankToNull(first(params, prefix + "pinyin")),
					"true".equals(first(params, prefix + "rareCharacters")), disability));
			sent.add(i);
		}
		ApplicationRequests.Property property = null;
		String kind = first(params, "property.kind");
		if (!kind.isEmpty()) {
			PropertyKind parsed = enumOf(PropertyKind.class, kind, "property.kind", problems);
			property = parsed == null ? null
					: new ApplicationRequests.Property(parsed, blankToNull(first(params, "property.number")));
		}
		Integer relationCase = null;
		String relationCaseText = first(params, "parentChildCase");
		if (!relationCaseText.isEmpty()) {
			try {
				relationCase = Integer.valueOf(relationCaseText);
			}
			catch (NumberFormatException ex) {
				problems.put("parentChildCase", message("problem.INVALID_VALUE"));
			}
		}
		ApplicationRequests.Details details = new ApplicationRequests.Details(guardian1, guardian2,
				blankToNull(first(params, "address")), property, children.isEmpty() ? null : children, null,
				relationCase);
		return new Parsed(details, problems, sent, rows);
	}

	/** The number typed, else the one held from a refused form, else the one saved. */
	private static String idNumber(String field, String typed, Map<String, String> held, Map<String, String> stored) {
		if (!typed.isEmpty()) {
			return typed;
		}
		return held.containsKey(field) ? held.get(field) : stored.get(field);
	}

	private int rows(MultiValueMap<String, String> params) {
		int rows = 1;
		for (String name : params.keySet()) {
			Matcher matcher = CHILD_FIELD.matcher(name);
			if (matcher.matches() && matcher.group(1).length() <= 2) {
				rows = Math.max(rows, Integer.parseInt(matcher.group(1)) + 1);
			}
		}
		return Math.min(MAX_CHILDREN, rows);
	}

	/** The form as typed, for a page that shows it again: ID numbers held or echoed, never saved ones. */
	private Form typedForm(HttpSession session, String heldKey, MultiValueMap<String, String> params, Parsed parsed,
			Map<String, String> stored, ApplicationView view, int rows) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>(params);
		values.remove("_csrf");
		Map<String, String> masked = new HashMap<>();
		List<String> idFields = new ArrayList<>();
		idFields.add("guardian2.idNumber");
		for (int i = 0; i < rows; i++) {
			idFields.add("children[%d].idNumber".formatted(i));
		}
		String type2 = first(params, "guardian2.idType");
		for (String field : idFields) {
			String typed = first(params, field);
			GuardianIdType type = field.startsWith("guardian2") ? enumOf(GuardianIdType.class, type2, null, null) : null;
			values.put(field, List.of(keepOrHold(session, heldKey, field, typed, type)));
			Map<String, String> held = held(session, heldKey);
			String kept = held.containsKey(field) ? held.get(field) : stored.get(field);
			if (kept != null && values.getFirst(field).isEmpty()) {
				masked.put(field, IdNumbers.mask(kept));
			}
		}
		return new Form(values, masked, rows);
	}

	/**
	 * What an ID field shows again after a refusal: a malformed number as typed, to correct it; a
	 * well-formed one nothing, the number being held in the session and shown masked.
	 */
	private String keepOrHold(HttpSession session, String heldKey, String field, String typed, GuardianIdType type) {
		if (typed == null || typed.isEmpty()) {
			return "";
		}
		boolean wellFormed = type == null || type == GuardianIdType.RESIDENT_ID
				? IdNumbers.problem(IdNumbers.normalize(typed)).isEmpty() : type.problem(typed).isEmpty();
		if (!wellFormed) {
			return typed;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> held = (Map<String, String>) session.getAttribute(HELD_IDS + heldKey);
		Map<String, String> updated = held == null ? new HashMap<>() : new HashMap<>(held);
		updated.put(field, typed);
		session.setAttribute(HELD_IDS + heldKey, updated);
		return "";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> held(HttpSession session, String key) {
		Object held = session.getAttribute(HELD_IDS + key);
		return held == null ? Map.of() : (Map<String, String>) held;
	}

	/** Stores each file chosen in the form under its document type, as {@code POST .../documents} does. */
	private Map<String, String> storeFiles(Caller caller, UUID id, HttpServletRequest request) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			return problems;
		}
		multipart.getMultiFileMap().forEach((name, files) -> {
			if (!name.startsWith("file.")) {
				return;
			}
			String field = "documents." + name.substring("file.".length());
			for (MultipartFile file : files) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
					continue;
				}
				try {
					DocumentType type = enumOf(DocumentType.class, name.substring("file.".length()), null, null);
					if (type == null) {
						throw ProblemException.invalidField("type", "DOCUMENT_TYPE_UNKNOWN");
					}
					store(caller, id, type, file);
				}
				catch (ProblemException problem) {
					problems.putIfAbsent(field, FormErrors.of(problem, messages, locale()).summary());
				}
			}
		});
		return problems;
	}

	private void store(Caller caller, UUID id, DocumentType type, MultipartFile file) {
		transactions.executeWithoutResult(status -> {
			Application application = access.require(caller, id, null);
			if (CLOSED.contains(application.status())) {
				throw ProblemException.conflict("INVALID_STATE", application.status().name());
			}
			try (InputStream content = file.getInputStream()) {
				documents.store(id, type, file.getOriginalFilename(), file.getContentType(), content, caller.actor());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** Sends the calling parent a code; a refusal (a rate limit, a caller who is not a parent) shows at the code's field. */
	private FormErrors sendCode(String purpose) {
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
	private FormErrors codeProblem(ProblemException problem) {
		FormErrors errors = FormErrors.of(problem, messages, locale());
		if (errors.fields().isEmpty() && problem.code().startsWith("VERIFICATION_CODE_")) {
			return new FormErrors(errors.summary(), Map.of(VerificationCodes.FIELD, errors.summary()));
		}
		return errors;
	}

	private FormErrors validate(Object request) {
		return FormErrors.validate(request, validator, messages, locale());
	}

	private FormErrors fieldError(String field, String code, Object... arguments) {
		String text = messages.getMessage("problem." + code, arguments, code, locale());
		return new FormErrors(text, Map.of(field, text));
	}

	/** The errors of the children sent, by the form's rows (blank rows are not sent). */
	private static FormErrors remap(FormErrors errors, List<Integer> sent) {
		if (!errors.any()) {
			return errors;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		errors.fields().forEach((field, text) -> {
			Matcher matcher = CHILD_FIELD.matcher(field);
			if (matcher.matches() && Integer.parseInt(matcher.group(1)) < sent.size()) {
				fields.put("children[" + sent.get(Integer.parseInt(matcher.group(1))) + "]" + matcher.group(2), text);
			}
			else {
				fields.put(field, text);
			}
		});
		return new FormErrors(errors.summary(), fields);
	}

	private FormErrors merge(Map<String, String> problems, FormErrors errors) {
		if (problems.isEmpty()) {
			return errors;
		}
		Map<String, String> fields = new LinkedHashMap<>(problems);
		errors.fields().forEach(fields::putIfAbsent);
		return new FormErrors(errors.any() ? errors.summary() : message("problem.INVALID_INPUT"), fields);
	}

	/** The errors for the top of a page: each with a link to its field and the field's name. */
	private List<Problem> summary(FormErrors errors) {
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

	private List<PinyinRow> pinyinRows(ApplicationView view, Form form) {
		List<PinyinRow> rows = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			String typedName = form.value("children[%d].name".formatted(i));
			ApplicationView.Person saved = i < view.children().size() ? view.children().get(i) : null;
			if (saved != null && saved.name().equals(typedName)) {
				PinyinName name = pinyin.of(saved.name());
				boolean input = !name.complete();
				String unknown = input ? message("points.pinyin.unknown", String.join("、", name.unknownCharacters())) : null;
				rows.add(new PinyinRow(input ? null : saved.pinyin(), input, unknown,
						saved.birthDate() == null ? "" : saved.birthDate().toString()));
			}
			else {
				rows.add(new PinyinRow(null, !form.value("children[%d].pinyin".formatted(i)).isEmpty(), null, ""));
			}
		}
		return rows;
	}

	private Map<String, String> documentLabels() {
		Map<String, String> labels = new HashMap<>();
		for (DocumentType type : DocumentType.values()) {
			labels.put(type.name(), messages.getMessage(type.messageKey(), null, type.name(), locale()));
		}
		return labels;
	}

	private static MultiValueMap<String, String> parameters(HttpServletRequest request) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
		return params;
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, Map<String, String> problems) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			if (problems != null) {
				problems.putIfAbsent(field, message("problem.INVALID_VALUE"));
			}
			return null;
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String action(String kind) {
		return "modification".equals(kind) ? "REQUEST_MODIFICATION" : "REQUEST_RECHECK";
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * A form's values by the API's field paths ({@code guardian2.name}, {@code children[1].disability.types}),
	 * and the masked ID numbers kept where an ID field is empty.
	 */
	static final class Form {

		private final MultiValueMap<String, String> values;
		private final Map<String, String> masked;
		private final int rows;

		Form(MultiValueMap<String, String> values, Map<String, String> masked, int rows) {
			this.values = values;
			this.masked = masked;
			this.rows = rows;
		}

		/** The registration as saved. */
		static Form of(ApplicationView view) {
			MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
			Map<String, String> masked = new HashMap<>();
			ApplicationView.GuardianView guardian1 = view.guardians().get(0);
			put(values, "guardian1.relation", guardian1.relation());
			if (view.guardians().size() > 1) {
				ApplicationView.GuardianView guardian2 = view.guardians().get(1);
				put(values, "guardian2.name", guardian2.name());
				put(values, "guardian2.idType", guardian2.idType());
				put(values, "guardian2.phone", guardian2.phone());
				put(values, "guardian2.relation", guardian2.relation());
				masked.put("guardian2.idNumber", guardian2.idNumber());
			}
			ApplicationView.PointsRegistration registration = view.registration();
			if (registration != null) {
				put(values, "guardian2.rareCharacters", registration.guardian2RareCharacters() ? "true" : null);
				put(values, "parentChildCase",
						registration.parentChildCase() == null ? null : registration.parentChildCase().toString());
			}
			put(values, "address", view.address());
			if (view.property() != null && view.property().kind() != null) {
				put(values, "property.kind", view.property().kind().name());
				put(values, "property.number", view.property().number());
			}
			for (int i = 0; i < view.children().size(); i++) {
				ApplicationView.Person child = view.children().get(i);
				String prefix = "children[%d].".formatted(i);
				put(values, prefix + "name", child.name());
				masked.put(prefix + "idNumber", child.idNumber());
				if (child.pinyinUnknown() != null && child.pinyinUnknown().isEmpty()) {
					put(values, prefix + "pinyin", child.pinyin());
				}
				put(values, prefix + "rareCharacters", Boolean.TRUE.equals(child.rareCharacters()) ? "true" : null);
				put(values, prefix + "disabled", child.disability() != null ? "yes" : "no");
				if (child.disability() != null) {
					child.disability().types().forEach(type -> values.add(prefix + "disability.types", type));
					put(values, prefix + "disability.certificateNumber", child.disability().certificateNumber());
				}
			}
			return new Form(values, masked, Math.max(1, view.children().size()));
		}

		private static void put(MultiValueMap<String, String> values, String field, String value) {
			if (value != null) {
				values.put(field, List.of(value));
			}
		}

		public String value(String field) {
			String value = values.getFirst(field);
			return value == null ? "" : value;
		}

		public boolean has(String field, String option) {
			return values.getOrDefault(field, List.of()).contains(option);
		}

		public boolean on(String field) {
			return "true".equals(value(field));
		}

		/** The masked ID number kept for an empty ID field, or {@code null}. */
		public String masked(String field) {
			return masked.get(field);
		}

		public List<Integer> rows() {
			return IntStream.range(0, rows).boxed().toList();
		}

	}

	record Parsed(ApplicationRequests.Details details, Map<String, String> problems, List<Integer> sent, int rows) {
	}

	/** An error for the top of a page: the field's input id, its name, the message. */
	record Problem(String anchor, String label, String text) {
	}

	/** A child's pinyin: filled in from the name, or to type ({@code input}) where it has characters without. */
	record PinyinRow(String text, boolean input, String unknown, String birthDate) {
	}

	record Choice(String value, String label) {
	}

	/** A case the caller may not see, or none: the same page for both. */
	static final class CaseNotFound extends RuntimeException {

		CaseNotFound() {
			super(null, null, false, false);
		}

	}

}
