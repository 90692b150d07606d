package org.enrollflow.admission;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators place a campaign's cases, download the results and publish them. */
@RestController
@RequestMapping("/api/admin/campaigns/{id}")
class AdmissionAdminController {

	private final AdmissionAllocation allocation;
	private final ResultsPublication publication;
	private final ResultsExport export;

	AdmissionAdminController(AdmissionAllocation allocation, ResultsPublication publication, ResultsExport export) {
		this.allocation = allocation;
		this.publication = publication;
		this.export = export;
	}

	@PostMapping("/allocation")
	AllocationSummary allocate(@PathVariable UUID id) {
		return allocation.allocate(id);
	}

	@PostMapping("/results/publication")
	ResultsPublication.Publication publish(@PathVariable UUID id) {
		return publication.publish(id);
	}

	/** The allocation's results as CSV, ID numbers masked; 409 {@code NOT_ALLOCATED} before the allocation. */
	@GetMapping("/results.csv")
	void resultsCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		export.csv(id, download(response));
	}

	/** The allocation's results as an Excel workbook, ID numbers masked; 409 {@code NOT_ALLOCATED} before the allocation. */
	@GetMapping("/results.xlsx")
	void resultsXlsx(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		export.xlsx(id, download(response));
	}

	private static ResultsExport.Download download(HttpServletResponse response) {
		return (contentType, fileName) -> {
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
			return response.getOutputStream();
		};
	}

}
