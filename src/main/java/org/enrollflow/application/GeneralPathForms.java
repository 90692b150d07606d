package org.enrollflow.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import org.enrollflow.account.Caller;
import org.enrollflow.points.GuardianIdType;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.springframework.stereotype.Component;

/**
 * The general path's forms: the fields a page shows, what was typed into them, and the
 * {@link ApplicationRequests} they stand for.
 * <p>
 * ID numbers are shown masked, and no full number is written into a page: a form that asks for
 * one again (the child's in a binding correction, the second guardian's in the details) leaves the
 * field empty and keeps the number on file when it stays empty; a number typed into a form that
 * is refused for another reason waits in the session for the next attempt. Only a number refused
 * itself is shown again as typed, to be corrected.
 */
@Component
class GeneralPathForms {

	/** The forms that take an ID number, each with its fields and the one for the number. */
	enum Form {

		NEW("child.idNumber", "campaignId", "householdType", "child.name", "child.idNumber", "householdNumber"),

		BINDING("child.idNumber", "child.name", "child.idNumber", "householdNumber"),

		DETAILS("guardian2.idNumber", "guardian1.relation", "guardian2.name", "guardian2.idType",
				"guardian2.idNumber", "guardian2.phone", "guardian2.relation", "address", "property.kind",
				"property.number");

		private final String idField;

		private final List<String> fields;

		Form(String idField, String... fields) {
			this.idField = idField;
			this.fields = List.of(fields);
		}

		/** Where the session keeps a number typed into this form of the case ({@code null} for a new one). */
		private String key(UUID caseId) {
			return caseId == null ? name() : caseId + ":" + name();
		}

	}

	private static final String TYPED_IDS = GeneralPathForms.class.getName() + ".typedIds";

	private static final List<String> GUARDIAN2_FIELDS = List.of("guardian2.name", "guardian2.idType",
			"guardian2.idNumber", "guardian2.phone", "guardian2.relation");

	private final CaseAccess access;

	private final IdNumberProtector protector;

	GeneralPathForms(CaseAccess access, IdNumberProtector protector) {
		this.access = access;
		this.protector = protector;
	}

	// What the pages show

	Map<String, String> blank(Form form) {
		Map<String, String> fields = new LinkedHashMap<>();
		form.fields.forEach(field -> fields.put(field, ""));
		return fields;
	}

	/** What was typed into the form's fields, and nothing else the request carried. */
	Map<String, String> typed(Form form, Map<String, String> posted) {
		Map<String, String> fields = new LinkedHashMap<>();
		form.fields.forEach(field -> fields.put(field, posted.getOrDefault(field, "")));
		return fields;
	}

	Map<String, String> binding(ApplicationView view) {
		Map<String, String> form = blank(Form.BINDING);
		form.put("child.name", view.child().name());
		form.put("householdNumber", orEmpty(view.householdNumber()));
		return form;
	}

	Map<String, String> details(ApplicationView view) {
		Map<String, String> form = blank(Form.DETAILS);
		form.put("guardian1.relation", orEmpty(view.guardians().get(0).relation()));
		if (view.guardians().size() > 1) {
			ApplicationView.GuardianView guardian2 = view.guardians().get(1);
			form.put("guardian2.name", orEmpty(guardian2.name()));
			form.put("guardian2.idType", orEmpty(guardian2.idType()));
			form.put("guardian2.phone", orEmpty(guardian2.phone()));
			form.put("guardian2.relation", orEmpty(guardian2.relation()));
		}
		form.put("address", orEmpty(view.address()));
		if (view.property() != null) {
			form.put("property.kind", view.property().kind() == null ? "" : view.property().kind().name());
			form.put("property.number", orEmpty(view.property().number()));
		}
		return form;
	}

	/** The second guardian's number on file, masked. */
	String savedGuardian2Id(ApplicationView view) {
		return view.guardians().size() > 1 ? view.guardians().get(1).idNumber() : null;
	}

	// What the forms stand for

	ApplicationRequests.Create create(Map<String, String> form, HttpSession session) {
		String childId = idNumber(session, Form.NEW.key(null), form.get("child.idNumber"), () -> null);
		return new ApplicationRequests.Create(uuid(form.get("campaignId")),
				value(HouseholdType.class, form.get("householdType")),
				new ApplicationRequests.Child(form.get("child.name"), childId), form.get("householdNumber"), null,
				null, null);
	}

