package org.enrollflow.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.enrollflow.shared.IdNumbers;

/**
 * One data line of an import, read column by column. Each read validates its value and throws
 * {@link Rejected} with a message code and arguments (the column first) at the first problem.
 */
final class CsvLine {

	private static final Pattern REGION = Pattern.compile("\\d{2,12}");
	private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；]");
	private static final int AREA_INTEGER_DIGITS = 8;
	private static final int AREA_DECIMALS = 2;

	private final List<String> columns;
	private final List<String> values;

	CsvLine(List<String> columns, List<String> values) {
		if (values.size() != columns.size()) {
			throw new Rejected("COLUMN_COUNT", columns.size(), values.size());
		}
		this.columns = columns;
		this.values = values;
	}

	/** A required value of at most {@code maxLength} UTF-16 units (what both databases can hold). */
	String text(String column, int maxLength) {
		String value = optionalText(column, maxLength);
		if (value == null) {
			throw new Rejected("REQUIRED", column);
		}
		return value;
	}

	/** A value that may be empty ({@code null} then). */
	String optionalText(String column, int maxLength) {
		String value = values.get(columns.indexOf(column)).strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw new Rejected("CONTROL_CHARACTER", column);
		}
		if (value.length() > maxLength) {
			throw new Rejected("TOO_LONG", column, maxLength);
		}
		return value;
	}

	/** A valid resident ID number, normalized. */
	String idNumber(String column) {
		String value = optionalIdNumber(column);
		if (value == null) {
			throw new Rejected("REQUIRED", column);
		}
		return value;
	}

	String optionalIdNumber(String column) {
		String value = optionalText(column, 40);
		if (value == null) {
			return null;
		}
		IdNumbers.problem(value).ifPresent(problem -> {
			throw new Rejected(problem, column);
		});
		return IdNumbers.normalize(value);
	}

	/** One or more valid ID numbers separated by semicolons, duplicates removed, in file order. */
	List<String> idNumbers(String column) {
		Set<String> idNumbers = new LinkedHashSet<>();
		for (String value : list(column, 18 * 50)) {
			IdNumbers.problem(value).ifPresent(problem -> {
				throw new Rejected(problem, column);
			});
			idNumbers.add(IdNumbers.normalize(value));
		}
		return List.copyOf(idNumbers);
	}

	/** One or more texts separated by semicolons. */
	List<String> list(String column, int maxLength) {
		List<String> items = new ArrayList<>();
		for (String item : LIST_SEPARATOR.split(text(column, maxLength))) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		if (items.isEmpty()) {
			throw new Rejected("REQUIRED", column);
		}
		return items;
	}

	/** An ISO date ({@code 2017-09-01}). */
	LocalDate date(String column) {
		String value = text(column, 10);
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new Rejected("DATE", column);
		}
	}

	/** An administrative region code: 2 to 12 digits. */
	String region(String column) {
		String value = optionalRegion(column);
		if (value == null) {
			throw new Rejected("REQUIRED", column);
		}
		return value;
	}

	String optionalRegion(String column) {
		String value = optionalText(column, 12);
		if (value != null && !REGION.matcher(value).matches()) {
			throw new Rejected("REGION", column);
		}
		return value;
	}

	/** {@code RESIDENTIAL} in any case, or another use as written. */
	String usage(String column) {
		String value = text(column, 40);
		return value.equalsIgnoreCase(PropertyRecord.RESIDENTIAL) ? PropertyRecord.RESIDENTIAL : value;
	}

	/** Square metres: more than 0, at most two decimals. */
	BigDecimal area(String column) {
		String value = text(column, 20);
		BigDecimal area;
		try {
			area = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new Rejected("NOT_A_NUMBER", column);
		}
		if (area.signum() <= 0 || area.scale() > AREA_DECIMALS
				|| area.precision() - area.scale() > AREA_INTEGER_DIGITS) {
			throw new Rejected("AREA", column);
		}
		return area;
	}

	/** A whole number of months, 0 or more. */
	int months(String column) {
		String value = text(column, 10);
		int months;
		try {
			months = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new Rejected("NOT_A_NUMBER", column);
		}
		if (months < 0) {
			throw new Rejected("NEGATIVE", column);
		}
		return months;
	}

	/** Why a line is refused: a message code under {@code registry.rejected.} and its arguments. */
	static final class Rejected extends RuntimeException {

		private final String code;
		private final transient Object[] arguments;

		Rejected(String code, Object... arguments) {
			super(code, null, false, false);
			this.code = code;
			this.arguments = arguments;
		}

		String code() {
			return code;
		}

		Object[] arguments() {
			return arguments.clone();
		}

	}

}
