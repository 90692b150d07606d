package org.enrollflow.application;

import static org.enrollflow.application.PointsPathPages.CHILD_FIELD;
import static org.enrollflow.application.PointsPathPages.blankToNull;
import static org.enrollflow.application.PointsPathPages.first;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.enrollflow.account.Caller;
import org.enrollflow.points.DisabilityType;
import org.enrollflow.points.GuardianIdType;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.IdNumberProtector;
import org.enrollflow.shared.IdNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Binds the posted points registration form: its fields become the {@link ApplicationRequests.Details}
 * the commands take, blank children's rows left out and their refusals put back on the form's rows;
 * and what was typed becomes the {@link PointsRegistrationForm} shown again after a refusal. An ID
 * field left empty keeps the number held from a refused form, else the one saved.
 */
@Component
class PointsRegistrationForms {

	static final int MAX_CHILDREN = 6;

	private final PointsPathPages pages;
	private final CaseAccess access;
	private final IdNumberProtector protector;
	private final TransactionTemplate transactions;

	PointsRegistrationForms(PointsPathPages pages, CaseAccess access, IdNumberProtector protector,
			PlatformTransactionManager transactionManager) {
		this.pages = pages;
		this.access = access;
		this.protector = protector;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The posted fields by name. */
	static MultiValueMap<String, String> parameters(HttpServletRequest request) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
		return params;
	}

	/** The full ID numbers saved with the case, by field, to keep where the form left them empty. */
	Map<String, String> storedIds(Caller caller, UUID id) {
		return transactions.execute(status -> {
			Application application = access.require(caller, id, null);
			Map<String, String> ids = new HashMap<>();
			if (application.guardian2IdEncrypted() != null) {
				ids.put("guardian2.idNumber", protector.decrypt(application.guardian2IdEncrypted()));
			}
			List<ChildEntry> children = application.children();
			for (int i = 0; i < children.size(); i++) {
				ids.put("children[%d].idNumber".formatted(i), protector.decrypt(children.get(i).idEncrypted()));
			}
			return ids;
		});
	}

