package org.enrollflow.account;

import java.util.Optional;
import java.util.UUID;

import org.enrollflow.shared.IdNumberProtector;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads parent accounts, with the holder's ID number decrypted.
 */
@Service
@Transactional(readOnly = true)
public class ParentAccounts {

	private final ParentAccountRepository accounts;

	private final IdNumberProtector protector;

	ParentAccounts(ParentAccountRepository accounts, IdNumberProtector protector) {
		this.accounts = accounts;
		this.protector = protector;
	}

	public Optional<ParentAccountView> find(UUID id) {
		return accounts.findById(id).map(this::view);
	}

	/** The account that logs in with this mainland mobile number. */
	public Optional<ParentAccountView> byPhone(String phone) {
		return accounts.findByPhone(phone).map(this::view);
	}

	/** The account of the person with this resident ID number, if they opened one. */
	public Optional<ParentAccountView> byIdNumber(String idNumber) {
		return accounts.findByHolderIdHash(protector.hash(idNumber)).map(this::view);
	}

	ParentAccountView view(ParentAccount account) {
		return new ParentAccountView(account.id(), account.phone(), account.email(), account.realName(),
				protector.decrypt(account.holderIdEncrypted()));
	}

}
