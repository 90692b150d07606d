package org.enrollflow.application;

import org.enrollflow.account.Caller;
import org.enrollflow.account.ParentAccountView;
import org.enrollflow.account.ParentAccounts;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The family member a new case belongs to: the calling parent, or, at a counter, the person staff
 * name in {@code onBehalfOf}, checked against the identity registry like an account holder.
 */
@Component
class Applicants {

	private final ParentAccounts accounts;
	private final RegistryGateway registry;
	private final IdNumberProtector protector;

	Applicants(ParentAccounts accounts, RegistryGateway registry, IdNumberProtector protector) {
		this.accounts = accounts;
		this.registry = registry;
		this.protector = protector;
	}

	Applicant of(Caller caller, ApplicationRequests.OnBehalfOf onBehalfOf) {
		if (caller.isParent()) {
			ParentAccountView account = accounts.find(caller.parentAccountId())
				.orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND"));
			return new Applicant(account.id(), account.realName(), protector.encrypt(account.idNumber()),
					protector.hash(account.idNumber()), account.phone());
		}
		if (onBehalfOf == null) {
			throw ProblemException.invalidField("onBehalfOf", "ON_BEHALF_OF_REQUIRED");
		}
		String idNumber = IdNumbers.normalize(onBehalfOf.idNumber());
		IdNumbers.problem(idNumber).ifPresent(code -> {
			throw ProblemException.invalidField("onBehalfOf.idNumber", code);
		});
		String name = onBehalfOf.realName().strip();
		if (registry.person(idNumber).filter(person -> person.name().equals(name)).isEmpty()) {
			throw ProblemException.unprocessableField("onBehalfOf", "REAL_NAME_MISMATCH");
		}
		return new Applicant(accounts.byIdNumber(idNumber).map(ParentAccountView::id).orElse(null), name,
				protector.encrypt(idNumber), protector.hash(idNumber), onBehalfOf.phone());
	}

}
