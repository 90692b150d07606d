package org.enrollflow.account;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells who is calling, from the security context of the current request.
 * <p>
 * Besides the logins this module performs, it understands any authentication with the same
 * authorities (such as {@code @WithMockUser} in tests): role {@code PARENT} names the account by
 * its id or its phone number; anyone else is staff, with groups from the {@code GROUP_<id>}
 * authorities and {@value Caller#ADMIN_GROUP} for role {@code ADMIN}.
 */
@Component
public class Callers {

	private final ParentAccountRepository accounts;

	Callers(ParentAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * The caller of the current request.
	 * @throws AuthenticationCredentialsNotFoundException when nobody is logged in
	 */
	public Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new AuthenticationCredentialsNotFoundException("Nobody is logged in");
		}
		if (authentication.getPrincipal() instanceof ParentLogin parent) {
			return Caller.parent(parent.accountId());
		}
		Set<String> authorities = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
		if (authorities.contains(Authorities.ROLE_PREFIX + Authorities.PARENT)) {
			return Caller.parent(parentAccountOf(authentication.getName()));
		}
		Set<String> groups = new HashSet<>();
		for (String authority : authorities) {
			if (authority.startsWith(Authorities.GROUP_PREFIX)) {
				groups.add(authority.substring(Authorities.GROUP_PREFIX.length()));
			}
		}
		if (authorities.contains(Authorities.ROLE_PREFIX + Authorities.ADMIN)) {
			groups.add(Caller.ADMIN_GROUP);
		}
		return Caller.staff(authentication.getName(), groups);
	}

	private UUID parentAccountOf(String name) {
		try {
			return UUID.fromString(name);
		}
		catch (IllegalArgumentException ex) {
			return accounts.findByPhone(name)
				.map(ParentAccount::id)
				.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No parent account for the caller"));
		}
	}

}
