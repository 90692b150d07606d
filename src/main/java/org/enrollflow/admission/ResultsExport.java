package org.enrollflow.admission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.enrollflow.application.Applications;
import org.enrollflow.application.CaseLabel;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's allocation results as the bureau downloads them, as CSV (UTF-8 with a byte order
 * mark, for spreadsheet programs) or as an Excel workbook: one row per case, by school code (the
 * cases without a school last), rank and application id, the child's ID number masked. Rows are streamed from the database and written
 * a batch at a time, so a campaign of 200,000 cases needs no more memory than one batch.
 */
@Service
class ResultsExport {

	static final String CSV_TYPE = "text/csv;charset=UTF-8";

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final List<String> HEADER = List.of("申请编号 Application", "儿童姓名 Child", "身份证号 ID number", "路径 Path",
			"结果 Outcome", "学校代码 School code", "学校 School", "方式 Route", "排名 Rank", "积分 Points",
			"决定时间 Decided at", "决定人 Decided by", "公布时间 Published at");

	static final int BATCH_SIZE = 500;

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final String XLSX_TIME = "yyyy-mm-dd hh:mm:ss";

	private static final double[] XLSX_WIDTHS = { 38, 12, 22, 10, 14, 14, 24, 16, 8, 8, 20, 16, 20 };

	private final AdmissionResultRepository results;
	private final Campaigns campaigns;
	private final Schools schools;
	private final Applications applications;
	private final EntityManager entityManager;
	private final Clock clock;

	/** How many rows are looked up and written at a time; tests lower it to cross batch ends. */
	private volatile int batchSize = BATCH_SIZE;

