package org.enrollflow.campaign;

import java.util.List;

import org.enrollflow.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A request names a campaign that does not exist: well-formed, so 422 rather than 400, with the
 * problem on the field that names it.
 */
class UnknownCampaign extends ProblemException {

	private final String field;

	UnknownCampaign(String field) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_CAMPAIGN");
		this.field = field;
	}

	@Override
	public List<FieldProblem> fieldProblems() {
		return List.of(new FieldProblem(field, "UNKNOWN_CAMPAIGN"));
	}

}
