package org.enrollflow.admission;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.shared.IdNumbers;
import org.enrollflow.testing.EnrollmentScenario;
import org.enrollflow.testing.EnrollmentScenario.Family;
import org.enrollflow.testing.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bureau's download of a campaign's allocation results, as CSV and as an Excel workbook: one
 * row per case by school code, ID numbers masked, refused before the allocation, to
 * parents and for unknown campaigns.
 */
@EnrollFlowIntegrationTest
class ResultsExportIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	Scenarios scenarios;

	@Autowired
	ResultsExport export;

	EnrollmentScenario scenario;

	@BeforeEach
	void setUp() throws Exception {
		scenario = scenarios.general();
	}

	@AfterEach
	void reset() {
		ClockUtil.reset();
		export.batchSize(ResultsExport.BATCH_SIZE);
	}

	@Test
	void csvHasOneRowPerCaseWithMaskedIdNumbersAndSchoolCodes() throws Exception {
		Allocated allocated = allocatedCampaign();
		export.batchSize(2);
		MockHttpServletResponse response = scenario.admin(get(allocated.path() + "/results.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"results-" + scenario.campaignId + ".csv\""))
			.andReturn()
			.getResponse();
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + String.join(",", ResultsExport.HEADER) + "\r\n");
		for (Family family : allocated.families()) {
			assertThat(csv).doesNotContain(family.childId()).doesNotContain(family.fatherId())
				.doesNotContain(family.motherId());
		}

		List<CSVRecord> records = parse(csv);
		assertThat(records).hasSize(allocated.cases().size());
		Map<String, CSVRecord> byCase = new HashMap<>();
		records.forEach(record -> byCase.put(record.get(0), record));
		assertThat(byCase.keySet()).containsExactlyInAnyOrderElementsOf(allocated.cases());
		for (int i = 0; i < allocated.cases().size(); i++) {
			CSVRecord record = byCase.get(allocated.cases().get(i));
			Family family = allocated.families().get(i);
			assertThat(record.get(1)).isEqualTo(family.childName());
			assertThat(record.get(2)).isEqualTo(IdNumbers.mask(family.childId())).contains("*");
			assertThat(record.get(3)).isEqualTo("GENERAL");
			assertThat(record.get(8)).isEmpty();
			assertThat(record.get(9)).isEmpty();
			assertThat(OffsetDateTime.parse(record.get(10))).isNotNull();
			assertThat(record.get(11)).isEqualTo("allocation");
			assertThat(record.get(12)).isEmpty();
		}
		// the private school drew its only applicant
		assertThat(List.of(byCase.get(allocated.cases().get(0)).get(4), byCase.get(allocated.cases().get(0)).get(5),
				byCase.get(allocated.cases().get(0)).get(7)))
			.containsExactly("ADMITTED", allocated.privateSchoolCode(), "PRIVATE_LOTTERY");
		// the small school's one seat went to one of its two catchment cases; the other waits for the bureau
		List<CSVRecord> small = List.of(byCase.get(allocated.cases().get(1)), byCase.get(allocated.cases().get(2)));
		assertThat(small).extracting(record -> record.get(4)).containsExactlyInAnyOrder("ADMITTED", "");
		assertThat(small).extracting(record -> record.get(5))
			.containsExactlyInAnyOrder(allocated.smallSchoolCode(), "");
		assertThat(small).extracting(record -> record.get(7)).containsExactlyInAnyOrder("CATCHMENT", "MANUAL");
		assertThat(small).filteredOn(record -> record.get(4).isEmpty()).singleElement()
			.satisfies(record -> assertThat(record.get(6)).isEmpty());
		// the rest at the scenario's public school by catchment
		for (int i = 3; i < allocated.cases().size(); i++) {
			CSVRecord record = byCase.get(allocated.cases().get(i));
			assertThat(List.of(record.get(4), record.get(5), record.get(6), record.get(7)))
				.containsExactly("ADMITTED", scenario.schoolCode, "青洋实验小学", "CATCHMENT");
		}

		// by school code, the case without a school last, then (no rank on the general path) application id
		List<String> schools = records.stream().map(record -> record.get(5)).toList();
		assertThat(schools.subList(0, schools.size() - 1)).doesNotContain("").isSorted();
		assertThat(schools.get(schools.size() - 1)).isEmpty();
		for (String school : new java.util.HashSet<>(schools)) {
			assertThat(schools.lastIndexOf(school) - schools.indexOf(school) + 1)
				.as("rows of school %s are together", school)
				.isEqualTo((int) schools.stream().filter(school::equals).count());
		}
		List<String> atMainSchool = records.stream()
			.filter(record -> record.get(5).equals(scenario.schoolCode))
			.map(record -> record.get(0))
			.toList();
		assertThat(atMainSchool).hasSize(2).isSorted();

		// the batches only change how the rows are read, not what is written
		export.batchSize(ResultsExport.BATCH_SIZE);
		String inOneBatch = EnrollmentScenario.body(scenario.admin(get(allocated.path() + "/results.csv"))
			.andExpect(status().isOk()));
		assertThat(inOneBatch).isEqualTo(csv);
	}

	@Test
	void xlsxHasTheSameRowsAsTheCsv() throws Exception {
		Allocated allocated = allocatedCampaign();
		export.batchSize(2);
		List<CSVRecord> csv = parse(EnrollmentScenario.body(scenario.admin(get(allocated.path() + "/results.csv"))
			.andExpect(status().isOk())));
		MockHttpServletResponse response = scenario.admin(get(allocated.path() + "/results.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"results-" + scenario.campaignId + ".xlsx\""))
			.andReturn()
			.getResponse();
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] xlsx = response.getContentAsByteArray();
		assertThat(ReadableWorkbook.isOOXMLZipHeader(xlsx)).isTrue();

		List<Row> rows;
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			rows = workbook.getFirstSheet().read();
		}
		assertThat(rows).hasSize(csv.size() + 1);
		List<String> header = new ArrayList<>();
		for (int column = 0; column < ResultsExport.HEADER.size(); column++) {
			header.add(rows.get(0).getCellText(column));
		}
		assertThat(header).isEqualTo(ResultsExport.HEADER);
		for (int i = 0; i < csv.size(); i++) {
			Row row = rows.get(i + 1);
			CSVRecord record = csv.get(i);
			for (int column : new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11 }) {
				assertThat(row.getCellText(column)).as("row %d column %d", i + 1, column).isEqualTo(record.get(column));
			}
			assertThat(row.getCellAsDate(10))
				.contains(OffsetDateTime.parse(record.get(10)).atZoneSameInstant(ZONE).toLocalDateTime());
			assertThat(row.getCellText(12)).isEmpty();
		}
		String cells = rows.stream()
			.flatMap(Row::stream)
			.filter(java.util.Objects::nonNull)
			.map(org.dhatim.fastexcel.reader.Cell::getText)
			.reduce("", (all, text) -> all + "\n" + text);
		for (Family family : allocated.families()) {
			assertThat(cells).contains(IdNumbers.mask(family.childId())).doesNotContain(family.childId());
		}
	}

	@Test
	void refusedBeforeTheAllocation() throws Exception {
		String campaign = "/api/admin/campaigns/" + scenario.campaignId;
		for (String file : List.of("/results.csv", "/results.xlsx")) {
			scenario.admin(get(campaign + file)).andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("NOT_ALLOCATED"));
		}
	}

	@Test
	void refusedToParents() throws Exception {
		Family family = scenario.localFamily("钱小一");
		String campaign = "/api/admin/campaigns/" + scenario.campaignId;
		for (String file : List.of("/results.csv", "/results.xlsx")) {
			scenario.parent(family, get(campaign + file)).andExpect(status().isForbidden());
		}
	}

	@Test
	void unknownCampaignIsNotFound() throws Exception {
		String campaign = "/api/admin/campaigns/" + UUID.randomUUID();
		for (String file : List.of("/results.csv", "/results.xlsx")) {
			scenario.admin(get(campaign + file)).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("CAMPAIGN_NOT_FOUND"));
		}
	}

	/**
	 * Five confirmed cases, allocated: the first drawn by a private school, the next two in the
	 * catchment of a school with one seat (one placed, one left to the bureau), the last two at the
	 * scenario's school.
	 */
	private Allocated allocatedCampaign() throws Exception {
		String privateSchoolCode = "EP" + scenario.schoolCode;
		String privateSchool = scenario.privateSchool(privateSchoolCode);
		String smallSchool = "ES" + scenario.schoolCode;
		scenario.admin(post("/api/admin/schools").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "青洋小学分校", "type": "PUBLIC", "district": "320402", "seats": 1, "campaignId": "%s"}
				""".formatted(smallSchool, scenario.campaignId))).andExpect(status().isCreated());
		List<Family> families = new ArrayList<>();
		List<String> cases = new ArrayList<>();
		for (String child : List.of("孙小一", "孙小二", "孙小三", "孙小四", "孙小五")) {
			Family family = scenario.localFamily(child);
			families.add(family);
			cases.add(scenario.confirmedCase(family));
		}
		scenario.importCsv("catchments", "school_code,address_prefix\n%s,%s\n%s,%s\n".formatted(smallSchool,
				families.get(1).address(), smallSchool, families.get(2).address()));
		EnrollmentScenario.moveClockTo(scenario.signupOpens.plusSeconds(60));
		scenario.runDueJobs(cases.get(0));
		scenario.signUpPrivate(families.get(0), cases.get(0), privateSchool).andExpect(status().isOk());
		String campaign = "/api/admin/campaigns/" + scenario.campaignId;
		scenario.admin(post(campaign + "/lottery/commitment")).andExpect(status().isCreated());
		EnrollmentScenario.moveClockTo(scenario.signupCloses.plusSeconds(60));
		cases.forEach(scenario::runDueJobs);
		scenario.moveCampaignDate("confirmationDeadline", scenario.signupCloses);
		scenario.admin(post(campaign + "/lottery")).andExpect(status().isOk());
		scenario.admin(post(campaign + "/allocation")).andExpect(status().isOk())
			.andExpect(jsonPath("$.admitted").value(4))
			.andExpect(jsonPath("$.unplaced").value(1));
		return new Allocated(campaign, families, cases, privateSchoolCode, smallSchool);
	}

	private static List<CSVRecord> parse(String csv) throws Exception {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))
			.getRecords();
	}

	record Allocated(String path, List<Family> families, List<String> cases, String privateSchoolCode,
			String smallSchoolCode) {
	}

}
