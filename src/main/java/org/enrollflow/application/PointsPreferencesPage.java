package org.enrollflow.application;

import static org.enrollflow.application.PointsPathPages.OVERVIEW;
import static org.enrollflow.application.PointsPathPages.first;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.enrollflow.account.Callers;
import org.enrollflow.campaign.SchoolType;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schools a family on the points path wishes for, in order: up to ten of the public schools of
 * its district.
 */
@Controller
@RequestMapping("/portal/points")
class PointsPreferencesPage {

	private static final int MAX_CHOICES = 10;

	private final PointsPathPages pages;
	private final PointsCommands points;
	private final Callers callers;
	private final Schools schools;

	PointsPreferencesPage(PointsPathPages pages, PointsCommands points, Callers callers, Schools schools) {
		this.pages = pages;
		this.points = points;
		this.callers = callers;
		this.schools = schools;
	}

	@GetMapping("/{id}/preferences")
	String preferencesPage(@PathVariable UUID id, Model model) {
		ApplicationView view = pages.view(id);
		List<String> chosen = view.preferences().stream().map(choice -> choice.schoolId().toString()).toList();
		return preferencesPage(model, view, chosen, FormErrors.NONE);
	}

	@PostMapping("/{id}/preferences")
	String prefer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ApplicationView view = pages.view(id);
		List<String> typed = IntStream.range(0, places(offeredSchools(view)))
			.mapToObj(i -> first(params, "choice" + i))
			.toList();
		List<UUID> schoolIds = new ArrayList<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (String choice : typed) {
			if (!choice.isEmpty()) {
				try {
					schoolIds.add(UUID.fromString(choice));
				}
				catch (IllegalArgumentException ex) {
					problems.put("schoolIds", pages.message("problem.INVALID_VALUE"));
				}
			}
		}
		FormErrors errors = problems.isEmpty() ? pages.validate(new ApplicationRequests.Preferences(schoolIds))
				: new FormErrors(pages.message("problem.INVALID_INPUT"), problems);
		if (!errors.any()) {
			try {
				points.preferSchools(callers.current(), id, null, schoolIds);
				redirect.addFlashAttribute("notice", pages.message("pointsPage.preferences.saved"));
				return "redirect:" + OVERVIEW.formatted(id);
			}
			catch (ProblemException problem) {
				errors = pages.errors(problem);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return preferencesPage(model, view, typed, errors);
	}

	private String preferencesPage(Model model, ApplicationView view, List<String> chosen, FormErrors errors) {
		List<SchoolView> offered = offeredSchools(view);
		int places = places(offered);
		List<String> choices = new ArrayList<>(chosen);
		while (choices.size() < places) {
			choices.add("");
		}
		model.addAttribute("view", view);
		model.addAttribute("schools", offered.stream()
			.map(school -> new PointsPathPages.Choice(school.id().toString(), school.name() + " (" + school.code() + ")"))
			.toList());
		model.addAttribute("choices", choices.subList(0, places));
		model.addAttribute("errors", errors);
		model.addAttribute("problems", pages.summary(errors));
		model.addAttribute("closes", pages.at(view.deadlines().recheckCloses()));
		return "portal/points/preferences";
	}

	/** How many choices the page offers: one per school of the district, at least one, at most ten. */
	private static int places(List<SchoolView> offered) {
		return Math.max(1, Math.min(MAX_CHOICES, offered.size()));
	}

	private List<SchoolView> offeredSchools(ApplicationView view) {
		String district = view.registration() == null ? null : view.registration().district();
		return schools.ofCampaign(view.campaignId())
			.stream()
			.filter(school -> school.type() == SchoolType.PUBLIC && school.district().equals(district))
			.toList();
	}

}
