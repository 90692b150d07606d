package org.enrollflow.admission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.enrollflow.account.Callers;
import org.enrollflow.application.AdmissionOutcome;
import org.enrollflow.application.Applications;
import org.enrollflow.application.NoticeFacts;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's admission notice (录取通知书) once the results are published: as JSON, or as a PDF with
 * {@code Accept: application/pdf}. Before the publication, and for anyone who may not read the
 * case, there is no notice: 404.
 */
@RestController
class NoticeController {

	private final Applications applications;
	private final Campaigns campaigns;
	private final Schools schools;
	private final AdmissionNoticePdf pdf;
	private final MessageSource messages;
	private final Callers callers;
	private final Clock clock;

	NoticeController(Applications applications, Campaigns campaigns, Schools schools, AdmissionNoticePdf pdf,
			MessageSource messages, Callers callers, Clock clock) {
		this.applications = applications;
		this.campaigns = campaigns;
		this.schools = schools;
		this.pdf = pdf;
		this.messages = messages;
		this.callers = callers;
		this.clock = clock;
	}

	@GetMapping(path = "/api/applications/{id}/notice", produces = MediaType.APPLICATION_JSON_VALUE)
	NoticeView notice(@PathVariable UUID id) {
		NoticeFacts facts = facts(id);
		CampaignView campaign = campaigns.find(facts.campaignId()).orElseThrow();
		SchoolView school = facts.schoolId() == null ? null : schools.find(facts.schoolId()).orElse(null);
		Locale locale = LocaleContextHolder.getLocale();
		return new NoticeView(facts.applicationId(), reference(facts), campaign.name(), facts.childName(),
				facts.childIdNumberMasked(), facts.outcome(),
				messages.getMessage("status." + facts.outcome().name(), null, facts.outcome().name(), locale),
				school == null ? null : new NoticeView.School(school.id(), school.code(), school.name()),
				facts.route(), issuedBy(locale), facts.publishedAt());
	}

	@GetMapping(path = "/api/applications/{id}/notice", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> noticePdf(@PathVariable UUID id) {
		NoticeFacts facts = facts(id);
		CampaignView campaign = campaigns.find(facts.campaignId()).orElseThrow();
		String schoolName = facts.schoolId() == null ? null
				: schools.find(facts.schoolId()).map(SchoolView::name).orElse(null);
		boolean admitted = facts.outcome() == AdmissionOutcome.ADMITTED;
		byte[] document = pdf.render(new AdmissionNotice(campaign.name(), facts.childName(), facts.childIdNumberMasked(),
				admitted, admitted ? schoolName : null, null, issuedBy(Locale.SIMPLIFIED_CHINESE),
				LocalDate.ofInstant(facts.publishedAt(), clock.getZone()), reference(facts)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("admission-notice-" + reference(facts) + ".pdf")
				.build()
				.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(document);
	}

	private NoticeFacts facts(UUID id) {
		return applications.notice(callers.current(), id)
			.orElseThrow(() -> ProblemException.notFound("NOTICE_NOT_FOUND"));
	}

	private String issuedBy(Locale locale) {
		return messages.getMessage("notice.issuedBy", null, locale);
	}

	/** A short, stable notice number: the first block of the application id, upper-cased. */
	private static String reference(NoticeFacts facts) {
		return facts.applicationId().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	/** The admission notice as JSON. */
	record NoticeView(UUID applicationId, String reference, String campaignName, String childName,
			String childIdNumber, AdmissionOutcome outcome, String outcomeLabel, School school, String route,
			String issuedBy, Instant publishedAt) {

		record School(UUID id, String code, String name) {
		}

	}

}
