package org.enrollflow.account;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks login name and password with the parent and staff providers, refusing a name that failed
 * too often before any password is looked at, and recording each failure.
 */
final class ThrottledLogins implements AuthenticationManager {

	private final AuthenticationManager providers;

	private final LoginThrottle throttle;

	private final RememberedLogins remembered;

	ThrottledLogins(AuthenticationManager providers, LoginThrottle throttle, RememberedLogins remembered) {
		this.providers = providers;
		this.throttle = throttle;
		this.remembered = remembered;
	}

	@Override
	public Authentication authenticate(Authentication request) {
		if (!(request instanceof UsernamePasswordAuthenticationToken)
				|| !(request.getCredentials() instanceof String password)) {
			throw new BadCredentialsException("Bad credentials");
		}
		String loginName = request.getName();
		Authentication known = remembered.find(loginName, password);
		if (known != null) {
			return known;
		}
		Optional<LoginThrottle.Record> failures = throttle.find(loginName);
		if (failures.isPresent() && failures.get().locked()) {
			throw new LoginLockedException(failures.get().lockedUntil());
		}
		Authentication authenticated;
		try {
			authenticated = providers.authenticate(request);
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(loginName);
			throw ex;
		}
		if (failures.isPresent()) {
			throttle.clear(loginName);
		}
		remembered.remember(loginName, password, authenticated);
		return authenticated;
	}

}
