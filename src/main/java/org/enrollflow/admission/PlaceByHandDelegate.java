package org.enrollflow.admission;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import static org.enrollflow.admission.AdmissionProcess.*;

/**
 * Records the bureau's placement of a case the allocation could not place: approved at the school
 * whose code the reviewer entered, which must be a public school of the campaign with a free seat,
 * or not admitted. A code that names no such school refuses the completion, in Tasklist and REST.
 */
@Component("placeByHandDelegate")
class PlaceByHandDelegate implements JavaDelegate {

	private final PlacementService placements;

	PlaceByHandDelegate(PlacementService placements) {
		this.placements = placements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean admit = "APPROVE".equals(execution.getVariable(VAR_REVIEW_OUTCOME));
		Object code = execution.getVariable(VAR_SCHOOL_CODE);
		String schoolCode = admit && code instanceof String text && !text.isBlank() ? text : null;
		if (admit && schoolCode == null) {
			throw new FormFieldValidationException(VAR_SCHOOL_CODE,
					"placementSchoolCode is required to admit / 录取须填写学校代码");
		}
		Authentication staff = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (!placements.placeByHand(UUID.fromString((String) execution.getVariable(VAR_APPLICATION_ID)), schoolCode,
				staff == null ? null : staff.getUserId())) {
			throw new FormFieldValidationException(VAR_SCHOOL_CODE,
					"No public school of the campaign with a free seat has code " + schoolCode
							+ " / 本批次没有该代码的尚有空位的公办学校:" + schoolCode);
		}
	}

}
