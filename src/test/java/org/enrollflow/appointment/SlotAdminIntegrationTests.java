package org.enrollflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@EnrollFlowIntegrationTest
class SlotAdminIntegrationTests {

	private static final MediaType TEXT_CSV = MediaType.valueOf("text/csv;charset=UTF-8");
	private static final String HEADER = "start,end,place,capacity\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	private AppointmentFixtures fixtures;

	private UUID school;

	private Instant tomorrow;

	@BeforeEach
	void createSchool() throws Exception {
		fixtures = new AppointmentFixtures(mvc);
		school = fixtures.school(clock.instant());
		tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
	}

	@Test
	void publishesASlotAndListsItWithItsBookings() throws Exception {
		String place = "青洋实验小学 𠮷祥楼 101 室";
		Instant end = tomorrow.plus(Duration.ofHours(2));

		publish(slot(tomorrow.toString(), end.toString(), place, 30))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.schoolId").value(school.toString()))
			.andExpect(jsonPath("$.campaignId").isNotEmpty())
			.andExpect(jsonPath("$.start").value(tomorrow.toString()))
			.andExpect(jsonPath("$.end").value(end.toString()))
			.andExpect(jsonPath("$.place").value(place))
			.andExpect(jsonPath("$.capacity").value(30))
			.andExpect(jsonPath("$.booked").value(0))
			.andExpect(jsonPath("$.free").value(30));

		list().andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].place").value(place))
			.andExpect(jsonPath("$[0].booked").value(0));
	}

	@Test
	void listsSlotsEarliestFirstWithTheirBookedCounts(@Autowired Appointments appointments) throws Exception {
		UUID later = fixtures.slot(school, tomorrow.plus(Duration.ofDays(3)), 2);
		UUID earlier = fixtures.slot(school, tomorrow.plus(Duration.ofDays(2)), 2);
		appointments.book(UUID.randomUUID(), later);

		list().andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(earlier.toString()))
			.andExpect(jsonPath("$[0].booked").value(0))
			.andExpect(jsonPath("$[0].free").value(2))
			.andExpect(jsonPath("$[1].id").value(later.toString()))
			.andExpect(jsonPath("$[1].booked").value(1))
			.andExpect(jsonPath("$[1].free").value(1));
	}

	@Test
	void acceptsOverlappingSlotsAtOnePlace() throws Exception {
		publish(slot(tomorrow.toString(), tomorrow.plus(Duration.ofHours(2)).toString(), "报告厅", 10))
			.andExpect(status().isCreated());
		publish(slot(tomorrow.plus(Duration.ofHours(1)).toString(), tomorrow.plus(Duration.ofHours(3)).toString(), "报告厅", 10))
			.andExpect(status().isCreated());

		list().andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void readsTimesWithoutOffsetInTheApplicationsZone() throws Exception {
		LocalDateTime local = LocalDateTime.ofInstant(tomorrow, ZoneId.of("Asia/Shanghai"));

		publish(slot(local.toString(), local.plusHours(1).toString(), "报告厅", 10)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.start").value(tomorrow.toString()))
			.andExpect(jsonPath("$.end").value(tomorrow.plus(Duration.ofHours(1)).toString()));
	}

	static Stream<Arguments> invalidSlots() {
		return Stream.of(
				invalid("start missing", s -> s.remove("start"), "start", "SLOT_START_REQUIRED"),
				invalid("start unreadable", s -> s.put("start", "明天上午"), "start", "SLOT_START_FORMAT"),
				invalid("start past", s -> s.put("start", "2020-01-01T09:00:00Z"), "start", "SLOT_START_PAST"),
				invalid("end missing", s -> s.remove("end"), "end", "SLOT_END_REQUIRED"),
				invalid("end unreadable", s -> s.put("end", "11:00"), "end", "SLOT_END_FORMAT"),
				invalid("end not after start", s -> s.put("end", s.get("start")), "end", "SLOT_END_NOT_AFTER_START"),
				invalid("place missing", s -> s.remove("place"), "place", "SLOT_PLACE_REQUIRED"),
				invalid("place blank", s -> s.put("place", "  "), "place", "SLOT_PLACE_REQUIRED"),
				invalid("place too long", s -> s.put("place", "校".repeat(201)), "place", "SLOT_PLACE_TOO_LONG", "200"),
				invalid("place with a line break", s -> s.put("place", "报告厅\n二楼"), "place", "SLOT_PLACE_CONTROL_CHARACTER"),
				invalid("capacity missing", s -> s.remove("capacity"), "capacity", "SLOT_CAPACITY_REQUIRED"),
				invalid("capacity 0", s -> s.put("capacity", 0), "capacity", "SLOT_CAPACITY_RANGE", "1", "1000"),
				invalid("capacity 1001", s -> s.put("capacity", 1001), "capacity", "SLOT_CAPACITY_RANGE", "1", "1000"));
	}

	private static Arguments invalid(String problem, Consumer<Map<String, Object>> change, String field, String code,
			String... arguments) {
		return Arguments.of(problem, change, field, code, arguments);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSlots")
	void refusesAnInvalidSlotNamingTheField(String problem, Consumer<Map<String, Object>> change, String field,
			String code, String[] arguments) throws Exception {
		Map<String, Object> body = slot(tomorrow.toString(), tomorrow.plus(Duration.ofHours(2)).toString(), "报告厅", 10);
		change.accept(body);

		publish(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_INPUT"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code))
			.andExpect(jsonPath("$.errors[0].message").value(message(code, Locale.SIMPLIFIED_CHINESE, (Object[]) arguments)));
		list().andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void explainsProblemsInTheCallersLanguage() throws Exception {
		fixtures.admin(post("/api/admin/schools/{id}/slots", school).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"start\": \"%s\", \"end\": \"%s\", \"place\": \"报告厅\", \"capacity\": 1001}".formatted(tomorrow,
						tomorrow.minusSeconds(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("The end must be later than the start."))
			.andExpect(jsonPath("$.errors[1].message").value("The capacity must be between 1 and 1000."));
	}

	@Test
	void importsTheGoodLinesOfACsvAndRejectsEachBadLineWithItsReason() throws Exception {
		String start = tomorrow.toString();
		String end = tomorrow.plus(Duration.ofHours(2)).toString();
		String local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(LocalDateTime.ofInstant(tomorrow.plus(Duration.ofDays(1)), ZoneId.of("Asia/Shanghai")));
		String localEnd = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(LocalDateTime.ofInstant(tomorrow.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
					ZoneId.of("Asia/Shanghai")));
		String csv = HEADER
				+ String.join(",", start, end, "报告厅", "30") + "\n"
				+ String.join(",", "", end, "报告厅", "30") + "\n"
				+ String.join(",", "明天", end, "报告厅", "30") + "\n"
				+ String.join(",", "2020-06-01T09:00:00Z", end, "报告厅", "30") + "\n"
				+ String.join(",", start, "", "报告厅", "30") + "\n"
				+ String.join(",", start, "11:00", "报告厅", "30") + "\n"
				+ String.join(",", start, start, "报告厅", "30") + "\n"
				+ String.join(",", start, end, "", "30") + "\n"
				+ String.join(",", start, end, "校".repeat(201), "30") + "\n"
				+ String.join(",", start, end, "\"报告厅\t二楼\"", "30") + "\n"
				+ String.join(",", start, end, "报告厅", "") + "\n"
				+ String.join(",", start, end, "报告厅", "三十") + "\n"
				+ String.join(",", start, end, "报告厅", "0") + "\n"
				+ String.join(",", start, end, "报告厅", "1001") + "\n"
				+ String.join(",", start, end, "报告厅") + "\n"
				+ ",,,\n"
				+ "\n"
				+ String.join(",", local, localEnd, "\"𠮷祥楼, 二楼\"", "1000") + "\n";

		String report = importCsv(csv, "zh-CN").andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		List<Map<String, Object>> rejected = JsonPath.read(report, "$.rejected");
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		assertThat(rejected).containsExactly(
				rejection(3, message("SLOT_START_REQUIRED", zh)),
				rejection(4, message("SLOT_START_FORMAT", zh)),
				rejection(5, message("SLOT_START_PAST", zh)),
				rejection(6, message("SLOT_END_REQUIRED", zh)),
				rejection(7, message("SLOT_END_FORMAT", zh)),
				rejection(8, message("SLOT_END_NOT_AFTER_START", zh)),
				rejection(9, message("SLOT_PLACE_REQUIRED", zh)),
				rejection(10, message("SLOT_PLACE_TOO_LONG", zh, "200")),
				rejection(11, message("SLOT_PLACE_CONTROL_CHARACTER", zh)),
				rejection(12, message("SLOT_CAPACITY_REQUIRED", zh)),
				rejection(13, message("SLOT_CAPACITY_FORMAT", zh)),
				rejection(14, message("SLOT_CAPACITY_RANGE", zh, "1", "1000")),
				rejection(15, message("SLOT_CAPACITY_RANGE", zh, "1", "1000")),
				rejection(16, "应有 4 列,实际为 3 列。"),
				rejection(17, "请填写开始时间。 请填写结束时间。 请填写地点。 请填写可预约人数。"));
		assertThat(rejected.get(0).get("reason")).isEqualTo("请填写开始时间。");
		list().andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].start").value(start))
			.andExpect(jsonPath("$[0].place").value("报告厅"))
			.andExpect(jsonPath("$[0].capacity").value(30))
			.andExpect(jsonPath("$[1].start").value(tomorrow.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES).toString()))
			.andExpect(jsonPath("$[1].place").value("𠮷祥楼, 二楼"))
			.andExpect(jsonPath("$[1].capacity").value(1000));
	}

	@Test
	void givesRejectionReasonsInTheCallersLanguage() throws Exception {
		String csv = "\uFEFF" + HEADER + String.join(",", tomorrow.toString(), tomorrow.toString(), "报告厅", "1001") + "\n";

		importCsv(csv, "en").andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].reason")
				.value("The end must be later than the start. The capacity must be between 1 and 1000."));
	}

	static Stream<Arguments> unreadableFiles() {
		String good = "2031-06-01T09:00:00+08:00,2031-06-01T10:00:00+08:00,报告厅,1\n";
		return Stream.of(
				Arguments.of("empty", new byte[0], "SLOT_CSV_EMPTY"),
				Arguments.of("wrong header", ("start,end,room,capacity\n" + good).getBytes(StandardCharsets.UTF_8),
						"SLOT_CSV_HEADER"),
				Arguments.of("unmatched quote", (HEADER + good + "\"2031-06-01,x,y,1\n").getBytes(StandardCharsets.UTF_8),
						"SLOT_CSV_MALFORMED"),
				Arguments.of("not UTF-8", (HEADER + good + "2031-06-01T09:00,2031-06-01T10:00,报告厅,1\n")
					.getBytes(Charset.forName("GB18030")), "SLOT_CSV_ENCODING"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unreadableFiles")
	void importsNothingFromAnUnreadableFile(String problem, byte[] file, String code) throws Exception {
		fixtures.admin(post("/api/admin/schools/{id}/slots", school).contentType(TEXT_CSV).content(file))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value(code));

		list().andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void importsNothingFromAFileWithTooManySlots() throws Exception {
		String line = String.join(",", tomorrow.toString(), tomorrow.plus(Duration.ofHours(1)).toString(), "报告厅", "1");
		StringBuilder csv = new StringBuilder(HEADER).append(line).append('\n');
		for (int i = 0; i < SlotAdministration.MAX_CSV_LINES; i++) {
			csv.append(",,,\n");
		}

		importCsv(csv.toString(), "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("SLOT_CSV_TOO_LARGE"))
			.andExpect(jsonPath("$.detail").value("A file may hold at most 10000 slots; no slot was imported. Please split it."));

		list().andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void answersNotFoundForAnUnknownSchool() throws Exception {
		UUID unknown = UUID.randomUUID();
		fixtures.admin(post("/api/admin/schools/{id}/slots", unknown).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(slot(tomorrow.toString(), tomorrow.plusSeconds(60).toString(), "A", 1))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("SCHOOL_NOT_FOUND"));
		fixtures.admin(post("/api/admin/schools/{id}/slots", unknown).contentType(TEXT_CSV).content(HEADER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("SCHOOL_NOT_FOUND"));
		fixtures.admin(get("/api/admin/schools/{id}/slots", unknown))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("SCHOOL_NOT_FOUND"));
	}

	@Test
	void letsOnlyAdministratorsPublishSlots() throws Exception {
		mvc.perform(post("/api/admin/schools/{id}/slots", school).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(slot(tomorrow.toString(), tomorrow.plusSeconds(60).toString(), "A", 1))))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/admin/schools/{id}/slots", school)).andExpect(status().isUnauthorized());
	}

	private Map<String, Object> slot(String start, String end, String place, int capacity) {
		Map<String, Object> slot = new LinkedHashMap<>();
		slot.put("start", start);
		slot.put("end", end);
		slot.put("place", place);
		slot.put("capacity", capacity);
		return slot;
	}

	private ResultActions publish(Map<String, Object> body) throws Exception {
		return fixtures.admin(post("/api/admin/schools/{id}/slots", school).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions importCsv(String csv, String language) throws Exception {
		return fixtures.admin(post("/api/admin/schools/{id}/slots", school).header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(TEXT_CSV)
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private ResultActions list() throws Exception {
		return fixtures.admin(get("/api/admin/schools/{id}/slots", school)).andExpect(status().isOk());
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage("problem." + code, arguments, locale);
	}

	private static Map<String, Object> rejection(int line, String reason) {
		return Map.of("line", line, "reason", reason);
	}

}
