package org.enrollflow.application;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.document.Documents;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The portal's case pages: the parent's applications with the campaigns open now, and one case with
 * its status, deadlines, checks, documents, admission and timeline; the path's own part (what the
 * family may do next) comes from the general or points path's {@code case :: actions(view)}
 * fragment. Cases are read through {@link ApplicationViews}, as the API reads them: ID numbers
 * masked, texts in the reader's language, another parent's case not found (a 404 page, never a 403).
 * <p>
 * The API under {@code /api/**} authenticates each request (HTTP Basic) and ignores the portal's
 * session, so the documents and the admission notice have portal routes of their own here.
 */
@Controller
class ApplicationPages {

	static final String NOT_FOUND = "portal/applications/not-found";

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Set<ApplicationStatus> BAD = EnumSet.of(ApplicationStatus.BINDING_FAILED,
			ApplicationStatus.VERIFICATION_FAILED, ApplicationStatus.ONSITE_REJECTED, ApplicationStatus.WITHDRAWN,
			ApplicationStatus.ABANDONED, ApplicationStatus.NOT_ADMITTED);

	private static final Set<ApplicationStatus> GOOD = EnumSet.of(ApplicationStatus.CONFIRMED,
			ApplicationStatus.ONSITE_REVIEW_ENDED, ApplicationStatus.REVIEWED, ApplicationStatus.ADMITTED);

	private static final Set<ApplicationStatus> FAMILY_TO_ACT = EnumSet.of(ApplicationStatus.DRAFT,
			ApplicationStatus.AWAITING_CONFIRMATION, ApplicationStatus.ONSITE_REVIEW,
			ApplicationStatus.MODIFICATION_APPROVED);

	private final ApplicationViews views;
	private final CaseAccess access;
	private final Documents documents;
	private final Campaigns campaigns;
	private final Callers callers;
	private final MessageSource messages;
	private final Clock clock;

	ApplicationPages(ApplicationViews views, CaseAccess access, Documents documents, Campaigns campaigns,
			Callers callers, MessageSource messages, Clock clock) {
		this.views = views;
		this.access = access;
		this.documents = documents;
		this.campaigns = campaigns;
		this.callers = callers;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/applications")
	String list(Model model) {
		List<ApplicationView.Summary> applications = views.visibleTo(callers.current());
		Map<UUID, String> campaignNames = new LinkedHashMap<>();
		applications.forEach(application -> campaignNames.computeIfAbsent(application.campaignId(),
				id -> campaigns.find(id).map(CampaignView::name).orElse("")));
		List<OpenCampaign> open = campaigns.openForRegistration()
			.stream()
			.map(campaign -> new OpenCampaign(campaign.id(), campaign.name(), campaign.path().name(),
					label("case.path." + campaign.path().name()), startLink(campaign), at(campaign.registrationCloses()),
					iso(campaign.registrationCloses())))
			.toList();
		model.addAttribute("applications", applications);
		model.addAttribute("campaignNames", campaignNames);
		model.addAttribute("open", open);
		model.addAttribute("page", this);
		return "portal/applications/list";
	}

	@GetMapping("/portal/applications/{id}")
	String show(@PathVariable UUID id, Model model) {
		ApplicationView view = views.find(callers.current(), id).orElseThrow(NotFound::new);
		Instant now = clock.instant();
		model.addAttribute("view", view);
		model.addAttribute("campaignName", campaigns.find(view.campaignId()).map(CampaignView::name).orElse(""));
		model.addAttribute("deadlines", deadlines(view.deadlines(), now));
		model.addAttribute("checks", view.verifications()
			.stream()
			.sorted(Comparator.comparing(ApplicationView.VerificationView::passed))
			.map(check -> new CheckRow(label("case.check." + check.check(), check.check()),
					label("case.stage." + check.stage(), check.stage()), check.passed(), check.reason()))
			.toList());
		model.addAttribute("documents", view.documents()
			.stream()
			.map(document -> new DocumentRow(label(document.type().messageKey(), document.type().name()),
					document.fileName(), "/portal/applications/" + id + "/documents/" + document.id(),
					at(document.uploadedAt())))
			.toList());
		String me = callers.current().actor();
		model.addAttribute("timeline", view.timeline()
			.stream()
			.map(entry -> new TimelineRow(at(entry.at()), iso(entry.at()), entry.note(), actor(entry, me)))
			.toList());
		model.addAttribute("noticeLink", view.admission() == null ? null : "/portal/applications/" + id + "/notice");
		model.addAttribute("page", this);
		return "portal/applications/case";
	}

	/**
	 * A document of the case, to a family or reviewer who may read the case: the same check and the
	 * same headers as {@code GET /api/applications/{id}/documents/{documentId}}.
	 */
	@GetMapping("/portal/applications/{id}/documents/{documentId}")
	@Transactional
	public ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
		Application application = access.findForReading(callers.current(), id).orElseThrow(NotFound::new);
		return CaseDocumentController.inline(documents.content(application.id(), documentId).orElseThrow(NotFound::new));
	}

	/**
	 * The admission notice as a PDF, rendered by the admission module's
	 * {@code GET /api/applications/{id}/notice} (with {@code Accept: application/pdf}), which checks
	 * that the caller may read the case and that the results are published. The request is forwarded
	 * inside the server with the portal session's login, which the API's own chain would not accept
	 * from a browser.
	 */
	@GetMapping("/portal/applications/{id}/notice")
	void notice(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		if (views.find(callers.current(), id).map(ApplicationView::admission).isEmpty()) {
			throw new NotFound();
		}
		request.getRequestDispatcher("/api/applications/" + id + "/notice").forward(new AcceptingPdf(request), response);
	}

	@ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return NOT_FOUND;
	}

	/** A time as the portal shows it: {@code yyyy-MM-dd HH:mm} in the application's time zone (Asia/Shanghai). */
	public String at(Instant instant) {
		return instant == null ? "" : SHOWN.withZone(clock.getZone()).format(instant);
	}

	/** The same time for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone()).format(instant);
	}

	/** The badge's colour class of a status: to act on, good news, bad news, or neutral. */
	public String tone(ApplicationStatus status) {
		if (BAD.contains(status)) {
			return "bad";
		}
		if (GOOD.contains(status)) {
			return "good";
		}
		return FAMILY_TO_ACT.contains(status) ? "todo" : "neutral";
	}

	/** The path's name in the reader's language. */
	public String pathLabel(String path) {
		return path == null ? "" : label("case.path." + path, path);
	}

	private List<DeadlineRow> deadlines(ApplicationView.Deadlines deadlines, Instant now) {
		if (deadlines == null) {
			return List.of();
		}
		List<DeadlineRow> rows = new ArrayList<>();
		add(rows, "confirmation", deadlines.confirmation(), now);
		add(rows, "registrationCloses", deadlines.registrationCloses(), now);
		add(rows, "modificationCloses", deadlines.modificationCloses(), now);
		add(rows, "recheckCloses", deadlines.recheckCloses(), now);
		return rows;
	}

	private void add(List<DeadlineRow> rows, String name, Instant at, Instant now) {
		if (at != null) {
			rows.add(new DeadlineRow(name, label("case.deadline." + name), at(at), iso(at), timeLeft(now, at),
					!now.isBefore(at)));
		}
	}

	/** {@code 还剩 3 天 4 小时}, {@code 3 days 4 hours left}; under an hour, or closed. */
	String timeLeft(Instant now, Instant deadline) {
		if (!now.isBefore(deadline)) {
			return label("case.deadline.closed");
		}
		Duration left = Duration.between(now, deadline);
		long days = left.toDays();
		int hours = left.toHoursPart();
		if (days == 0 && hours == 0) {
			return label("case.deadline.underAnHour");
		}
		if (days == 0) {
			return message("case.deadline.hoursLeft", hours);
		}
		return message("case.deadline.daysHoursLeft", days, hours);
	}

	/** Who took a step, in words a family reads: you, the family, staff (on behalf of …), the system. */
	private String actor(ApplicationView.TimelineView entry, String me) {
		String actor = entry.actor();
		String who;
		if (actor == null || Actor.SYSTEM.name().equals(actor)) {
			who = label("case.actor.system");
		}
		else if (actor.equals(me)) {
			who = label("case.actor.you");
		}
		else if (actor.startsWith("parent:")) {
			who = label("case.actor.parent");
		}
		else {
			who = label("case.actor.staff");
		}
		return entry.onBehalfOf() == null ? who : message("case.actor.onBehalfOf", who, entry.onBehalfOf());
	}

	private String startLink(CampaignView campaign) {
		return switch (campaign.path()) {
			case GENERAL -> "/portal/general/new?campaign=" + campaign.id();
			case POINTS -> "/portal/points/new?campaign=" + campaign.id();
		};
	}

	private String label(String code) {
		return messages.getMessage(code, null, locale());
	}

	private String label(String code, String fallback) {
		return messages.getMessage(code, null, fallback, locale());
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** A campaign open for registration now, with the page that starts an application on its path. */
	record OpenCampaign(UUID id, String name, String path, String pathLabel, String startLink, String closesAt,
			String closesIso) {
	}

	/** A deadline of the case with the time left until it, or {@code closed}. */
	record DeadlineRow(String name, String label, String at, String iso, String left, boolean closed) {
	}

	record CheckRow(String label, String stage, boolean passed, String reason) {
	}

	record DocumentRow(String label, String fileName, String href, String uploadedAt) {
	}

	record TimelineRow(String at, String iso, String note, String actor) {
	}

	/** A case the caller may not read, or that does not exist: the same page for both. */
	static final class NotFound extends RuntimeException {

		NotFound() {
			super(null, null, false, false);
		}

	}

	/** The forwarded request asks for the PDF, whatever the browser's link sent. */
	private static final class AcceptingPdf extends HttpServletRequestWrapper {

		AcceptingPdf(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.APPLICATION_PDF_VALUE : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
					? Collections.enumeration(List.of(MediaType.APPLICATION_PDF_VALUE)) : super.getHeaders(name);
		}

	}

}