	ResultsExport(AdmissionResultRepository results, Campaigns campaigns, Schools schools, Applications applications,
			EntityManager entityManager, Clock clock) {
		this.results = results;
		this.campaigns = campaigns;
		this.schools = schools;
		this.applications = applications;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** Writes the results as CSV to what {@code download} opens, once the campaign is known to be allocated. */
	@Transactional(readOnly = true)
	void csv(UUID campaignId, Download download) throws IOException {
		Map<UUID, SchoolView> schoolsById = requireAllocated(campaignId);
		ZoneId zone = clock.getZone();
		Writer writer = new OutputStreamWriter(download.open(CSV_TYPE, "results-" + campaignId + ".csv"),
				StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get().print(writer)) {
			rows(campaignId, schoolsById, row -> csv.printRecord(row.applicationId(), row.childName(),
					row.childIdNumberMasked(), row.path(), row.outcome(), row.schoolCode(), row.schoolName(),
					row.route(), row.rank(), row.points() == null ? null : row.points().toPlainString(),
					csvTime(row.decidedAt(), zone), row.decidedBy(), csvTime(row.publishedAt(), zone)));
		}
	}

	/** Writes the results as an Excel workbook to what {@code download} opens, once the campaign is known to be allocated. */
	@Transactional(readOnly = true)
	void xlsx(UUID campaignId, Download download) throws IOException {
		Map<UUID, SchoolView> schoolsById = requireAllocated(campaignId);
		ZoneId zone = clock.getZone();
		OutputStream out = download.open(XLSX_TYPE, "results-" + campaignId + ".xlsx");
		Workbook workbook = new Workbook(out, "EnrollFlow", "1.0");
		Worksheet sheet = workbook.newWorksheet("录取结果 Results");
		for (int column = 0; column < HEADER.size(); column++) {
			sheet.width(column, XLSX_WIDTHS[column]);
			sheet.inlineString(0, column, HEADER.get(column));
			sheet.style(0, column).bold().set();
		}
		sheet.freezePane(0, 1);
		int[] next = { 1 };
		rows(campaignId, schoolsById, row -> {
			int r = next[0]++;
			// inline strings: a shared-string table would hold every distinct value until the end
			text(sheet, r, 0, row.applicationId().toString());
			text(sheet, r, 1, row.childName());
			text(sheet, r, 2, row.childIdNumberMasked());
			text(sheet, r, 3, row.path());
			text(sheet, r, 4, row.outcome());
			text(sheet, r, 5, row.schoolCode());
			text(sheet, r, 6, row.schoolName());
			text(sheet, r, 7, row.route());
			if (row.rank() != null) {
				sheet.value(r, 8, row.rank());
			}
			if (row.points() != null) {
				sheet.value(r, 9, row.points());
			}
			time(sheet, r, 10, row.decidedAt(), zone);
			text(sheet, r, 11, row.decidedBy());
			time(sheet, r, 12, row.publishedAt(), zone);
		}, sheet::flush);
		workbook.finish();
		out.flush();
	}

	private Map<UUID, SchoolView> requireAllocated(UUID campaignId) {
		campaigns.find(campaignId).orElseThrow(() -> ProblemException.notFound("CAMPAIGN_NOT_FOUND", campaignId));
		if (!results.existsByCampaignId(campaignId)) {
			throw ProblemException.conflict("NOT_ALLOCATED");
		}
		return schools.ofCampaign(campaignId)
			.stream()
			.collect(Collectors.toMap(SchoolView::id, Function.identity()));
	}

	private void rows(UUID campaignId, Map<UUID, SchoolView> schoolsById, RowWriter writer) throws IOException {
		rows(campaignId, schoolsById, writer, () -> {
		});
	}

	/**
	 * Streams the campaign's results school by school in the order of the schools' codes, then the
	 * cases without a school, and hands them to {@code writer} a batch at a time, each batch with its
	 * cases' labels looked up at once. After each batch the persistence context is cleared, so
	 * neither results nor cases pile up in it.
	 */
	private void rows(UUID campaignId, Map<UUID, SchoolView> schoolsById, RowWriter writer, BatchEnd batchEnd)
			throws IOException {
		List<AdmissionResult> batch = new ArrayList<>(batchSize);
		List<SchoolView> byCode = schoolsById.values().stream().sorted(Comparator.comparing(SchoolView::code)).toList();
		for (SchoolView school : byCode) {
			try (Stream<AdmissionResult> stream = results.streamAtSchool(campaignId, school.id())) {
				rows(campaignId, stream, batch, schoolsById, writer, batchEnd);
			}
		}
		try (Stream<AdmissionResult> stream = results.streamWithoutSchool(campaignId)) {
			rows(campaignId, stream, batch, schoolsById, writer, batchEnd);
		}
		write(campaignId, batch, schoolsById, writer);
	}

	private void rows(UUID campaignId, Stream<AdmissionResult> stream, List<AdmissionResult> batch,
			Map<UUID, SchoolView> schoolsById, RowWriter writer, BatchEnd batchEnd) throws IOException {
		Iterator<AdmissionResult> decided = stream.iterator();
		while (decided.hasNext()) {
			batch.add(decided.next());
			if (batch.size() == batchSize) {
				write(campaignId, batch, schoolsById, writer);
				batchEnd.reached();
			}
		}
	}

	private void write(UUID campaignId, List<AdmissionResult> batch, Map<UUID, SchoolView> schoolsById,
			RowWriter writer) throws IOException {
		if (batch.isEmpty()) {
			return;
		}
		Map<UUID, CaseLabel> labels = applications.labels(campaignId,
				batch.stream().map(AdmissionResult::applicationId).toList());
		for (AdmissionResult result : batch) {
			writer.write(Row.of(result, labels.get(result.applicationId()), schoolsById.get(result.schoolId())));
		}
		batch.clear();
		entityManager.clear();
	}

	private static String csvTime(Instant at, ZoneId zone) {
		return at == null ? null : CSV_TIME.format(at.atZone(zone));
	}

	private static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null) {
			sheet.inlineString(row, column, value);
		}
	}

	private static void time(Worksheet sheet, int row, int column, Instant at, ZoneId zone) {
		if (at != null) {
			sheet.value(row, column, LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), zone));
			sheet.style(row, column).format(XLSX_TIME).set();
		}
	}

	/** Lowers the batch size, for tests that cross batch ends with a few cases; never below one. */
	void batchSize(int size) {
		this.batchSize = Math.max(1, size);
	}

	/** Opens the response once nothing can refuse the download any more: its type and file name first. */
	@FunctionalInterface
	interface Download {

		OutputStream open(String contentType, String fileName) throws IOException;

	}

	@FunctionalInterface
	private interface RowWriter {

		void write(Row row) throws IOException;

	}

	@FunctionalInterface
	private interface BatchEnd {

		void reached() throws IOException;

	}

	/** One line of the export; a case no longer found keeps its result with the child's columns empty. */
	private record Row(UUID applicationId, String childName, String childIdNumberMasked, String path, String outcome,
			String schoolCode, String schoolName, String route, Integer rank, BigDecimal points, Instant decidedAt,
			String decidedBy, Instant publishedAt) {

		static Row of(AdmissionResult result, CaseLabel label, SchoolView school) {
			return new Row(result.applicationId(), label == null ? null : label.childName(),
					label == null ? null : label.childIdNumberMasked(),
					label == null || label.path() == null ? null : label.path().name(),
					result.outcome() == null ? null : result.outcome().name(), school == null ? null : school.code(),
					school == null ? null : school.name(), result.route() == null ? null : result.route().name(),
					result.rankPosition(), label == null ? null : label.pointsTotal(), result.decidedAt(),
					result.decidedBy(), result.publishedAt());
		}

	}

}
