package org.enrollflow.application;

import org.enrollflow.account.Caller;
import org.enrollflow.shared.IdNumbers;

/**
 * Who took a step on a case, as the timeline records it: a parent, or a staff member at a counter
 * together with the family they acted for.
 */
record Actor(String name, String staffUserId, String counterGroup, String onBehalfOf) {

	static final Actor SYSTEM = new Actor("system", null, null, null);

	static Actor of(Caller caller, String counterGroup, String applicantName, String applicantIdNumber) {
		if (caller.isParent()) {
			return new Actor(caller.actor(), null, null, null);
		}
		return new Actor(caller.actor(), caller.staffUserId(), counterGroup,
				applicantName + " (" + IdNumbers.mask(applicantIdNumber) + ")");
	}

}
