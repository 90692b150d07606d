package org.enrollflow.application;

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
 * A general-path case as a whole: its overview, its admission notice, and deleting it while it is
 * a draft.
 */
@Controller
@RequestMapping("/portal/general")
class GeneralCasePages {

	private static final String OVERVIEW_PAGE = "portal/general/overview";
	private static final String NOTICE_PAGE = "portal/general/notice";
	private static final String DELETE_PAGE = "portal/general/delete";

	private final GeneralPathPages pages;
	private final ApplicationCommands commands;
	private final Callers callers;

	GeneralCasePages(GeneralPathPages pages, ApplicationCommands commands, Callers callers) {
		this.pages = pages;
		this.commands = commands;
		this.callers = callers;
	}

	@GetMapping("/{id}")
	String overview(@PathVariable UUID id, Model model) {
		model.addAttribute("view", pages.view(id));
		model.addAttribute("errors", FormErrors.NONE);
		return OVERVIEW_PAGE;
	}

	@GetMapping("/{id}/notice")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("view", pages.view(id));
		return NOTICE_PAGE;
	}

	@GetMapping("/{id}/delete")
	String deleteQuestion(@PathVariable UUID id, Model model) {
		model.addAttribute("view", pages.view(id));
		model.addAttribute("errors", FormErrors.NONE);
		return DELETE_PAGE;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		try {
			commands.deleteDraft(callers.current(), id, null);
			pages.notice(redirect, "general.delete.done");
			return "redirect:/portal/applications";
		}
		catch (ProblemException problem) {
			model.addAttribute("view", view);
			model.addAttribute("errors", pages.errors(problem));
			return GeneralPathPages.refused(response, problem.status(), DELETE_PAGE);
		}
	}

}
