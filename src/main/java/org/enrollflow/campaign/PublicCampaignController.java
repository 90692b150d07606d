package org.enrollflow.campaign;

import java.util.List;
import java.util.UUID;

import org.enrollflow.shared.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns")
class PublicCampaignController {

	private final Campaigns campaigns;

	private final Schools schools;

	PublicCampaignController(Campaigns campaigns, Schools schools) {
		this.campaigns = campaigns;
		this.schools = schools;
	}

	/** The campaigns open for registration now. */
	@GetMapping
	List<CampaignView> open() {
		return campaigns.openForRegistration();
	}

	@GetMapping("/{id}/schools")
	List<SchoolView> schools(@PathVariable UUID id) {
		if (campaigns.find(id).isEmpty()) {
			throw ProblemException.notFound("CAMPAIGN_NOT_FOUND", id);
		}
		return schools.ofCampaign(id);
	}

}
