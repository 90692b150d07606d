package org.enrollflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.enrollflow.shared.ProblemException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlotRulesTests {

	private static final Instant NOW = Instant.parse("2031-05-20T00:00:00Z");
	private static final SlotRules RULES = new SlotRules(NOW, ZoneId.of("Asia/Shanghai"));

	@Test
	void readsTimesWithAnOffsetOrInTheZone() {
		SlotRules.Checked checked = RULES.check("2031-06-01 09:00", "2031-06-01T11:30:00+08:00", " 报告厅 ", "30");

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.slot()).isEqualTo(new SlotRules.NewSlot(Instant.parse("2031-06-01T01:00:00Z"),
				Instant.parse("2031-06-01T03:30:00Z"), "报告厅", 30));
		assertThat(RULES.check("2031-06-01T09:00", "2031-06-01T01:30:00Z", "报告厅", 1).slot())
			.isEqualTo(new SlotRules.NewSlot(Instant.parse("2031-06-01T01:00:00Z"),
					Instant.parse("2031-06-01T01:30:00Z"), "报告厅", 1));
	}

	@Test
	void acceptsTheLimits() {
		assertThat(RULES.check("2031-05-20T00:00:01Z", "2031-05-20T00:00:02Z", "𠮷".repeat(100), 1000).problems())
			.isEmpty();
		assertThat(RULES.check("2031-05-20T08:00:01", "2031-05-20T08:00:02", "校".repeat(200), 1).problems())
			.isEmpty();
	}

	static Stream<Arguments> problems() {
		return Stream.of(
				Arguments.of(null, "2031-06-01T11:00", "A", "1", "start", "SLOT_START_REQUIRED"),
				Arguments.of(" ", "2031-06-01T11:00", "A", "1", "start", "SLOT_START_REQUIRED"),
				Arguments.of("tomorrow", "2031-06-01T11:00", "A", "1", "start", "SLOT_START_FORMAT"),
				Arguments.of("2031-02-30T09:00", "2031-06-01T11:00", "A", "1", "start", "SLOT_START_FORMAT"),
				Arguments.of("2031-06-01", "2031-06-01T11:00", "A", "1", "start", "SLOT_START_FORMAT"),
				Arguments.of("2031-05-20T00:00:00Z", "2031-06-01T11:00", "A", "1", "start", "SLOT_START_PAST"),
				Arguments.of("2031-06-01T09:00", null, "A", "1", "end", "SLOT_END_REQUIRED"),
				Arguments.of("2031-06-01T09:00", "11:00", "A", "1", "end", "SLOT_END_FORMAT"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T09:00", "A", "1", "end", "SLOT_END_NOT_AFTER_START"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T08:00", "A", "1", "end", "SLOT_END_NOT_AFTER_START"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", null, "1", "place", "SLOT_PLACE_REQUIRED"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", "  ", "1", "place", "SLOT_PLACE_REQUIRED"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", "校".repeat(201), "1", "place", "SLOT_PLACE_TOO_LONG"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", "A\tB", "1", "place", "SLOT_PLACE_CONTROL_CHARACTER"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", "A", null, "capacity", "SLOT_CAPACITY_REQUIRED"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", "A", "ten", "capacity", "SLOT_CAPACITY_FORMAT"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", "A", "0", "capacity", "SLOT_CAPACITY_RANGE"),
				Arguments.of("2031-06-01T09:00", "2031-06-01T11:00", "A", "1001", "capacity", "SLOT_CAPACITY_RANGE"));
	}

	@ParameterizedTest(name = "{4}: {5}")
	@MethodSource("problems")
	void namesTheProblem(String start, String end, String place, String capacity, String field, String code) {
		SlotRules.Checked checked = RULES.check(start, end, place, capacity);

		assertThat(checked.slot()).isNull();
		assertThat(checked.problems()).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple(field, code));
	}

	@Test
	void reportsEveryProblemInColumnOrder() {
		assertThat(RULES.check("2031-05-01T09:00", "2031-05-01T08:00", "", "0").problems())
			.extracting(FieldProblem::code)
			.containsExactly("SLOT_START_PAST", "SLOT_END_NOT_AFTER_START", "SLOT_PLACE_REQUIRED",
					"SLOT_CAPACITY_RANGE");
	}

}
