package org.enrollflow.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.enrollflow.account.Callers;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
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

/**
 * The private-school signup of a general-path case: choosing a private school of the campaign,
 * changing it, or cancelling it while the signup is open.
 */
@Controller
@RequestMapping("/portal/general")
class GeneralPrivateSchoolPage {

	private static final String PRIVATE_SCHOOL_PAGE = "portal/general/private-school";

	private final GeneralPathPages pages;
	private final GeneralPathForms forms;
	private final ApplicationCommands commands;
	private final Callers callers;
	private final Campaigns campaigns;
	private final Schools schools;
	private final Clock clock;

	GeneralPrivateSchoolPage(GeneralPathPages pages, GeneralPathForms forms, ApplicationCommands commands,
			Callers callers, Campaigns campaigns, Schools schools, Clock clock) {
		this.pages = pages;
		this.forms = forms;
		this.commands = commands;
		this.callers = callers;
		this.campaigns = campaigns;
		this.schools = schools;
		this.clock = clock;
	}

	@GetMapping("/{id}/private-school")
	String privateSchool(@PathVariable UUID id, Model model) {
		return privateSchoolPage(model, pages.view(id), FormErrors.NONE);
	}

	@PostMapping("/{id}/private-school")
	String signUpPrivate(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		ApplicationRequests.PrivateSignup request = forms.privateSignup(typed);
		FormErrors errors = pages.validate(request);
		if (errors.any()) {
			return GeneralPathPages.refused(response, HttpStatus.BAD_REQUEST, privateSchoolPage(model, view, errors));
		}
		try {
			commands.signUpPrivate(callers.current(), id, null, request.schoolId());
			String school = schools.find(request.schoolId()).map(SchoolView::name).orElse("");
			pages.notice(redirect, "general.private.signedUp", school);
			return "redirect:/portal/general/" + id + "/private-school";
		}
		catch (ProblemException problem) {
			return GeneralPathPages.refused(response, problem.status(),
					privateSchoolPage(model, view, pages.errors(problem)));
		}
	}

	@PostMapping("/{id}/private-school/cancel")
	String cancelPrivateSignup(@PathVariable UUID id, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		try {
			commands.cancelPrivateSignup(callers.current(), id, null);
			pages.notice(redirect, "general.private.cancelled");
			return "redirect:/portal/general/" + id + "/private-school";
		}
		catch (ProblemException problem) {
			return GeneralPathPages.refused(response, problem.status(),
					privateSchoolPage(model, view, pages.errors(problem)));
		}
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
		return PRIVATE_SCHOOL_PAGE;
	}

}
