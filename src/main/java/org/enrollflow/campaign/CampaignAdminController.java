package org.enrollflow.campaign;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/admin/campaigns")
class CampaignAdminController {

	static final String MERGE_PATCH_JSON = "application/merge-patch+json";

	private final CampaignAdministration administration;

	CampaignAdminController(CampaignAdministration administration) {
		this.administration = administration;
	}

	@PostMapping
	ResponseEntity<CampaignResponse> create(@RequestBody CampaignRequest request) {
		CampaignResponse campaign = administration.create(request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(campaign.id())
			.toUri();
		return ResponseEntity.created(location).eTag(campaign.etag()).body(campaign);
	}

	@GetMapping
	List<CampaignResponse> all() {
		return administration.all();
	}

	@GetMapping("/{id}")
	ResponseEntity<CampaignResponse> one(@PathVariable UUID id) {
		CampaignResponse campaign = administration.get(id);
		return ResponseEntity.ok().eTag(campaign.etag()).body(campaign);
	}

	/** Any subset of the campaign's fields (JSON merge patch); {@code If-Match} with the ETag guards against lost updates. */
	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH_JSON })
	ResponseEntity<CampaignResponse> update(@PathVariable UUID id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = CampaignRequest.class))) @RequestBody ObjectNode changes,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		CampaignResponse campaign = administration.update(id, changes, ifMatch);
		return ResponseEntity.ok().eTag(campaign.etag()).body(campaign);
	}

}
