package org.enrollflow.account;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;

import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.registry.RegistryUnavailableException;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.shared.ProblemException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Opens parent accounts: valid input, a real name the identity registry confirms, and one account
 * per phone number and per person.
 */
@Service
class AccountRegistration {

	private static final Logger log = LoggerFactory.getLogger(AccountRegistration.class);

	private final ParentAccountRepository accounts;

	private final ParentAccounts views;

	private final RegistryGateway registry;

	private final IdNumberProtector protector;

	private final PasswordEncoder passwords;

	private final Clock clock;

	AccountRegistration(ParentAccountRepository accounts, ParentAccounts views, RegistryGateway registry,
			IdNumberProtector protector, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.views = views;
		this.registry = registry;
		this.protector = protector;
		this.passwords = passwords;
		this.clock = clock;
	}

	ParentAccountView register(NewAccount request) {
		NewAccount account = request.normalized();
		List<FieldProblem> problems = account.problems();
		if (!problems.isEmpty()) {
			throw ProblemException.invalidFields(problems);
		}
		checkRealName(account);
		String idHash = protector.hash(account.idNumber());
		refuseDuplicate(account.phone(), idHash);
		ParentAccount created = new ParentAccount(account.phone(), account.email(), passwords.encode(account.password()),
				account.realName(), protector.encrypt(account.idNumber()), idHash, clock.instant());
		try {
			accounts.saveAndFlush(created);
		}
		catch (DataIntegrityViolationException ex) {
			refuseDuplicate(account.phone(), idHash);
			throw ex;
		}
		log.info("Opened parent account {}", created.id());
		return views.view(created);
	}

	private void checkRealName(NewAccount account) {
		PersonRecord person;
		try {
			person = registry.person(account.idNumber()).orElse(null);
		}
		catch (RegistryUnavailableException ex) {
			log.warn("Identity registry unavailable for a registration: {}", ex.getMessage());
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "REGISTRY_UNAVAILABLE");
		}
		if (person == null || person.name() == null
				|| !Normalizer.normalize(person.name().strip(), Normalizer.Form.NFC).equals(account.realName())) {
			throw ProblemException.unprocessable("REAL_NAME_MISMATCH");
		}
	}

	private void refuseDuplicate(String phone, String idHash) {
		if (accounts.existsByPhone(phone)) {
			throw ProblemException.conflict("PHONE_TAKEN");
		}
		if (accounts.existsByHolderIdHash(idHash)) {
			throw ProblemException.conflict("ID_NUMBER_TAKEN");
		}
	}

}
