package org.enrollflow.application;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.enrollflow.account.Callers;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The confirmation of a general-path case beside the registry data: the family confirms the
 * details, or reopens them to change something.
 */
@Controller
@RequestMapping("/portal/general")
class GeneralConfirmationPage {

	private static final String CONFIRMATION_PAGE = "portal/general/confirmation";

	private final GeneralPathPages pages;
	private final ApplicationCommands commands;
	private final Callers callers;

	GeneralConfirmationPage(GeneralPathPages pages, ApplicationCommands commands, Callers callers) {
		this.pages = pages;
		this.commands = commands;
		this.callers = callers;
	}

	@GetMapping("/{id}/confirmation")
	String confirmation(@PathVariable UUID id, Model model) {
		return confirmationPage(model, pages.view(id), FormErrors.NONE);
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		try {
			commands.confirm(callers.current(), id, null);
			pages.notice(redirect, "general.confirm.confirmed");
			return "redirect:/portal/applications/" + id;
		}
		catch (ProblemException problem) {
			return GeneralPathPages.refused(response, problem.status(),
					confirmationPage(model, view, pages.errors(problem)));
		}
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		try {
			commands.reopen(callers.current(), id, null);
			pages.notice(redirect, "general.confirm.reopened");
			return "redirect:/portal/general/" + id + "/details";
		}
		catch (ProblemException problem) {
			return GeneralPathPages.refused(response, problem.status(),
					confirmationPage(model, view, pages.errors(problem)));
		}
	}

	private String confirmationPage(Model model, ApplicationView view, FormErrors errors) {
		List<ApplicationView.VerificationView> checks = view.verifications()
			.stream()
			.filter(v -> Applications.STAGE_VERIFICATION.equals(v.stage()))
			.toList();
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("checks", checks);
		return CONFIRMATION_PAGE;
	}

}
