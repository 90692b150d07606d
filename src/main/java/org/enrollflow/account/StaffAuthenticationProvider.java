package org.enrollflow.account;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Staff log in as Camunda users: the engine's identity service checks the password, and the user's
 * Camunda groups become {@code GROUP_<id>} authorities, with role {@code ADMIN} for
 * {@value Caller#ADMIN_GROUP}.
 */
final class StaffAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	StaffAuthenticationProvider(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object password = authentication.getCredentials();
		if (userId == null || userId.isEmpty() || !(password instanceof String text) || text.isEmpty()
				|| !identity.checkPassword(userId, text)) {
			throw new BadCredentialsException("Bad credentials");
		}
		return staff(identity, userId);
	}

	/** The authenticated staff member with the authorities of their Camunda groups now. */
	static Authentication staff(IdentityService identity, String userId) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.ROLE_PREFIX + Authorities.STAFF));
		for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
			authorities.add(new SimpleGrantedAuthority(Authorities.GROUP_PREFIX + group.getId()));
			if (Caller.ADMIN_GROUP.equals(group.getId())) {
				authorities.add(new SimpleGrantedAuthority(Authorities.ROLE_PREFIX + Authorities.ADMIN));
			}
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
