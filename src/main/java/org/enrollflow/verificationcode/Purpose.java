package org.enrollflow.verificationcode;

import java.util.Arrays;
import java.util.Optional;

/** What a verification code allows: each purpose has codes, tries and send limits of its own. */
enum Purpose {

	SUBMIT, WITHDRAW;

	/** The purpose of this exact name ({@code SUBMIT} or {@code WITHDRAW}). */
	static Optional<Purpose> of(String name) {
		return Arrays.stream(values()).filter(purpose -> purpose.name().equals(name)).findFirst();
	}

}
