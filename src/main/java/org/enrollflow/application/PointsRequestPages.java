package org.enrollflow.application;

import static org.enrollflow.application.PointsPathPages.OVERVIEW;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.enrollflow.account.Callers;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.verificationcode.VerificationCodes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The requests a family may make once its points registration is submitted: a modification or a
 * recheck, each with its reason, and the withdrawal, confirmed with a verification code.
 */
@Controller
@RequestMapping("/portal/points")
class PointsRequestPages {

	private final PointsPathPages pages;
	private final PointsCommands points;
	private final Callers callers;

	PointsRequestPages(PointsPathPages pages, PointsCommands points, Callers callers) {
		this.pages = pages;
		this.points = points;
		this.callers = callers;
	}

	// Modification and recheck

	@GetMapping("/{id}/{kind:modification|recheck}")
	String requestPage(@PathVariable UUID id, @PathVariable String kind, Model model) {
		ApplicationView view = pages.view(id);
		if (!view.availableActions().contains(action(kind))) {
			return "redirect:" + OVERVIEW.formatted(id);
		}
		return requestPage(model, view, kind, "", FormErrors.NONE);
	}

	@PostMapping("/{id}/{kind:modification|recheck}")
	String request(@PathVariable UUID id, @PathVariable String kind, @RequestParam(name = "reason", defaultValue = "") String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		FormErrors errors = pages.validate(new ApplicationRequests.Reasoned(reason));
		if (!errors.any()) {
			try {
				if ("modification".equals(kind)) {
					points.requestModification(callers.current(), id, null, reason);
				}
				else {
					points.requestRecheck(callers.current(), id, null, reason);
				}
				redirect.addFlashAttribute("notice", pages.message("pointsPage." + kind + ".sent"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			catch (ProblemException problem) {
				errors = pages.errors(problem);
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
		model.addAttribute("problems", pages.summary(errors));
		model.addAttribute("closes", pages.at("modification".equals(kind) ? view.deadlines().modificationCloses()
				: view.deadlines().recheckCloses()));
		return "portal/points/request";
	}

	private static String action(String kind) {
		return "modification".equals(kind) ? "REQUEST_MODIFICATION" : "REQUEST_RECHECK";
	}

	// Withdrawal

	@GetMapping("/{id}/withdrawal")
	String withdrawalPage(@PathVariable UUID id, Model model) {
		ApplicationView view = pages.view(id);
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
		ApplicationView view = pages.view(id);
		if ("sendCode".equals(action)) {
			FormErrors refused = pages.sendCode(VerificationCodes.WITHDRAW);
			if (refused.any()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
				return withdrawalPage(model, view, reason, code, refused);
			}
			redirect.addFlashAttribute("notice", pages.message("pointsPage.code.sent"));
			redirect.addFlashAttribute("reason", reason);
			return "redirect:/portal/points/" + id + "/withdrawal";
		}
		ApplicationRequests.Withdrawal request = new ApplicationRequests.Withdrawal(reason, code);
		FormErrors errors = pages.validate(request);
		if (!errors.any()) {
			try {
				points.withdraw(callers.current(), id, null, request);
				redirect.addFlashAttribute("notice", pages.message("pointsPage.withdrawn"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			catch (ProblemException problem) {
				errors = pages.codeProblem(problem);
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
		model.addAttribute("problems", pages.summary(errors));
		return "portal/points/withdrawal";
	}

}
