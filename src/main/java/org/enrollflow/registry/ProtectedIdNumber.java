package org.enrollflow.registry;

import jakarta.persistence.Embeddable;

import org.enrollflow.shared.IdNumberProtector;

/** An ID number at rest: encrypted, with the keyed hash it is looked up by. */
@Embeddable
class ProtectedIdNumber {

	private String encrypted;

	private String hash;

	protected ProtectedIdNumber() {
	}

	private ProtectedIdNumber(String encrypted, String hash) {
		this.encrypted = encrypted;
		this.hash = hash;
	}

	/** {@code null} for a missing number. */
	static ProtectedIdNumber of(String idNumber, IdNumberProtector protector) {
		return idNumber == null ? null : new ProtectedIdNumber(protector.encrypt(idNumber), protector.hash(idNumber));
	}

	static String reveal(ProtectedIdNumber idNumber, IdNumberProtector protector) {
		return idNumber == null ? null : protector.decrypt(idNumber.encrypted);
	}

	String hash() {
		return hash;
	}

}
