package org.enrollflow.application;

import static org.enrollflow.application.PointsPathPages.FORM;
import static org.enrollflow.application.PointsPathPages.OVERVIEW;
import static org.enrollflow.application.PointsPathPages.first;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.document.DocumentType;
import org.enrollflow.points.DisabilityType;
import org.enrollflow.points.GuardianIdType;
import org.enrollflow.points.NamePinyin;
import org.enrollflow.points.PinyinName;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.verificationcode.VerificationCodes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A points registration: its own page, and while it is a draft the registration form (guardians,
 * children with their pinyin and disability, address, parent-child relation case, housing, the
 * uploads the entries call for, the declaration and the verification code) and the deletion of the
 * draft.
 */
@Controller
@RequestMapping("/portal/points")
class PointsRegistrationPages {

	private final PointsPathPages pages;
	private final PointsRegistrationForms forms;
	private final PointsUploadForms uploads;
	private final ApplicationCommands commands;
	private final Callers callers;
	private final Campaigns campaigns;
	private final NamePinyin pinyin;
	private final MessageSource messages;

	PointsRegistrationPages(PointsPathPages pages, PointsRegistrationForms forms, PointsUploadForms uploads,
			ApplicationCommands commands, Callers callers, Campaigns campaigns, NamePinyin pinyin,
			MessageSource messages) {
		this.pages = pages;
		this.forms = forms;
		this.uploads = uploads;
		this.commands = commands;
		this.callers = callers;
		this.campaigns = campaigns;
		this.pinyin = pinyin;
		this.messages = messages;
	}

	@GetMapping("/{id}")
	String overview(@PathVariable UUID id, Model model) {
		ApplicationView view = pages.view(id);
		model.addAttribute("view", view);
		model.addAttribute("page", pages);
		model.addAttribute("campaign", campaigns.find(view.campaignId()).orElse(null));
		return "portal/points/overview";
	}

	@GetMapping("/{id}/form")
	String form(@PathVariable UUID id, Model model) {
		ApplicationView view = pages.view(id);
		if (!view.availableActions().contains("EDIT")) {
			return "redirect:" + OVERVIEW.formatted(id);
		}
		boolean declared = Boolean.TRUE.equals(model.asMap().get("declared"));
		return formPage(model, view, PointsRegistrationForm.of(view), FormErrors.NONE, declared, "");
	}

