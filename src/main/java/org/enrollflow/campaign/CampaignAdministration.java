package org.enrollflow.campaign;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.enrollflow.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes campaigns. A change that moves any date publishes {@link CampaignDatesChanged}
 * in the same transaction, so waiting timers move with the dates or not at all.
 */
@Service
@Transactional
class CampaignAdministration {

	private final CampaignRepository campaigns;

	private final InputValidation validation;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	CampaignAdministration(CampaignRepository campaigns, InputValidation validation, ObjectMapper json,
			ApplicationEventPublisher events) {
		this.campaigns = campaigns;
		this.validation = validation;
		this.json = json;
		this.events = events;
	}

	CampaignResponse create(CampaignRequest request) {
		validation.check(request, request.scheduleProblems());
		if (campaigns.existsByCode(request.code())) {
			throw ProblemException.conflict("CAMPAIGN_CODE_TAKEN", request.code());
		}
		return CampaignResponse.of(campaigns.saveAndFlush(new Campaign(request)));
	}

	/**
	 * Applies a JSON merge patch: absent fields stay as they are, {@code null} clears a field (or
	 * restores the reminder lead's default), and the merged campaign must be valid as a whole.
	 * @param ifMatch the {@code If-Match} header, if any
	 */
	CampaignResponse update(UUID id, ObjectNode changes, String ifMatch) {
		Campaign campaign = load(id);
		if (!EntityTags.matches(ifMatch, campaign.version())) {
			throw ProblemException.conflict("STALE_VERSION");
		}
		CampaignRequest request = merge(campaign, changes);
		validation.check(request, request.scheduleProblems());
		if (campaigns.existsByCodeAndIdNot(request.code(), id)) {
			throw ProblemException.conflict("CAMPAIGN_CODE_TAKEN", request.code());
		}
		List<Object> datesBefore = campaign.dates();
		campaign.apply(request);
		campaigns.flush();
		if (!datesBefore.equals(campaign.dates())) {
			events.publishEvent(new CampaignDatesChanged(id));
		}
		return CampaignResponse.of(campaign);
	}

	@Transactional(readOnly = true)
	List<CampaignResponse> all() {
		return campaigns.findAllByOrderByRegistrationOpensDescCodeAsc().stream().map(CampaignResponse::of).toList();
	}

	@Transactional(readOnly = true)
	CampaignResponse get(UUID id) {
		return CampaignResponse.of(load(id));
	}

	private Campaign load(UUID id) {
		return campaigns.findById(id).orElseThrow(() -> ProblemException.notFound("CAMPAIGN_NOT_FOUND", id));
	}

	private CampaignRequest merge(Campaign campaign, ObjectNode changes) {
		ObjectNode merged = json.valueToTree(CampaignResponse.of(campaign));
		merged.setAll(changes);
		try {
			return json.treeToValue(merged, CampaignRequest.class);
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "MALFORMED_BODY");
		}
	}

}
