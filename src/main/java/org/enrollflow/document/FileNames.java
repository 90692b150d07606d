package org.enrollflow.document;

import java.text.Normalizer;

/**
 * Cleans the name a file was uploaded with, which is only ever a label: no folders, no control or
 * formatting characters (which can make {@code exe.pdf} display as {@code fdp.exe}), no leading
 * dots, and at most {@link #MAX_LENGTH} characters with the extension kept.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	/** Longer endings than this after the last dot are part of the name, not an extension. */
	private static final int MAX_EXTENSION_LENGTH = 16;

	private FileNames() {
	}

	/** The cleaned name, empty when nothing of it is left. */
	static String clean(String name) {
		if (name == null) {
			return "";
		}
		String normalized = Normalizer.normalize(name, Normalizer.Form.NFC);
		String last = normalized.substring(Math.max(normalized.lastIndexOf('/'), normalized.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(last.length());
		last.codePoints().filter(FileNames::printable).forEach(kept::appendCodePoint);
		return shorten(strip(kept.toString()));
	}

	private static boolean printable(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
					Character.PARAGRAPH_SEPARATOR ->
				false;
			default -> true;
		};
	}

	/** Without dots and spaces at either end, which name no file or hide one. */
	private static String strip(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && blankOrDot(name.charAt(start))) {
			start++;
		}
		while (end > start && blankOrDot(name.charAt(end - 1))) {
			end--;
		}
		return name.substring(start, end);
	}

	private static boolean blankOrDot(char c) {
		return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static String shorten(String name) {
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH) ? name.substring(dot) : "";
		return strip(prefix(name, MAX_LENGTH - extension.length())) + extension;
	}

	/** The longest start of the name within the length that does not split a character in two. */
	private static String prefix(String name, int length) {
		int end = Character.isHighSurrogate(name.charAt(length - 1)) ? length - 1 : length;
		return name.substring(0, end);
	}

}
