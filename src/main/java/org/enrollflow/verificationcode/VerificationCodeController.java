package org.enrollflow.verificationcode;

import java.util.List;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.shared.ProblemException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Parents ask for a verification code before they submit or withdraw. */
@RestController
class VerificationCodeController {

	private final Callers callers;

	private final CodeIssuer issuer;

	VerificationCodeController(Callers callers, CodeIssuer issuer) {
		this.callers = callers;
		this.issuer = issuer;
	}

	/**
	 * Sends the calling parent a new code for the purpose: 202 with its expiry, the channel and when the next
	 * may be asked for. Staff have no codes to ask for: 403 {@code VERIFICATION_CODE_PARENTS_ONLY}. An
	 * unknown or missing purpose is 400 {@code VERIFICATION_CODE_PURPOSE_INVALID}; a send past a rate limit
	 * is 429 with {@code Retry-After}.
	 */
	@PostMapping("/api/verification-codes")
	ResponseEntity<IssuedCode> send(@RequestBody CodeRequest request) {
		Caller caller = callers.current();
		if (!caller.isParent()) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "VERIFICATION_CODE_PARENTS_ONLY");
		}
		Purpose purpose = Purpose.of(request.purpose())
			.orElseThrow(() -> ProblemException.withFields(HttpStatus.BAD_REQUEST, "VERIFICATION_CODE_PURPOSE_INVALID",
					List.of(new FieldProblem("purpose", "VERIFICATION_CODE_PURPOSE_INVALID"))));
		return ResponseEntity.accepted().body(issuer.issue(caller.parentAccountId(), purpose));
	}

	record CodeRequest(String purpose) {
	}

}
