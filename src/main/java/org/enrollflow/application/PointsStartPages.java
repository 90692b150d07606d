package org.enrollflow.application;

import static org.enrollflow.application.PointsPathPages.blankToNull;
import static org.enrollflow.application.PointsPathPages.first;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.enrollflow.account.Callers;
import org.enrollflow.campaign.CampaignPath;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting a registration on the points path: the district, the notice that holds the start button
 * for a while and asks for consent, and the child that starts the draft.
 */
@Controller
@RequestMapping("/portal/points")
class PointsStartPages {

	private static final String NOTICE_SHOWN = PointsPathPages.class.getName() + ".notice.";

	private static final String CHILD_ID = "child.idNumber";

	private final PointsPathPages pages;
	private final ApplicationCommands commands;
	private final Callers callers;
	private final Campaigns campaigns;
	private final Schools schools;
	private final Clock clock;
	private final Duration noticeWait;

	PointsStartPages(PointsPathPages pages, ApplicationCommands commands, Callers callers, Campaigns campaigns,
			Schools schools, Clock clock, @Value("${enrollflow.portal.points-notice-wait:PT30S}") Duration noticeWait) {
		this.pages = pages;
		this.commands = commands;
		this.callers = callers;
		this.campaigns = campaigns;
		this.schools = schools;
		this.clock = clock;
		this.noticeWait = noticeWait;
	}

	@GetMapping("/new")
	String district(@RequestParam("campaign") UUID campaignId, Model model) {
		return districtPage(model, openCampaign(campaignId), null, FormErrors.NONE);
	}

	@GetMapping("/new/notice")
	String notice(@RequestParam("campaign") UUID campaignId, @RequestParam(name = "district", required = false) String district,
			HttpSession session, Model model) {
		CampaignView campaign = openCampaign(campaignId);
		if (district == null || district.isBlank()) {
			return districtPage(model, campaign, null, pages.fieldError("district", "DISTRICT_REQUIRED"));
		}
		if (!districts(campaign).contains(district)) {
			return districtPage(model, campaign, district, pages.fieldError("district", "DISTRICT_NOT_OFFERED", district));
		}
		String key = noticeShown(campaign, district);
		if (session.getAttribute(key) == null) {
			session.setAttribute(key, clock.instant());
		}
		Map<String, String> form = new HashMap<>();
		form.put("child.name", "");
		form.put(CHILD_ID, "");
		return noticePage(model, campaign, district, form, false, null, FormErrors.NONE, session);
	}

	@PostMapping("/new")
	String start(@RequestParam("campaign") UUID campaignId, @RequestParam MultiValueMap<String, String> params,
			HttpSession session, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CampaignView campaign = openCampaign(campaignId);
		String district = first(params, "district");
		if (!districts(campaign).contains(district)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return districtPage(model, campaign, null, district.isEmpty() ? pages.fieldError("district", "DISTRICT_REQUIRED")
					: pages.fieldError("district", "DISTRICT_NOT_OFFERED", district));
		}
		boolean consent = "true".equals(first(params, "noticeConsent"));
		String name = first(params, "child.name");
		String typedId = first(params, CHILD_ID);
		String heldKey = "start." + campaign.id();
		String idNumber = !typedId.isEmpty() ? typedId : PointsIdNumberForms.held(session, heldKey).get(CHILD_ID);
		FormErrors errors;
		Instant shown = (Instant) session.getAttribute(noticeShown(campaign, district));
		if (shown == null || clock.instant().isBefore(shown.plus(noticeWait))) {
			errors = pages.fieldError("noticeConsent", "NOTICE_READ_FIRST", noticeWait.toSeconds());
		}
		else {
			ApplicationRequests.Create request = new ApplicationRequests.Create(campaign.id(), HouseholdType.NON_LOCAL,
					new ApplicationRequests.Child(name, idNumber), null, consent, blankToNull(district), null);
			errors = pages.validate(request);
			if (!errors.any()) {
				try {
					Application application = commands.create(callers.current(), request);
					PointsIdNumberForms.release(session, heldKey);
					session.removeAttribute(noticeShown(campaign, district));
					redirect.addFlashAttribute("notice", pages.message("pointsPage.started"));
					return "redirect:" + PointsPathPages.FORM.formatted(application.id());
				}
				catch (ProblemException problem) {
					errors = pages.errors(problem);
				}
			}
		}
		Map<String, String> form = new HashMap<>();
		form.put("child.name", name);
		form.put(CHILD_ID, PointsIdNumberForms.keepOrHold(session, heldKey, CHILD_ID, typedId, null));
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return noticePage(model, campaign, district, form, consent, PointsIdNumberForms.held(session, heldKey), errors,
				session);
	}

	private String districtPage(Model model, CampaignView campaign, String chosen, FormErrors errors) {
		List<String> districts = districts(campaign);
		model.addAttribute("campaign", campaign);
		model.addAttribute("districts",
				districts.stream().map(code -> new PointsPathPages.Choice(code, pages.districtName(code))).toList());
		model.addAttribute("chosen", chosen != null ? chosen : districts.size() == 1 ? districts.get(0) : null);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", pages.summary(errors));
		model.addAttribute("closes", pages.at(campaign.registrationCloses()));
		return "portal/points/district";
	}

	private String noticePage(Model model, CampaignView campaign, String district, Map<String, String> form,
			boolean consent, Map<String, String> held, FormErrors errors, HttpSession session) {
		Instant shown = (Instant) session.getAttribute(noticeShown(campaign, district));
		long remaining = shown == null ? noticeWait.toSeconds()
				: Math.max(0, Duration.between(clock.instant(), shown.plus(noticeWait)).toMillis() + 999) / 1000;
		model.addAttribute("campaign", campaign);
		model.addAttribute("district", district);
		model.addAttribute("districtName", pages.districtName(district));
		model.addAttribute("form", form);
		model.addAttribute("consent", consent);
		model.addAttribute("heldId", held == null || held.get(CHILD_ID) == null ? null : IdNumbers.mask(held.get(CHILD_ID)));
		model.addAttribute("waitSeconds", noticeWait.toSeconds());
		model.addAttribute("remaining", remaining);
		model.addAttribute("opens", pages.at(campaign.registrationOpens()));
		model.addAttribute("closes", pages.at(campaign.registrationCloses()));
		model.addAttribute("errors", errors);
		model.addAttribute("problems", pages.summary(errors));
		return "portal/points/notice";
	}

	/** The session's key for when the notice was first shown, which the start button waits out. */
	private static String noticeShown(CampaignView campaign, String district) {
		return NOTICE_SHOWN + campaign.id() + "." + district;
	}

	private CampaignView openCampaign(UUID campaignId) {
		CampaignView campaign = campaigns.find(campaignId)
			.filter(found -> found.path() == CampaignPath.POINTS)
			.orElseThrow(PointsPathPages.CaseNotFound::new);
		if (!campaign.registrationOpenAt(clock.instant())) {
			throw ProblemException.windowClosed("registration");
		}
		return campaign;
	}

	private List<String> districts(CampaignView campaign) {
		return schools.ofCampaign(campaign.id()).stream().map(SchoolView::district).distinct().sorted().toList();
	}

}
