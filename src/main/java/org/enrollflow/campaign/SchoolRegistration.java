package org.enrollflow.campaign;

import java.util.UUID;

import org.enrollflow.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers schools in campaigns and publishes {@link SchoolRegistered}.
 */
@Service
@Transactional
class SchoolRegistration {

	private final SchoolRepository schools;

	private final CampaignRepository campaigns;

	private final InputValidation validation;

	private final ApplicationEventPublisher events;

	SchoolRegistration(SchoolRepository schools, CampaignRepository campaigns, InputValidation validation,
			ApplicationEventPublisher events) {
		this.schools = schools;
		this.campaigns = campaigns;
		this.validation = validation;
		this.events = events;
	}

	SchoolView register(SchoolRequest request) {
		validation.check(request);
		if (!campaigns.existsById(request.campaignId())) {
			throw ProblemException.unprocessableField("campaignId", "UNKNOWN_CAMPAIGN");
		}
		if (schools.existsByCampaignIdAndCode(request.campaignId(), request.code())) {
			throw ProblemException.conflict("SCHOOL_CODE_TAKEN", request.code());
		}
		SchoolView school = schools.saveAndFlush(new School(request)).toView();
		events.publishEvent(new SchoolRegistered(school.id(), school.campaignId(), school.code(), school.district()));
		return school;
	}

	@Transactional(readOnly = true)
	SchoolView get(UUID id) {
		return schools.findById(id)
			.map(School::toView)
			.orElseThrow(() -> ProblemException.notFound("SCHOOL_NOT_FOUND", id));
	}

}
