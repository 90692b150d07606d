package org.enrollflow.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.enrollflow.shared.CsvText;
import org.enrollflow.shared.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a registry dataset from CSV into the embedded registry. The first line must be the
 * dataset's header exactly; every other line is imported (inserted, or updated by its natural
 * key) or rejected with a reason in the caller's language. Datasets and headers:
 * <ul>
 * <li>{@code persons}: {@code id_number,name,birth_date,household_number,hukou_region,father_id_number,mother_id_number}
 * (key: ID number)</li>
 * <li>{@code residence-permits}: {@code holder_id_number,permit_number,region,residence_since} (key: holder)</li>
 * <li>{@code properties}: {@code certificate_number,owner_id_numbers,address,district,usage,area_m2,registered_on}
 * (owners separated by {@code ;}; key: certificate number with full-width characters and spaces folded)</li>
 * <li>{@code purchase-contracts}: {@code contract_number,buyer_id_numbers,address,district,usage,filed_on}
 * (key: contract number, upper-cased)</li>
 * <li>{@code disabilities}: {@code certificate_number,holder_id_number,types} (types separated by {@code ;})</li>
 * <li>{@code social-insurance}: {@code id_number,region,months} (key: ID number and region)</li>
 * <li>{@code catchments}: {@code school_code,address_prefix} (key: address prefix)</li>
 * </ul>
 * A later line with the same key as an earlier one in the same file wins.
 */
@Service
public class RegistryImports {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
	private static final int FLUSH_EVERY = 200;

	private final RegistryWriter writer;
	private final EntityManager entityManager;
	private final MessageSource messages;

	RegistryImports(RegistryWriter writer, EntityManager entityManager, MessageSource messages) {
		this.writer = writer;
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/**
	 * Imports the good lines of a CSV file in one transaction and reports the others.
	 * @param dataset the dataset's path name, e.g. {@code persons}
	 * @param csv the file, with or without a UTF-8 byte order mark
	 * @throws ProblemException 404 {@code REGISTRY_DATASET_UNKNOWN}; 400 {@code REGISTRY_CSV_EMPTY},
	 * {@code REGISTRY_CSV_HEADER}, {@code REGISTRY_CSV_MALFORMED} or {@code REGISTRY_CSV_ENCODING}, in which
	 * cases nothing is imported
	 */
	@Transactional
	public ImportReport importCsv(String dataset, Reader csv) {
		RegistryDataset target = RegistryDataset.byPath(dataset)
			.orElseThrow(() -> ProblemException.notFound("REGISTRY_DATASET_UNKNOWN", dataset));
		Locale locale = LocaleContextHolder.getLocale();
		int imported = 0;
		List<RejectedLine> rejected = new ArrayList<>();
		long lastLine = 0;
		try (CSVParser parser = FORMAT.parse(CsvText.withoutByteOrderMark(csv))) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "REGISTRY_CSV_EMPTY");
			}
			checkHeader(target, records.next());
			lastLine = parser.getCurrentLineNumber();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				long line = parser.getCurrentLineNumber() - CsvText.lineBreaksIn(record);
				lastLine = parser.getCurrentLineNumber();
				try {
					writer.write(target, new CsvLine(target.columns(), record.toList()));
					if (++imported % FLUSH_EVERY == 0) {
						entityManager.flush();
						entityManager.clear();
					}
				}
				catch (CsvLine.Rejected ex) {
					rejected.add(new RejectedLine(line,
							messages.getMessage("registry.rejected." + ex.code(), ex.arguments(), locale)));
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw unreadable(ex.getCause(), lastLine + 1);
		}
		catch (IOException ex) {
			throw unreadable(ex, lastLine + 1);
		}
		return new ImportReport(imported, rejected);
	}

	private static void checkHeader(RegistryDataset dataset, CSVRecord header) {
		List<String> columns = header.stream().map(String::strip).toList();
		if (!columns.equals(dataset.columns())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "REGISTRY_CSV_HEADER", dataset.path(), dataset.header());
		}
	}

	private static ProblemException unreadable(IOException cause, long line) {
		if (cause instanceof CharacterCodingException) {
			return new ProblemException(HttpStatus.BAD_REQUEST, "REGISTRY_CSV_ENCODING");
		}
		return new ProblemException(HttpStatus.BAD_REQUEST, "REGISTRY_CSV_MALFORMED", line);
	}

}
