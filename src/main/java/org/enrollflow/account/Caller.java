package org.enrollflow.account;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a parent (by account) or a staff member (a Camunda user with their groups).
 * @param parentAccountId the parent's account, {@code null} for staff
 * @param staffUserId the Camunda user id, {@code null} for parents
 * @param groups the staff member's Camunda groups, empty for parents
 */
public record Caller(UUID parentAccountId, String staffUserId, Set<String> groups) {

	/** The Camunda group whose members administer campaigns, schools and registries. */
	public static final String ADMIN_GROUP = "enrollment-admins";

	public Caller {
		groups = Set.copyOf(groups);
	}

	public static Caller parent(UUID accountId) {
		return new Caller(accountId, null, Set.of());
	}

	public static Caller staff(String userId, Set<String> groups) {
		return new Caller(null, userId, groups);
	}

	public boolean isParent() {
		return parentAccountId != null;
	}

	public boolean isStaff() {
		return staffUserId != null;
	}

	/** A staff member in group {@value #ADMIN_GROUP}. */
	public boolean isAdmin() {
		return isStaff() && groups.contains(ADMIN_GROUP);
	}

	/** The caller as recorded in timelines and audit entries: {@code parent:<uuid>} or {@code staff:<userId>}. */
	public String actor() {
		return isParent() ? "parent:" + parentAccountId : "staff:" + staffUserId;
	}

}
