package org.enrollflow.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A parent as the security layer knows them: the account and, until authentication ends, the
 * password hash to check against.
 */
final class ParentLogin implements UserDetails, CredentialsContainer {

	private static final List<GrantedAuthority> AUTHORITIES = List
		.of(new SimpleGrantedAuthority(Authorities.ROLE_PREFIX + Authorities.PARENT));

	private final UUID accountId;

	private final String phone;

	private String passwordHash;

	ParentLogin(UUID accountId, String phone, String passwordHash) {
		this.accountId = accountId;
		this.phone = phone;
		this.passwordHash = passwordHash;
	}

	UUID accountId() {
		return accountId;
	}

	@Override
	public String getUsername() {
		return phone;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AUTHORITIES;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "ParentLogin[" + accountId + "]";
	}

}
