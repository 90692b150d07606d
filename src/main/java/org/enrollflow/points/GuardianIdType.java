package org.enrollflow.points;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.enrollflow.shared.IdNumbers;

/**
 * The identity documents a second guardian may give on the points path (证件类型), each with its
 * own number format. Numbers are {@linkplain #normalize(String) normalized} before they are checked,
 * so full-width characters, lower-case letters and spaces typed on a phone are accepted. Labels:
 * {@link #messageKey()} in {@code i18n/points}.
 */
public enum GuardianIdType {

	/** 居民身份证: 18 characters with an ISO 7064 MOD 11-2 check character and a real birth date. */
	RESIDENT_ID(null),

	/** 港澳居民来往内地通行证: {@code H} or {@code M} and 8 or 10 digits. */
	HK_MACAU_PASS(Pattern.compile("[HM]\\d{8}(\\d{2})?")),

	/** 台湾居民来往大陆通行证: 8 digits. */
	TAIWAN_PERMIT(Pattern.compile("\\d{8}")),

	/** 护照: 5 to 17 letters and digits. */
	PASSPORT(Pattern.compile("[A-Z0-9]{5,17}"));

	private final Pattern format;

	GuardianIdType(Pattern format) {
		this.format = format;
	}

	/**
	 * What is wrong with the number for this type, or empty when it fits.
	 * @return for {@link #RESIDENT_ID} one of {@link IdNumbers#problem}'s codes ({@code ID_FORMAT},
	 * {@code ID_CHECK_DIGIT}, {@code ID_BIRTH_DATE}); for the others {@code ID_FORMAT_<TYPE>}, such as
	 * {@code ID_FORMAT_PASSPORT}
	 */
	public Optional<String> problem(String number) {
		String normalized = normalize(number);
		if (this.format == null) {
			return IdNumbers.problem(normalized);
		}
		if (normalized == null || !this.format.matcher(normalized).matches()) {
			return Optional.of("ID_FORMAT_" + name());
		}
		return Optional.empty();
	}

	/** Whether the document's photo must be uploaded: every document but the mainland resident ID. */
	public boolean requiresDocumentPhoto() {
		return this != RESIDENT_ID;
	}

	/** The message key of the document's name, such as {@code points.guardianIdType.PASSPORT}. */
	public String messageKey() {
		return "points.guardianIdType." + name();
	}

	/**
	 * The number as it is stored and compared: NFKC-normalized (full-width letters, digits and
	 * brackets become ASCII), without any space, letters upper-cased; {@code null} stays {@code null}.
	 */
	public static String normalize(String number) {
		if (number == null) {
			return null;
		}
		StringBuilder normalized = new StringBuilder(number.length());
		Normalizer.normalize(number, Normalizer.Form.NFKC).codePoints().forEach(c -> {
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				normalized.appendCodePoint(c);
			}
		});
		return normalized.toString().toUpperCase(Locale.ROOT);
	}

}
