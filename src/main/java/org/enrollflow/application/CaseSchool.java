package org.enrollflow.application;

import java.util.Optional;

import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.registry.RegistryGateway;
import org.springframework.stereotype.Component;

/** The school whose catchment holds the case's address: where its on-site review takes place. */
@Component
class CaseSchool {

	private final RegistryGateway registry;
	private final Schools schools;

	CaseSchool(RegistryGateway registry, Schools schools) {
		this.registry = registry;
		this.schools = schools;
	}

	Optional<SchoolView> of(Application application) {
		if (application.address() == null) {
			return Optional.empty();
		}
		return registry.schoolCodeForAddress(application.address())
			.flatMap(code -> schools.byCode(application.campaignId(), code));
	}

}
