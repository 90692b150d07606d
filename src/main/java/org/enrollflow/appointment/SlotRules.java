package org.enrollflow.appointment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.enrollflow.shared.ProblemException.FieldProblem;

/**
 * The rules a new slot must meet, the same for JSON and CSV: a start and an end with the end
 * later, the start still to come; a place of 1 to {@value #MAX_PLACE_LENGTH} characters without
 * control characters; a capacity of {@value #MIN_CAPACITY} to {@value #MAX_CAPACITY}. Slots may
 * overlap, also at the same place. Times are ISO-8601 with an offset
 * ({@code 2031-06-01T09:00+08:00}, {@code 2031-06-01T01:00:00Z}) or local to the given zone
 * ({@code 2031-06-01T09:00}, {@code 2031-06-01 09:00}).
 */
final class SlotRules {

	static final int MAX_PLACE_LENGTH = 200;
	static final int MIN_CAPACITY = 1;
	static final int MAX_CAPACITY = 1000;

	private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral('T')
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.optionalStart()
		.appendOffsetId()
		.optionalEnd()
		.toFormatter()
		.withChronology(IsoChronology.INSTANCE)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final int DATE_LENGTH = 10;

	private final Instant now;
	private final ZoneId zone;

	/**
	 * @param now the slot's start must be later than this
	 * @param zone the zone of times written without an offset
	 */
	SlotRules(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	Checked check(String start, String end, String place, Integer capacity) {
		return check(start, end, place, capacity == null ? null : capacity.toString());
	}

	/** Checks every value and reports every problem, in column order; a slot only when there is none. */
	Checked check(String start, String end, String place, String capacity) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant from = time("start", start, problems);
		Instant to = time("end", end, problems);
		if (from != null && !from.isAfter(now)) {
			problems.add(new FieldProblem("start", "SLOT_START_PAST"));
		}
		if (from != null && to != null && !to.isAfter(from)) {
			problems.add(new FieldProblem("end", "SLOT_END_NOT_AFTER_START"));
		}
		String where = place(place, problems);
		Integer places = capacity(capacity, problems);
		return problems.isEmpty() ? new Checked(new NewSlot(from, to, where, places), List.of())
				: new Checked(null, List.copyOf(problems));
	}

	private Instant time(String field, String value, List<FieldProblem> problems) {
		String code = "SLOT_" + field.toUpperCase(Locale.ROOT);
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, code + "_REQUIRED"));
			return null;
		}
		String text = value.strip();
		if (text.length() > DATE_LENGTH && text.charAt(DATE_LENGTH) == ' ') {
			text = text.substring(0, DATE_LENGTH) + 'T' + text.substring(DATE_LENGTH + 1);
		}
		try {
			TemporalAccessor parsed = TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
			return parsed instanceof OffsetDateTime offset ? offset.toInstant()
					: ((LocalDateTime) parsed).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, code + "_FORMAT"));
			return null;
		}
	}

	private static String place(String value, List<FieldProblem> problems) {
		String place = value == null ? "" : value.strip();
		if (place.isEmpty()) {
			problems.add(new FieldProblem("place", "SLOT_PLACE_REQUIRED"));
		}
		else if (place.length() > MAX_PLACE_LENGTH) {
			problems.add(new FieldProblem("place", "SLOT_PLACE_TOO_LONG", String.valueOf(MAX_PLACE_LENGTH)));
		}
		else if (place.chars().anyMatch(Character::isISOControl)) {
			problems.add(new FieldProblem("place", "SLOT_PLACE_CONTROL_CHARACTER"));
		}
		return place;
	}

	private static Integer capacity(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem("capacity", "SLOT_CAPACITY_REQUIRED"));
			return null;
		}
		int capacity;
		try {
			capacity = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("capacity", "SLOT_CAPACITY_FORMAT"));
			return null;
		}
		if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
			problems.add(new FieldProblem("capacity", "SLOT_CAPACITY_RANGE", String.valueOf(MIN_CAPACITY),
					String.valueOf(MAX_CAPACITY)));
			return null;
		}
		return capacity;
	}

	/** A slot that met every rule. */
	record NewSlot(Instant start, Instant end, String place, int capacity) {
	}

	/** The slot, or the problems that keep it from being one. */
	record Checked(NewSlot slot, List<FieldProblem> problems) {
	}

}
