package org.enrollflow.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

import org.apache.commons.csv.CSVRecord;

/** What every CSV import needs beyond Commons CSV: a byte order mark skipped, and true line numbers. */
public final class CsvText {

	private static final int BYTE_ORDER_MARK = '\uFEFF';

	private CsvText() {
	}

	/** The text without a leading UTF-8 byte order mark, as spreadsheet programs write it. */
	public static Reader withoutByteOrderMark(Reader csv) throws IOException {
		PushbackReader reader = new PushbackReader(csv, 1);
		int first = reader.read();
		if (first != -1 && first != BYTE_ORDER_MARK) {
			reader.unread(first);
		}
		return reader;
	}

	/** How many line breaks quoted values of the record hold, to count lines as the file has them. */
	public static long lineBreaksIn(CSVRecord record) {
		return record.stream()
			.mapToLong(value -> value.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count())
			.sum();
	}

}
