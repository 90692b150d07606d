package org.enrollflow.allocation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The data files of a lottery bundle, written byte for byte as {@code VERIFY.md} describes them:
 * UTF-8 (all ASCII), one header line, lines ending in LF, no quoting.
 */
final class LotteryFiles {

	static final String INPUTS = "inputs.csv";
	static final String SEED = "seed.txt";
	static final String COMMITMENT = "commitment.txt";
	static final String INPUT_DIGEST = "input-digest.txt";
	static final String RESULT = "result.csv";

	static final String INPUTS_HEADER = "record,school_id,seats,application_id,child_key";
	static final String RESULT_HEADER = "school_id,position,outcome,application_id,child_key,draw_key";
	static final String ADMITTED = "ADMITTED";
	static final String WAITLISTED = "WAITLISTED";

	private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

	private LotteryFiles() {
	}

	/** SHA-256 of the canonical {@code inputs.csv}, 64 lowercase hexadecimal digits. */
	static String inputDigest(LotteryEntries entries) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
		writeInputs(entries, new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
		return HexFormat.of().formatHex(sha256.digest());
	}

	/**
	 * The canonical {@code inputs.csv}: a {@code school} line per school in the order of the
	 * identifiers, then an {@code applicant} line per entry, by school and then by child key.
	 */
	static void writeInputs(LotteryEntries entries, OutputStream out) {
		Lines lines = new Lines(out);
		lines.text(INPUTS_HEADER).end();
		for (int s = 0; s < entries.schoolCount(); s++) {
			lines.text("school,").text(entries.schoolIds[s]).comma().number(entries.seats[s]).text(",,").end();
		}
		for (int s = 0; s < entries.schoolCount(); s++) {
			String rowStart = "applicant," + entries.schoolIds[s] + ",,";
			for (int k = entries.start[s]; k < entries.start[s + 1]; k++) {
				int entry = entries.byChildKey[k];
				lines.text(rowStart).bytes(entries.bytes, entries.rowStart[entry], entries.rowStart[entry + 1]).end();
			}
		}
		lines.flush();
	}

	/**
	 * The {@code result.csv} of a result: per school in the result's order, its applicants in the
	 * order of the draw with their position (from 1), outcome, child key and draw key.
	 * @throws IllegalArgumentException when the result names an application the input lacks
	 */
	static void writeResult(LotteryEntries entries, LotteryResult result, OutputStream out) {
		Map<String, Integer> entryOf = new HashMap<>(2 * entries.size());
		for (int i = 0; i < entries.size(); i++) {
			entryOf.put(entries.applicationIds[i], i);
		}
		DrawKeys keys = new DrawKeys(LotterySeed.fromHex(result.seedHex()));
		Lines lines = new Lines(out);
		lines.text(RESULT_HEADER).end();
		for (LotteryResult.SchoolOutcome school : result.schools()) {
			int position = 0;
			position = writeOutcomes(lines, school.schoolId(), position, ADMITTED, school.admitted(), entries, entryOf,
					keys);
			writeOutcomes(lines, school.schoolId(), position, WAITLISTED, school.waitlist(), entries, entryOf, keys);
		}
		lines.flush();
	}

	private static int writeOutcomes(Lines lines, String schoolId, int position, String outcome,
			List<String> applicationIds, LotteryEntries entries, Map<String, Integer> entryOf, DrawKeys keys) {
		for (String applicationId : applicationIds) {
			Integer entry = entryOf.get(applicationId);
			if (entry == null) {
				throw new IllegalArgumentException("The result names application " + applicationId
						+ ", which is not in the input");
			}
			String childKey = entries.childKeys[entry];
			lines.text(schoolId)
				.comma()
				.number(++position)
				.comma()
				.text(outcome)
				.comma()
				.text(applicationId)
				.comma()
				.text(childKey)
				.comma()
				.hex(keys.of(childKey))
				.end();
		}
		return position;
	}

	/** Buffered ASCII lines. */
	private static final class Lines {

		private final OutputStream out;
		private final byte[] buffer = new byte[1 << 16];
		private int used;

		Lines(OutputStream out) {
			this.out = out;
		}

		Lines text(String text) {
			int length = text.length();
			if (buffer.length - used < length) {
				drain();
			}
			for (int i = 0; i < length; i++) {
				buffer[used++] = (byte) text.charAt(i);
			}
			return this;
		}

		Lines bytes(byte[] bytes, int from, int to) {
			if (buffer.length - used < to - from) {
				drain();
			}
			System.arraycopy(bytes, from, buffer, used, to - from);
			used += to - from;
			return this;
		}

		Lines number(int number) {
			return text(Integer.toString(number));
		}

		Lines hex(byte[] bytes) {
			if (buffer.length - used < 2 * bytes.length) {
				drain();
			}
			for (byte b : bytes) {
				buffer[used++] = (byte) HEX_DIGITS[(b >> 4) & 0xF];
				buffer[used++] = (byte) HEX_DIGITS[b & 0xF];
			}
			return this;
		}

		Lines comma() {
			return character(',');
		}

		void end() {
			character('\n');
		}

		private Lines character(char c) {
			if (used == buffer.length) {
				drain();
			}
			buffer[used++] = (byte) c;
			return this;
		}

		void flush() {
			drain();
			try {
				out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void drain() {
			try {
				out.write(buffer, 0, used);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			used = 0;
		}

	}

}
