package org.enrollflow.admission;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a campaign's admission results, the step an administrator takes once every case is
 * placed: until then the results stay with the bureau. Publishing signals every admission process
 * of the campaign, which then records the result on its case, moves it to {@code ADMITTED} or
 * {@code NOT_ADMITTED} and mails the family, each in a job of its own.
 */
@Service
class ResultsPublication {

	private final AdmissionResultRepository results;
	private final Campaigns campaigns;
	private final RuntimeService runtime;
	private final Clock clock;

	ResultsPublication(AdmissionResultRepository results, Campaigns campaigns, RuntimeService runtime, Clock clock) {
		this.results = results;
		this.campaigns = campaigns;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Transactional
	Publication publish(UUID campaignId) {
		campaigns.find(campaignId).orElseThrow(() -> ProblemException.notFound("CAMPAIGN_NOT_FOUND"));
		if (!results.existsByCampaignId(campaignId)) {
			throw ProblemException.conflict("NOT_ALLOCATED");
		}
		if (results.existsByCampaignIdAndPublishedAtIsNotNull(campaignId)) {
			throw ProblemException.conflict("ALREADY_PUBLISHED");
		}
		long unplaced = results.countByCampaignIdAndOutcomeIsNull(campaignId);
		if (unplaced > 0) {
			throw ProblemException.conflict("PLACEMENT_INCOMPLETE", unplaced);
		}
		Instant now = clock.instant();
		int published = results.publishAll(campaignId, now);
		if (published == 0) {
			throw ProblemException.conflict("ALREADY_PUBLISHED");
		}
		runtime.createSignalEvent(AdmissionProcess.SIGNAL_RESULTS_PUBLISHED + campaignId).send();
		return new Publication(published, now);
	}

	record Publication(int published, Instant publishedAt) {
	}

}
