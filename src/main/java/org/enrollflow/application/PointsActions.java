package org.enrollflow.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.enrollflow.campaign.CampaignView;

/**
 * What a family may do now with a points-path registration, by its status and the campaign's
 * windows: the same rules the commands enforce.
 */
final class PointsActions {

	private PointsActions() {
	}

	static List<String> of(Application application, CampaignView campaign, Instant now) {
		List<String> actions = new ArrayList<>();
		boolean registration = campaign.registrationOpenAt(now);
		boolean modification = campaign.modificationOpenAt(now);
		boolean recheck = campaign.recheckOpenAt(now);
		switch (application.status()) {
			case DRAFT -> {
				if (registration) {
					actions.addAll(List.of("EDIT", "SUBMIT", "DELETE_DRAFT"));
				}
			}
			case MODIFICATION_APPROVED -> {
				if (modification) {
					actions.addAll(List.of("EDIT", "SUBMIT"));
				}
				actions.add("WITHDRAW");
			}
			case SUBMITTED, UNDER_REVIEW -> {
				if (modification) {
					actions.add("REQUEST_MODIFICATION");
				}
				actions.add("WITHDRAW");
			}
			case REVIEWED -> {
				if (recheck) {
					if (modification) {
						actions.add("REQUEST_MODIFICATION");
					}
					actions.addAll(List.of("REQUEST_RECHECK", "WITHDRAW"));
				}
			}
			case MODIFICATION_REQUESTED, RECHECK_REQUESTED -> actions.add("WITHDRAW");
			default -> {
			}
		}
		return actions;
	}

}
