package org.enrollflow.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
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

import static org.enrollflow.application.GeneralPathForms.Form.BINDING;
import static org.enrollflow.application.GeneralPathForms.Form.NEW;

/**
 * The identity binding of the general path: a new application in a campaign of this path, and
 * the correction of a binding that failed.
 */
@Controller
@RequestMapping("/portal/general")
class GeneralBindingPages {

	private static final String NEW_PAGE = "portal/general/new";
	private static final String BINDING_PAGE = "portal/general/binding";

	private final GeneralPathPages pages;
	private final GeneralPathForms forms;
	private final ApplicationCommands commands;
	private final Callers callers;
	private final Campaigns campaigns;

	GeneralBindingPages(GeneralPathPages pages, GeneralPathForms forms, ApplicationCommands commands,
			Callers callers, Campaigns campaigns) {
		this.pages = pages;
		this.forms = forms;
		this.commands = commands;
		this.callers = callers;
		this.campaigns = campaigns;
	}

	@GetMapping("/new")
	String newApplication(@RequestParam(name = "campaign", required = false) String campaign, Model model,
			HttpSession session) {
		Map<String, String> form = forms.blank(NEW);
		if (campaign != null) {
			CampaignView chosen = generalCampaign(forms.uuid(campaign)).orElseThrow(GeneralPathPages::notFound);
			form.put("campaignId", chosen.id().toString());
		}
		forms.forget(session, NEW, null);
		return newPage(model, form, FormErrors.NONE, null);
	}

	@PostMapping("/new")
	String create(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect,
			HttpServletResponse response, HttpSession session) {
		Map<String, String> form = forms.typed(NEW, typed);
		ApplicationRequests.Create request = forms.create(form, session);
		FormErrors errors = pages.validate(request);
		if (!errors.any()) {
			try {
				Application application = commands.create(callers.current(), request);
				forms.forget(session, NEW, null);
				pages.notice(redirect, "general.new.started");
				return "redirect:/portal/applications/" + application.id();
			}
			catch (ProblemException problem) {
				errors = pages.errors(problem);
				response.setStatus(problem.status().value());
			}
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		String keptId = forms.hold(session, NEW, null, form, request.child().idNumber(), errors);
		return newPage(model, form, errors, keptId);
	}

	@GetMapping("/{id}/binding")
	String binding(@PathVariable UUID id, Model model, HttpSession session) {
		ApplicationView view = pages.view(id);
		forms.forget(session, BINDING, id);
		return bindingPage(model, view, forms.binding(view), FormErrors.NONE, view.child().idNumber());
	}

	@PostMapping("/{id}/binding")
	String correctBinding(@PathVariable UUID id, @RequestParam Map<String, String> typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpSession session) {
		ApplicationView view = pages.view(id);
		Caller caller = callers.current();
		Map<String, String> form = forms.typed(BINDING, typed);
		ApplicationRequests.Binding request = forms.binding(caller, id, form, session);
		FormErrors errors = pages.validate(request);
		if (!errors.any()) {
			try {
				commands.correctBinding(caller, id, null, request);
				forms.forget(session, BINDING, id);
				pages.notice(redirect, "general.binding.corrected");
				return "redirect:/portal/applications/" + id;
			}
			catch (ProblemException problem) {
				errors = pages.errors(problem);
				response.setStatus(problem.status().value());
			}
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		String keptId = forms.hold(session, BINDING, id, form, request.child().idNumber(), errors);
		return bindingPage(model, view, form, errors, keptId != null ? keptId : view.child().idNumber());
	}

	private String newPage(Model model, Map<String, String> form, FormErrors errors, String keptId) {
		Optional<CampaignView> chosen = generalCampaign(forms.uuid(form.get("campaignId")));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("keptId", keptId);
		model.addAttribute("campaign", chosen.orElse(null));
		model.addAttribute("campaigns", chosen.isPresent() ? List.of()
				: campaigns.openForRegistration().stream().filter(c -> c.path() == CampaignPath.GENERAL).toList());
		return NEW_PAGE;
	}

	private String bindingPage(Model model, ApplicationView view, Map<String, String> form, FormErrors errors,
			String keptId) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("keptId", keptId);
		model.addAttribute("failures", GeneralPathPages.failed(view, Applications.STAGE_BINDING));
		return BINDING_PAGE;
	}

	private Optional<CampaignView> generalCampaign(UUID id) {
		return id == null ? Optional.empty()
				: campaigns.find(id).filter(campaign -> campaign.path() == CampaignPath.GENERAL);
	}

}
