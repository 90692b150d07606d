package org.enrollflow.appointment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.enrollflow.shared.CsvText;
import org.enrollflow.shared.ProblemException;
import org.enrollflow.shared.ProblemException.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes schools' slots, one by one or from a CSV file, and lists them with their bookings.
 */
@Service
@Transactional
class SlotAdministration {

	static final List<String> CSV_HEADER = List.of("start", "end", "place", "capacity");
	static final int MAX_CSV_LINES = 10_000;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
	private static final int FLUSH_EVERY = 200;

	private final AppointmentSlotRepository slots;
	private final Schools schools;
	private final Clock clock;
	private final MessageSource messages;
	private final EntityManager entityManager;

	SlotAdministration(AppointmentSlotRepository slots, Schools schools, Clock clock, MessageSource messages,
			EntityManager entityManager) {
		this.slots = slots;
		this.schools = schools;
		this.clock = clock;
		this.messages = messages;
		this.entityManager = entityManager;
	}

	/**
	 * @throws ProblemException 404 {@code SCHOOL_NOT_FOUND}; 400 {@code INVALID_INPUT} naming every
	 * problem of the request
	 */
	AdminSlot create(UUID schoolId, SlotRequest request) {
		SchoolView school = school(schoolId);
		SlotRules.Checked checked = rules().check(request.start(), request.end(), request.place(), request.capacity());
		if (!checked.problems().isEmpty()) {
			throw ProblemException.invalidFields(checked.problems());
		}
		return slots.save(new AppointmentSlot(school.id(), school.campaignId(), checked.slot())).toAdminView();
	}

	/**
	 * Imports the good lines of a UTF-8 CSV file (header {@code start,end,place,capacity}, with or
	 * without a byte order mark) and reports each other line with every problem it has.
	 * @throws ProblemException 404 {@code SCHOOL_NOT_FOUND}; 400 {@code SLOT_CSV_EMPTY},
	 * {@code SLOT_CSV_HEADER}, {@code SLOT_CSV_MALFORMED}, {@code SLOT_CSV_ENCODING} or
	 * {@code SLOT_CSV_TOO_LARGE} (more than {@value #MAX_CSV_LINES} lines), in which cases nothing is
	 * imported
	 */
	SlotImportReport importCsv(UUID schoolId, Reader csv) {
		SchoolView school = school(schoolId);
		SlotRules rules = rules();
		Locale locale = LocaleContextHolder.getLocale();
		int imported = 0;
		List<SlotImportReport.RejectedLine> rejected = new ArrayList<>();
		long lastLine = 0;
		try (CSVParser parser = FORMAT.parse(CsvText.withoutByteOrderMark(csv))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "SLOT_CSV_EMPTY");
			}
			checkHeader(records.next());
			lastLine = parser.getCurrentLineNumber();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long line = parser.getCurrentLineNumber() - CsvText.lineBreaksIn(record);
				lastLine = parser.getCurrentLineNumber();
				if (record.getRecordNumber() - 1 > MAX_CSV_LINES) {
					throw new ProblemException(HttpStatus.BAD_REQUEST, "SLOT_CSV_TOO_LARGE", String.valueOf(MAX_CSV_LINES));
				}
				SlotRules.Checked checked = check(rules, record);
				if (checked.problems().isEmpty()) {
					slots.save(new AppointmentSlot(school.id(), school.campaignId(), checked.slot()));
					if (++imported % FLUSH_EVERY == 0) {
						entityManager.flush();
						entityManager.clear();
					}
				}
				else {
					rejected.add(new SlotImportReport.RejectedLine(line, reason(checked.problems(), locale)));
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw unreadable(ex.getCause(), lastLine + 1);
		}
		catch (IOException ex) {
			throw unreadable(ex, lastLine + 1);
		}
		return new SlotImportReport(imported, rejected);
	}

	/** The school's slots, past ones too, earliest first. */
	@Transactional(readOnly = true)
	List<AdminSlot> list(UUID schoolId) {
		SchoolView school = school(schoolId);
		return slots.findBySchool(school.id()).stream().map(AppointmentSlot::toAdminView).toList();
	}

	private SchoolView school(UUID schoolId) {
		return schools.find(schoolId).orElseThrow(() -> ProblemException.notFound("SCHOOL_NOT_FOUND", schoolId));
	}

	private SlotRules rules() {
		return new SlotRules(clock.instant(), clock.getZone());
	}

	private static SlotRules.Checked check(SlotRules rules, CSVRecord record) {
		if (record.size() != CSV_HEADER.size()) {
			return new SlotRules.Checked(null, List.of(new FieldProblem("", "SLOT_CSV_COLUMNS",
					String.valueOf(CSV_HEADER.size()), String.valueOf(record.size()))));
		}
		return rules.check(record.get(0), record.get(1), record.get(2), record.get(3));
	}

	private String reason(List<FieldProblem> problems, Locale locale) {
		return problems.stream()
			.map(problem -> messages.getMessage("problem." + problem.code(), problem.arguments(), locale))
			.collect(Collectors.joining(" "));
	}

	private static void checkHeader(CSVRecord header) {
		List<String> columns = header.stream().map(column -> column.strip().toLowerCase(Locale.ROOT)).toList();
		if (!columns.equals(CSV_HEADER)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "SLOT_CSV_HEADER", String.join(",", CSV_HEADER));
		}
	}

	private static ProblemException unreadable(IOException cause, long line) {
		if (cause instanceof CharacterCodingException) {
			return new ProblemException(HttpStatus.BAD_REQUEST, "SLOT_CSV_ENCODING");
		}
		return new ProblemException(HttpStatus.BAD_REQUEST, "SLOT_CSV_MALFORMED", String.valueOf(line));
	}

}
