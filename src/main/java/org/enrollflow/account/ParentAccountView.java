package org.enrollflow.account;

import java.util.UUID;

/**
 * A parent's account.
 * @param id the account id
 * @param phone the mainland mobile number the parent logs in with
 * @param email where mail to the parent goes
 * @param realName the name the identity registry confirmed
 * @param idNumber the full resident ID number, decrypted: for checks only, never logged or
 * returned unmasked
 */
public record ParentAccountView(UUID id, String phone, String email, String realName, String idNumber) {

	@Override
	public String toString() {
		return "ParentAccountView[id=" + id + "]";
	}

}