	/**
	 * The registration form's every button: save the draft (also with the files chosen), add a
	 * child (the form again with one more row, nothing saved), delete an uploaded document, send the
	 * code, submit. Saving comes first, so that nothing typed is lost whatever happens next.
	 */
	@PostMapping("/{id}/form")
	String saveForm(@PathVariable UUID id, HttpServletRequest request, HttpSession session, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		if (!view.availableActions().contains("EDIT")) {
			// submitted meanwhile (a second click, another tab) or the window closed: the case says which
			return "redirect:" + OVERVIEW.formatted(id);
		}
		Caller caller = callers.current();
		MultiValueMap<String, String> params = PointsRegistrationForms.parameters(request);
		String documentToDelete = first(params, "deleteDocument");
		String action = !documentToDelete.isEmpty() ? "deleteDocument"
				: first(params, "action").isEmpty() ? "save" : first(params, "action");
		boolean declared = "true".equals(first(params, "declarationConsent"));
		String code = first(params, "verificationCode");
		String heldKey = id.toString();
		Map<String, String> stored = forms.storedIds(caller, id);
		PointsRegistrationForms.Parsed parsed = forms.parse(params, PointsIdNumberForms.held(session, heldKey), stored);
		Map<String, String> uploadErrors = uploads.store(caller, id, request);
		if ("addChild".equals(action)) {
			PointsRegistrationForm form = forms.typed(session, heldKey, params, stored,
					Math.min(PointsRegistrationForms.MAX_CHILDREN, parsed.rows() + 1));
			FormErrors errors = uploadErrors.isEmpty() ? FormErrors.NONE
					: new FormErrors(pages.message("problem.INVALID_INPUT"), uploadErrors);
			return formPage(model, pages.view(id), form, errors, declared, code);
		}
		FormErrors errors = forms.check(parsed);
		if (!errors.any()) {
			try {
				commands.saveDetails(caller, id, null, parsed.details());
			}
			catch (ProblemException problem) {
				errors = PointsRegistrationForms.remap(pages.errors(problem), parsed.sent());
			}
		}
		if (errors.any() || !uploadErrors.isEmpty()) {
			PointsRegistrationForm form = errors.any() ? forms.typed(session, heldKey, params, stored, parsed.rows())
					: PointsRegistrationForm.of(pages.view(id));
			if (!errors.any()) {
				PointsIdNumberForms.release(session, heldKey);
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return formPage(model, pages.view(id), form, forms.merge(uploadErrors, errors), declared, code);
		}
		PointsIdNumberForms.release(session, heldKey);
		switch (action) {
			case "sendCode" -> {
				FormErrors refused = pages.sendCode(VerificationCodes.SUBMIT);
				if (refused.any()) {
					return savedFormRefused(model, id, refused, declared, code, response);
				}
				redirect.addFlashAttribute("notice", pages.message("pointsPage.code.sent"));
				redirect.addFlashAttribute("declared", declared);
				return "redirect:" + FORM.formatted(id) + "#submit";
			}
			case "submit" -> {
				try {
					commands.submit(caller, id, null, new ApplicationRequests.Submission(declared, code));
				}
				catch (ProblemException problem) {
					return savedFormRefused(model, id, pages.codeProblem(problem), declared, code, response);
				}
				redirect.addFlashAttribute("notice", pages.message("pointsPage.submitted"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			case "deleteDocument" -> {
				FormErrors refused = uploads.delete(caller, id, documentToDelete);
				if (refused.any()) {
					return savedFormRefused(model, id, refused, declared, code, response);
				}
				redirect.addFlashAttribute("notice", pages.message("pointsPage.documentDeleted"));
				redirect.addFlashAttribute("declared", declared);
				return "redirect:" + FORM.formatted(id) + "#documents";
			}
			default -> {
				redirect.addFlashAttribute("notice", pages.message("pointsPage.saved"));
				return "redirect:" + FORM.formatted(id) + ("upload".equals(action) ? "#documents" : "");
			}
		}
	}

	@GetMapping("/{id}/delete")
	String deleteConfirmation(@PathVariable UUID id, Model model) {
		ApplicationView view = pages.view(id);
		if (!view.availableActions().contains("DELETE_DRAFT")) {
			return "redirect:" + OVERVIEW.formatted(id);
		}
		model.addAttribute("view", view);
		model.addAttribute("errors", FormErrors.NONE);
		return "portal/points/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		try {
			commands.deleteDraft(callers.current(), id, null);
		}
		catch (ProblemException problem) {
			model.addAttribute("view", view);
			model.addAttribute("errors", pages.errors(problem));
			response.setStatus(problem.status().value());
			return "portal/points/delete";
		}
		redirect.addFlashAttribute("notice", pages.message("pointsPage.deleted"));
		return "redirect:/portal/points/new?campaign=" + view.campaignId();
	}

	/** The form as saved, with the refusal of what was asked after saving it. */
	private String savedFormRefused(Model model, UUID id, FormErrors refused, boolean declared, String code,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		ApplicationView view = pages.view(id);
		return formPage(model, view, PointsRegistrationForm.of(view), refused, declared, code);
	}

	private String formPage(Model model, ApplicationView view, PointsRegistrationForm form, FormErrors errors,
			boolean declared, String code) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", pages.summary(errors));
		model.addAttribute("pinyin", pinyinRows(view, form));
		model.addAttribute("declared", declared);
		model.addAttribute("code", code == null ? "" : code);
		model.addAttribute("relations", Relation.values());
		model.addAttribute("idTypes", GuardianIdType.values());
		model.addAttribute("disabilityTypes", DisabilityType.values());
		model.addAttribute("maxChildren", PointsRegistrationForms.MAX_CHILDREN);
		model.addAttribute("guardian1", view.guardians().get(0));
		model.addAttribute("documentLabels", documentLabels());
		model.addAttribute("page", pages);
		model.addAttribute("campaign", campaigns.find(view.campaignId()).orElse(null));
		return "portal/points/form";
	}

	private List<PinyinRow> pinyinRows(ApplicationView view, PointsRegistrationForm form) {
		List<PinyinRow> rows = new ArrayList<>();
		for (int i = 0; i < form.rows().size(); i++) {
			String typedName = form.value("children[%d].name".formatted(i));
			ApplicationView.Person saved = i < view.children().size() ? view.children().get(i) : null;
			if (saved != null && saved.name().equals(typedName)) {
				PinyinName name = pinyin.of(saved.name());
				boolean input = !name.complete();
				String unknown = input
						? pages.message("points.pinyin.unknown", String.join("、", name.unknownCharacters())) : null;
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
			labels.put(type.name(), messages.getMessage(type.messageKey(), null, type.name(), PointsPathPages.locale()));
		}
		return labels;
	}

	/** A child's pinyin: filled in from the name, or to type ({@code input}) where it has characters without. */
	record PinyinRow(String text, boolean input, String unknown, String birthDate) {
	}

}
