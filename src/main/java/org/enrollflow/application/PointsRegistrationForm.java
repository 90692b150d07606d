package org.enrollflow.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The points registration form as its template shows it: the values by the API's field paths
 * ({@code guardian2.name}, {@code children[1].disability.types}), the masked ID numbers kept where an
 * ID field is empty, and the number of children's rows. Made from the registration as saved, or from
 * what was typed by {@link PointsRegistrationForms}.
 */
final class PointsRegistrationForm {

	private final MultiValueMap<String, String> values;
	private final Map<String, String> masked;
	private final int rows;

	PointsRegistrationForm(MultiValueMap<String, String> values, Map<String, String> masked, int rows) {
		this.values = values;
		this.masked = masked;
		this.rows = rows;
	}

	/** The registration as saved. */
	static PointsRegistrationForm of(ApplicationView view) {
		MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
		Map<String, String> masked = new HashMap<>();
		ApplicationView.GuardianView guardian1 = view.guardians().get(0);
		put(values, "guardian1.relation", guardian1.relation());
		if (view.guardians().size() > 1) {
			ApplicationView.GuardianView guardian2 = view.guardians().get(1);
			put(values, "guardian2.name", guardian2.name());
			put(values, "guardian2.idType", guardian2.idType());
			put(values, "guardian2.phone", guardian2.phone());
			put(values, "guardian2.relation", guardian2.relation());
			masked.put("guardian2.idNumber", guardian2.idNumber());
		}
		ApplicationView.PointsRegistration registration = view.registration();
		if (registration != null) {
			put(values, "guardian2.rareCharacters", registration.guardian2RareCharacters() ? "true" : null);
			put(values, "parentChildCase",
					registration.parentChildCase() == null ? null : registration.parentChildCase().toString());
		}
		put(values, "address", view.address());
		if (view.property() != null && view.property().kind() != null) {
			put(values, "property.kind", view.property().kind().name());
			put(values, "property.number", view.property().number());
		}
		for (int i = 0; i < view.children().size(); i++) {
			ApplicationView.Person child = view.children().get(i);
			String prefix = "children[%d].".formatted(i);
			put(values, prefix + "name", child.name());
			masked.put(prefix + "idNumber", child.idNumber());
			if (child.pinyinUnknown() != null && child.pinyinUnknown().isEmpty()) {
				put(values, prefix + "pinyin", child.pinyin());
			}
			put(values, prefix + "rareCharacters", Boolean.TRUE.equals(child.rareCharacters()) ? "true" : null);
			put(values, prefix + "disabled", child.disability() != null ? "yes" : "no");
			if (child.disability() != null) {
				child.disability().types().forEach(type -> values.add(prefix + "disability.types", type));
				put(values, prefix + "disability.certificateNumber", child.disability().certificateNumber());
			}
		}
		return new PointsRegistrationForm(values, masked, Math.max(1, view.children().size()));
	}

	private static void put(MultiValueMap<String, String> values, String field, String value) {
		if (value != null) {
			values.put(field, List.of(value));
		}
	}

	public String value(String field) {
		String value = values.getFirst(field);
		return value == null ? "" : value;
	}

	public boolean has(String field, String option) {
		return values.getOrDefault(field, List.of()).contains(option);
	}

	public boolean on(String field) {
		return "true".equals(value(field));
	}

	/** The masked ID number kept for an empty ID field, or {@code null}. */
	public String masked(String field) {
		return masked.get(field);
	}

	public List<Integer> rows() {
		return IntStream.range(0, rows).boxed().toList();
	}

}