	/** The binding to correct; the child's number left empty is the one on file. */
	ApplicationRequests.Binding binding(Caller caller, UUID id, Map<String, String> form, HttpSession session) {
		String childId = idNumber(session, Form.BINDING.key(id), form.get("child.idNumber"),
				() -> protector.decrypt(access.require(caller, id, null).childIdEncrypted()));
		return new ApplicationRequests.Binding(new ApplicationRequests.Child(form.get("child.name"), childId),
				form.get("householdNumber"));
	}

	/**
	 * The details as the API takes them: a part left wholly empty is not given. The second
	 * guardian's number left empty is the one on file, if there is one.
	 */
	ApplicationRequests.Details details(Caller caller, UUID id, Map<String, String> form, HttpSession session) {
		String relation = form.get("guardian1.relation");
		ApplicationRequests.Guardian1 guardian1 = isBlank(relation) ? null
				: new ApplicationRequests.Guardian1(value(Relation.class, relation));
		ApplicationRequests.Guardian2 guardian2 = null;
		if (GUARDIAN2_FIELDS.stream().anyMatch(field -> !isBlank(form.get(field)))) {
			String idNumber = idNumber(session, Form.DETAILS.key(id), form.get("guardian2.idNumber"), () -> {
				String saved = access.require(caller, id, null).guardian2IdEncrypted();
				return saved == null ? null : protector.decrypt(saved);
			});
			guardian2 = new ApplicationRequests.Guardian2(form.get("guardian2.name"),
					value(GuardianIdType.class, form.get("guardian2.idType")), idNumber, form.get("guardian2.phone"),
					value(Relation.class, form.get("guardian2.relation")), null);
		}
		ApplicationRequests.Property property = null;
		if (!isBlank(form.get("property.kind")) || !isBlank(form.get("property.number"))) {
			property = new ApplicationRequests.Property(value(PropertyKind.class, form.get("property.kind")),
					form.get("property.number"));
		}
		return new ApplicationRequests.Details(guardian1, guardian2, form.get("address"), property, null, null, null);
	}

	ApplicationRequests.Booking booking(Map<String, String> posted) {
		return new ApplicationRequests.Booking(uuid(posted.get("slotId")));
	}

	ApplicationRequests.PrivateSignup privateSignup(Map<String, String> posted) {
		return new ApplicationRequests.PrivateSignup(uuid(posted.get("schoolId")));
	}

	// ID numbers held in the session

	/**
	 * After a refusal, a number that was not refused itself stays in the session instead of the
	 * page: the field is shown empty, with the number masked beside it. A refused number is shown
	 * as typed, to be corrected.
	 * @return the kept number, masked; {@code null} when none is kept
	 */
	String hold(HttpSession session, Form form, UUID caseId, Map<String, String> fields, String number,
			FormErrors errors) {
		Map<String, String> kept = typedIds(session);
		if (isBlank(number) || errors.of(form.idField) != null) {
			kept.remove(form.key(caseId));
			return null;
		}
		kept.put(form.key(caseId), number.strip());
		fields.put(form.idField, "");
		return IdNumbers.mask(number);
	}

	/** Drops the number held for the form: it was saved, or the form starts afresh. */
	void forget(HttpSession session, Form form, UUID caseId) {
		typedIds(session).remove(form.key(caseId));
	}

	/**
	 * The ID number a form stands for: the one typed, else one typed into the form before it was
	 * refused, else the one on file.
	 */
	private static String idNumber(HttpSession session, String key, String typed, Supplier<String> onFile) {
		if (!isBlank(typed)) {
			return typed;
		}
		String kept = typedIds(session).get(key);
		return kept != null ? kept : onFile.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> typedIds(HttpSession session) {
		Object kept = session.getAttribute(TYPED_IDS);
		if (kept instanceof Map<?, ?> map) {
			return (Map<String, String>) map;
		}
		Map<String, String> created = new ConcurrentHashMap<>();
		session.setAttribute(TYPED_IDS, created);
		return created;
	}

	// Typed text to values

	/** The UUID typed, or {@code null} when it is empty or none. */
	UUID uuid(String text) {
		if (isBlank(text)) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		if (isBlank(name)) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
