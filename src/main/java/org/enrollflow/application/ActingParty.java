package org.enrollflow.application;

import java.util.function.Supplier;

/**
 * Who set the process moving in this request, so that the steps the engine runs at once on their
 * behalf (a parent's confirmation, say) are recorded as theirs rather than the system's.
 */
final class ActingParty {

	private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

	private ActingParty() {
	}

	static <T> T during(Actor actor, Supplier<T> work) {
		Actor previous = CURRENT.get();
		CURRENT.set(actor);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	static Actor current() {
		Actor actor = CURRENT.get();
		return actor == null ? Actor.SYSTEM : actor;
	}

}
