package org.enrollflow.application;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What administrators see of a campaign's cases: counts by status, and the list as CSV. */
@RestController
@RequestMapping("/api/admin/campaigns/{id}")
class CampaignApplicationsController {

	private static final String[] HEADER = { "application_id", "status", "household_type", "child_name",
			"child_id_number", "applicant_name", "address", "property_kind", "private_school_id", "created_at" };

	private final ApplicationRepository repository;
	private final Campaigns campaigns;
	private final IdNumberProtector protector;

	CampaignApplicationsController(ApplicationRepository repository, Campaigns campaigns,
			IdNumberProtector protector) {
		this.repository = repository;
		this.campaigns = campaigns;
		this.protector = protector;
	}

	@GetMapping("/stats")
	@Transactional(readOnly = true)
	public Stats stats(@PathVariable UUID id) {
		requireCampaign(id);
		Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
		Arrays.stream(ApplicationStatus.values()).forEach(status -> byStatus.put(status, 0L));
		repository.countByStatus(id).forEach(count -> byStatus.put(count.getStatus(), count.getCount()));
		return new Stats(id, byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
	}

	/** Every case of the campaign, ID numbers masked, streamed so a large campaign needs little memory. */
	@GetMapping("/applications.csv")
	@Transactional(readOnly = true)
	public void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		requireCampaign(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"applications-" + id + ".csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (Stream<Application> applications = repository.streamByCampaignId(id);
				CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(writer)) {
			for (Application application : (Iterable<Application>) applications::iterator) {
				csv.printRecord(application.id(), application.status(), application.householdType(),
						application.childName(), IdNumbers.mask(protector.decrypt(application.childIdEncrypted())),
						application.applicantName(), application.address(), application.propertyKind(),
						application.privateSchoolId(), application.createdAt());
			}
		}
	}

	private void requireCampaign(UUID id) {
		if (campaigns.find(id).isEmpty()) {
			throw ProblemException.notFound("CAMPAIGN_NOT_FOUND", id);
		}
	}

	record Stats(UUID campaignId, long total, Map<ApplicationStatus, Long> byStatus) {
	}

}
