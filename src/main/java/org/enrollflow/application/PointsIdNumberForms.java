package org.enrollflow.application;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.enrollflow.points.GuardianIdType;
import org.enrollflow.shared.IdNumbers;

/**
 * The ID numbers of the points path's forms, which no page shows in full: a well-formed number typed
 * into a form that was refused for another reason is held in the session, by form and field, and
 * shown masked until the form is saved.
 */
final class PointsIdNumberForms {

	private static final String HELD_IDS = PointsPathPages.class.getName() + ".ids.";

	private PointsIdNumberForms() {
	}

	/** The numbers held for a form, by field. */
	@SuppressWarnings("unchecked")
	static Map<String, String> held(HttpSession session, String form) {
		Object held = session.getAttribute(HELD_IDS + form);
		return held == null ? Map.of() : (Map<String, String>) held;
	}

	/**
	 * What an ID field shows again after a refusal: a malformed number as typed, to correct it; a
	 * well-formed one nothing, the number being held in the session and shown masked.
	 */
	static String keepOrHold(HttpSession session, String form, String field, String typed, GuardianIdType type) {
		if (typed == null || typed.isEmpty()) {
			return "";
		}
		boolean wellFormed = type == null || type == GuardianIdType.RESIDENT_ID
				? IdNumbers.problem(IdNumbers.normalize(typed)).isEmpty() : type.problem(typed).isEmpty();
		if (!wellFormed) {
			return typed;
		}
		Map<String, String> updated = new HashMap<>(held(session, form));
		updated.put(field, typed);
		session.setAttribute(HELD_IDS + form, updated);
		return "";
	}

	/** Forgets the numbers held for a form, once it is saved. */
	static void release(HttpSession session, String form) {
		session.removeAttribute(HELD_IDS + form);
	}

}
