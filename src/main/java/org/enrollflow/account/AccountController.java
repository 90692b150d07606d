package org.enrollflow.account;

import java.net.URI;
import java.util.UUID;

import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accounts")
class AccountController {

	private final AccountRegistration registration;

	private final ParentAccounts accounts;

	private final Callers callers;

	AccountController(AccountRegistration registration, ParentAccounts accounts, Callers callers) {
		this.registration = registration;
		this.accounts = accounts;
		this.callers = callers;
	}

	@PostMapping
	ResponseEntity<AccountResponse> register(@RequestBody NewAccount request) {
		AccountResponse created = AccountResponse.of(registration.register(request));
		return ResponseEntity.created(URI.create("/api/accounts/me")).body(created);
	}

	@GetMapping("/me")
	AccountResponse me() {
		Caller caller = callers.current();
		if (!caller.isParent()) {
			throw ProblemException.notFound("ACCOUNT_NOT_FOUND");
		}
		return accounts.find(caller.parentAccountId())
			.map(AccountResponse::of)
			.orElseThrow(() -> ProblemException.notFound("ACCOUNT_NOT_FOUND"));
	}

	/**
	 * A parent's account as the API shows it, with the ID number masked.
	 */
	record AccountResponse(UUID id, String phone, String email, String realName, String idNumber) {

		static AccountResponse of(ParentAccountView account) {
			return new AccountResponse(account.id(), account.phone(), account.email(), account.realName(),
					IdNumbers.mask(account.idNumber()));
		}

	}

}
