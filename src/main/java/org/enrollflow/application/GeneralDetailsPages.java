package org.enrollflow.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.enrollflow.application.GeneralPathForms.Form.DETAILS;

/**
 * The enrollment details of a general-path case (guardians, address, property), saved as a draft
 * or saved and submitted, and the submission on its own.
 */
@Controller
@RequestMapping("/portal/general")
class GeneralDetailsPages {

	private static final String DETAILS_PAGE = "portal/general/details";

	private final GeneralPathPages pages;
	private final GeneralPathForms forms;
	private final ApplicationCommands commands;
	private final Callers callers;

	GeneralDetailsPages(GeneralPathPages pages, GeneralPathForms forms, ApplicationCommands commands,
			Callers callers) {
		this.pages = pages;
		this.forms = forms;
		this.commands = commands;
		this.callers = callers;
	}

	@GetMapping("/{id}/details")
	String details(@PathVariable UUID id, Model model, HttpSession session) {
		ApplicationView view = pages.view(id);
		forms.forget(session, DETAILS, id);
		return detailsPage(model, view, forms.details(view), FormErrors.NONE, forms.savedGuardian2Id(view));
	}

	@PostMapping("/{id}/details")
	String saveDetails(@PathVariable UUID id, @RequestParam Map<String, String> typed,
			@RequestParam(name = "intent", defaultValue = "save") String intent, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		ApplicationView view = pages.view(id);
		Caller caller = callers.current();
		Map<String, String> form = forms.typed(DETAILS, typed);
		ApplicationRequests.Details request = forms.details(caller, id, form, session);
		FormErrors errors = pages.validate(request);
		if (!errors.any()) {
			try {
				commands.saveDetails(caller, id, null, request);
			}
			catch (ProblemException problem) {
				errors = pages.errors(problem);
				response.setStatus(problem.status().value());
			}
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		if (errors.any()) {
			String keptId = forms.hold(session, DETAILS, id, form,
					request.guardian2() == null ? null : request.guardian2().idNumber(), errors);
			return detailsPage(model, view, form, errors, keptId != null ? keptId : forms.savedGuardian2Id(view));
		}
		forms.forget(session, DETAILS, id);
		// Saved: the number is on file now, and a full number is never written into a page.
		form.put("guardian2.idNumber", "");
		if (!"submit".equals(intent)) {
			pages.notice(redirect, "general.details.saved");
			return "redirect:/portal/general/" + id + "/details";
		}
		try {
			commands.submit(caller, id, null, null);
			pages.notice(redirect, "general.details.submitted");
			return "redirect:/portal/applications/" + id;
		}
		catch (ProblemException problem) {
			FormErrors refusal = pages.errors(problem);
			FormErrors saved = new FormErrors(
					pages.message("general.details.savedNotSubmitted") + " " + refusal.summary(), refusal.fields());
			ApplicationView current = pages.view(id);
			return GeneralPathPages.refused(response, problem.status(),
					detailsPage(model, current, form, saved, forms.savedGuardian2Id(current)));
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		try {
			commands.submit(callers.current(), id, null, null);
			pages.notice(redirect, "general.details.submitted");
			return "redirect:/portal/applications/" + id;
		}
		catch (ProblemException problem) {
			return GeneralPathPages.refused(response, problem.status(), detailsPage(model, view, forms.details(view),
					pages.errors(problem), forms.savedGuardian2Id(view)));
		}
	}

	private String detailsPage(Model model, ApplicationView view, Map<String, String> form, FormErrors errors,
			String keptId) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("guardian1", view.guardians().get(0));
		model.addAttribute("keptId", keptId);
		model.addAttribute("failures", view.status() == ApplicationStatus.VERIFICATION_FAILED
				? GeneralPathPages.failed(view, Applications.STAGE_VERIFICATION) : List.of());
		return DETAILS_PAGE;
	}

}
