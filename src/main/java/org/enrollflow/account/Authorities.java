package org.enrollflow.account;

/**
 * The authorities a caller holds: one role for the kind of caller, and one authority per Camunda group.
 */
final class Authorities {

	static final String PARENT = "PARENT";

	static final String STAFF = "STAFF";

	static final String ADMIN = "ADMIN";

	static final String ROLE_PREFIX = "ROLE_";

	static final String GROUP_PREFIX = "GROUP_";

	private Authorities() {
	}

}
