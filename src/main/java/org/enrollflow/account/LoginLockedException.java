package org.enrollflow.account;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A login name that failed too often is refused until {@link #lockedUntil()}, whatever password comes.
 */
class LoginLockedException extends LockedException {

	private final Instant lockedUntil;

	LoginLockedException(Instant lockedUntil) {
		super("Too many failed logins");
		this.lockedUntil = lockedUntil;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

}