	/** The request the form's fields make, and what could not even be read from them. */
	Parsed parse(MultiValueMap<String, String> params, Map<String, String> held, Map<String, String> stored) {
		Map<String, String> problems = new LinkedHashMap<>();
		ApplicationRequests.Guardian1 guardian1 = null;
		String relation1 = first(params, "guardian1.relation");
		if (!relation1.isEmpty()) {
			Relation relation = enumOf(Relation.class, relation1, "guardian1.relation", problems);
			guardian1 = relation == null ? null : new ApplicationRequests.Guardian1(relation);
		}
		ApplicationRequests.Guardian2 guardian2 = null;
		String name2 = first(params, "guardian2.name");
		String type2 = first(params, "guardian2.idType");
		String typedId2 = first(params, "guardian2.idNumber");
		String phone2 = first(params, "guardian2.phone");
		String relation2 = first(params, "guardian2.relation");
		if (!(name2.isEmpty() && type2.isEmpty() && typedId2.isEmpty() && phone2.isEmpty() && relation2.isEmpty())) {
			guardian2 = new ApplicationRequests.Guardian2(name2,
					type2.isEmpty() ? null : enumOf(GuardianIdType.class, type2, "guardian2.idType", problems),
					idNumber("guardian2.idNumber", typedId2, held, stored), phone2,
					relation2.isEmpty() ? null : enumOf(Relation.class, relation2, "guardian2.relation", problems),
					"true".equals(first(params, "guardian2.rareCharacters")));
		}
		int rows = rows(params);
		List<ApplicationRequests.PointsChild> children = new ArrayList<>();
		List<Integer> sent = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			String prefix = "children[%d].".formatted(i);
			String name = first(params, prefix + "name");
			String typedId = first(params, prefix + "idNumber");
			String idNumber = idNumber(prefix + "idNumber", typedId, held, stored);
			boolean removed = i > 0 && "true".equals(first(params, prefix + "remove"));
			if (removed || name.isEmpty() && idNumber == null) {
				continue;
			}
			ApplicationRequests.Disability disability = null;
			if ("yes".equals(first(params, prefix + "disabled"))) {
				List<DisabilityType> types = new ArrayList<>();
				for (String type : params.getOrDefault(prefix + "disability.types", List.of())) {
					DisabilityType parsed = enumOf(DisabilityType.class, type, prefix + "disability.types", problems);
					if (parsed != null) {
						types.add(parsed);
					}
				}
				disability = new ApplicationRequests.Disability(types,
						blankToNull(first(params, prefix + "disability.certificateNumber")));
			}
			children.add(new ApplicationRequests.PointsChild(name, idNumber, blankToNull(first(params, prefix + "pinyin")),
					"true".equals(first(params, prefix + "rareCharacters")), disability));
			sent.add(i);
		}
		ApplicationRequests.Property property = null;
		String kind = first(params, "property.kind");
		if (!kind.isEmpty()) {
			PropertyKind parsed = enumOf(PropertyKind.class, kind, "property.kind", problems);
			property = parsed == null ? null
					: new ApplicationRequests.Property(parsed, blankToNull(first(params, "property.number")));
		}
		Integer relationCase = null;
		String relationCaseText = first(params, "parentChildCase");
		if (!relationCaseText.isEmpty()) {
			try {
				relationCase = Integer.valueOf(relationCaseText);
			}
			catch (NumberFormatException ex) {
				problems.put("parentChildCase", pages.message("problem.INVALID_VALUE"));
			}
		}
		ApplicationRequests.Details details = new ApplicationRequests.Details(guardian1, guardian2,
				blankToNull(first(params, "address")), property, children.isEmpty() ? null : children, null,
				relationCase);
		return new Parsed(details, problems, sent, rows);
	}

	/** What the parsed form lacks: the fields that could not be read and the request's checks, by the form's rows. */
	FormErrors check(Parsed parsed) {
		return merge(parsed.problems(), remap(pages.validate(parsed.details()), parsed.sent()));
	}

	/** The form as typed, for a page that shows it again: ID numbers held or echoed, never saved ones. */
	PointsRegistrationForm typed(HttpSession session, String heldKey, MultiValueMap<String, String> params,
			Map<String, String> stored, int rows) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>(params);
		values.remove("_csrf");
		Map<String, String> masked = new HashMap<>();
		List<String> idFields = new ArrayList<>();
		idFields.add("guardian2.idNumber");
		for (int i = 0; i < rows; i++) {
			idFields.add("children[%d].idNumber".formatted(i));
		}
		String type2 = first(params, "guardian2.idType");
		for (String field : idFields) {
			String typed = first(params, field);
			GuardianIdType type = field.startsWith("guardian2") ? enumOf(GuardianIdType.class, type2, null, null) : null;
			values.put(field, List.of(PointsIdNumberForms.keepOrHold(session, heldKey, field, typed, type)));
			Map<String, String> held = PointsIdNumberForms.held(session, heldKey);
			String kept = held.containsKey(field) ? held.get(field) : stored.get(field);
			if (kept != null && values.getFirst(field).isEmpty()) {
				masked.put(field, IdNumbers.mask(kept));
			}
		}
		return new PointsRegistrationForm(values, masked, rows);
	}

	/** The errors of the children sent, by the form's rows (blank rows are not sent). */
	static FormErrors remap(FormErrors errors, List<Integer> sent) {
		if (!errors.any()) {
			return errors;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		errors.fields().forEach((field, text) -> {
			Matcher matcher = CHILD_FIELD.matcher(field);
			if (matcher.matches() && Integer.parseInt(matcher.group(1)) < sent.size()) {
				fields.put("children[" + sent.get(Integer.parseInt(matcher.group(1))) + "]" + matcher.group(2), text);
			}
			else {
				fields.put(field, text);
			}
		});
		return new FormErrors(errors.summary(), fields);
	}

	/** The refusals of some fields (the uploads, fields that could not be read) added to the errors. */
	FormErrors merge(Map<String, String> problems, FormErrors errors) {
		if (problems.isEmpty()) {
			return errors;
		}
		Map<String, String> fields = new LinkedHashMap<>(problems);
		errors.fields().forEach(fields::putIfAbsent);
		return new FormErrors(errors.any() ? errors.summary() : pages.message("problem.INVALID_INPUT"), fields);
	}

	/** The number typed, else the one held from a refused form, else the one saved. */
	private static String idNumber(String field, String typed, Map<String, String> held, Map<String, String> stored) {
		if (!typed.isEmpty()) {
			return typed;
		}
		return held.containsKey(field) ? held.get(field) : stored.get(field);
	}

	private static int rows(MultiValueMap<String, String> params) {
		int rows = 1;
		for (String name : params.keySet()) {
			Matcher matcher = CHILD_FIELD.matcher(name);
			if (matcher.matches() && matcher.group(1).length() <= 2) {
				rows = Math.max(rows, Integer.parseInt(matcher.group(1)) + 1);
			}
		}
		return Math.min(MAX_CHILDREN, rows);
	}

	private <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, Map<String, String> problems) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			if (problems != null) {
				problems.putIfAbsent(field, pages.message("problem.INVALID_VALUE"));
			}
			return null;
		}
	}

	/**
	 * The posted form read: the request, what could not be read by field, the form's rows whose
	 * children were sent (in the request's order), and the number of rows.
	 */
	record Parsed(ApplicationRequests.Details details, Map<String, String> problems, List<Integer> sent, int rows) {
	}

}
