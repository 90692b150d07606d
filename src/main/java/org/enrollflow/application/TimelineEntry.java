package org.enrollflow.application;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A step in the case's history: a status reached, or an action taken ({@code action}), by whom
 * ({@code actor}, and for whom when staff act at a counter: {@code onBehalfOf}), with an optional
 * note such as a reviewer's comment.
 */
@Embeddable
record TimelineEntry(@Column(name = "at") Instant at,
		@Enumerated(EnumType.STRING) @Column(name = "status") ApplicationStatus status,
		@Column(name = "action") String action, @Column(name = "note") String note,
		@Column(name = "actor") String actor, @Column(name = "on_behalf_of") String onBehalfOf) {

}
