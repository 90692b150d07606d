import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies an EnrollFlow lottery bundle (algorithm EnrollFlow-Lottery-v1), with nothing but a JDK 17
 * or later:
 *
 * <pre>
 * java Verify.java path/to/bundle
 * </pre>
 *
 * It checks that the SHA-256 of the seed is the published commitment, that the inputs give the
 * published input digest, and that drawing again from the seed and the inputs gives result.csv
 * line for line. Exit status: 0 when everything reproduces, 1 when anything differs or cannot be
 * read (the messages say what), 2 when called wrongly. VERIFY.md describes the algorithm and the
 * files.
 *
 * 验证 EnrollFlow 摇号结果包:种子的 SHA-256 须等于事先公布的承诺值,输入须得出公布的输入摘要,
 * 按种子和输入重新摇号须逐行得出 result.csv。全部一致时退出码为 0,否则为 1 并说明不一致之处。
 */
public class Verify {

	static final String ALGORITHM = "EnrollFlow-Lottery-v1";
	static final String INPUTS_HEADER = "record,school_id,seats,application_id,child_key";
	static final String RESULT_HEADER = "school_id,position,outcome,application_id,child_key,draw_key";
	static final int MAX_REPORTED_DIFFERENCES = 10;

	private final Path bundle;
	private final List<String> problems = new ArrayList<>();

	Verify(Path bundle) {
		this.bundle = bundle;
	}

	public static void main(String[] args) {
		if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
			System.err.println("Usage / 用法: java Verify.java <bundle folder / 结果包目录>");
			System.exit(2);
		}
		System.exit(new Verify(Path.of(args[0])).run());
	}

	int run() {
		System.out.println(ALGORITHM + ": " + bundle.toAbsolutePath());
		try {
			verify();
		}
		catch (Unreadable ex) {
			problems.add(ex.getMessage());
		}
		if (problems.isEmpty()) {
			System.out.println("VERIFIED: the result reproduces from the seed and the inputs.");
			System.out.println("验证通过:由种子和输入可完全复现摇号结果。");
			return 0;
		}
		for (String problem : problems) {
			System.out.println("DIFFERS / 不一致: " + problem);
		}
		System.out.println("NOT VERIFIED: the bundle does not reproduce (" + problems.size() + " problem(s)).");
		System.out.println("验证未通过:结果包无法复现(" + problems.size() + " 处问题)。");
		return 1;
	}

	private void verify() {
		byte[] seed = seed();
		String commitment = hex(sha256(seed));
		String published = singleLine("commitment.txt");
		if (commitment.equalsIgnoreCase(published)) {
			System.out.println("OK  seed matches the commitment / 种子与事先公布的承诺值一致: " + commitment);
		}
		else {
			problems.add("SHA-256 of seed.txt is " + commitment + " but commitment.txt says " + published
					+ " / 种子的 SHA-256 与承诺值不符");
		}
		Inputs inputs = Inputs.read(file("inputs.csv"));
		String digest = inputs.digest();
		String publishedDigest = singleLine("input-digest.txt");
		if (digest.equalsIgnoreCase(publishedDigest)) {
			System.out.println("OK  inputs match the published digest / 输入与公布的摘要一致: " + digest + " ("
					+ inputs.schools.size() + " schools / 所学校, " + inputs.applicants + " applicants / 名申请人)");
		}
		else {
			problems.add("SHA-256 of the canonical inputs.csv is " + digest + " but input-digest.txt says "
					+ publishedDigest + " / 输入摘要与公布值不符");
		}
		compareResult(inputs.draw(seed));
	}

	private byte[] seed() {
		String seed = singleLine("seed.txt");
		if (!seed.matches("[0-9a-fA-F]{64}")) {
			throw new Unreadable("seed.txt must hold 64 hexadecimal digits / seed.txt 须为 64 位十六进制数");
		}
		return HexFormat.of().parseHex(seed);
	}

	private void compareResult(List<String> expected) {
		List<String> differences = new ArrayList<>();
		int lineNumber = 1;
		try (BufferedReader reader = Files.newBufferedReader(file("result.csv"), StandardCharsets.UTF_8)) {
			String header = withoutByteOrderMark(reader.readLine());
			if (!RESULT_HEADER.equals(header)) {
				throw new Unreadable("result.csv must start with the header " + RESULT_HEADER
						+ " / result.csv 首行须为表头 " + RESULT_HEADER);
			}
			int index = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				if (index >= expected.size()) {
					differences.add("result.csv line " + lineNumber + " is one too many / 多出的一行: " + line);
					break;
				}
				String wanted = expected.get(index++);
				if (!wanted.equals(line)) {
					differences.add("result.csv line " + lineNumber + " / 第 " + lineNumber + " 行: expected / 应为 "
							+ wanted + ", found / 实为 " + line);
					if (differences.size() == MAX_REPORTED_DIFFERENCES) {
						break;
					}
				}
			}
			if (differences.isEmpty() && index < expected.size()) {
				differences.add("result.csv ends after " + index + " applicants, the draw gives " + expected.size()
						+ "; the first missing line is / 结果缺行,第一条缺少的是: " + expected.get(index));
			}
		}
		catch (IOException ex) {
			throw new Unreadable("cannot read result.csv / 无法读取 result.csv: " + ex.getMessage());
		}
		if (differences.isEmpty()) {
			System.out.println("OK  the draw reproduces result.csv / 重新摇号与 result.csv 完全一致 (" + expected.size()
					+ " lines / 行)");
		}
		problems.addAll(differences);
	}

	private String singleLine(String name) {
		try {
			return withoutByteOrderMark(Files.readString(file(name), StandardCharsets.UTF_8)).strip();
		}
		catch (IOException ex) {
			throw new Unreadable("cannot read " + name + " / 无法读取 " + name + ": " + ex.getMessage());
		}
	}

	private Path file(String name) {
		Path file = bundle.resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new Unreadable("the bundle lacks " + name + " / 结果包缺少 " + name);
		}
		return file;
	}

	static String withoutByteOrderMark(String line) {
		return line != null && line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/** Identifiers: 1 to 200 ASCII letters, digits and - _ . : */
	static boolean isIdentifier(String value) {
		return value.matches("[A-Za-z0-9_.:-]{1,200}");
	}

	/** What inputs.csv holds: schools by identifier, each with its seats and its applicants. */
	static final class Inputs {

		final Map<String, School> schools = new TreeMap<>();
		int applicants;

		static Inputs read(Path file) {
			Inputs inputs = new Inputs();
			List<String[]> applicantLines = new ArrayList<>();
			int lineNumber = 1;
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				String header = withoutByteOrderMark(reader.readLine());
				if (!INPUTS_HEADER.equals(header)) {
					throw new Unreadable("inputs.csv must start with the header " + INPUTS_HEADER
							+ " / inputs.csv 首行须为表头 " + INPUTS_HEADER);
				}
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					lineNumber++;
					if (line.isBlank()) {
						continue;
					}
					String[] fields = line.split(",", -1);
					if (fields.length != 5) {
						throw invalid(lineNumber, "5 fields expected / 应有 5 列");
					}
					if (fields[0].equals("school") && isIdentifier(fields[1]) && fields[2].matches("\\d{1,9}")
							&& fields[3].isEmpty() && fields[4].isEmpty()) {
						if (inputs.schools.put(fields[1], new School(fields[1], Integer.parseInt(fields[2]))) != null) {
							throw invalid(lineNumber, "school listed twice / 学校重复");
						}
					}
					else if (fields[0].equals("applicant") && isIdentifier(fields[1]) && fields[2].isEmpty()
							&& isIdentifier(fields[3]) && isIdentifier(fields[4])) {
						applicantLines.add(new String[] { fields[1], fields[3], fields[4], Integer.toString(lineNumber) });
					}
					else {
						throw invalid(lineNumber, "neither a school nor an applicant line / 既非学校行也非申请人行");
					}
				}
			}
			catch (IOException | UncheckedIOException ex) {
				throw new Unreadable("cannot read inputs.csv / 无法读取 inputs.csv: " + ex.getMessage());
			}
			Set<String> applications = new HashSet<>();
			Set<String> children = new HashSet<>();
			for (String[] applicant : applicantLines) {
				int line = Integer.parseInt(applicant[3]);
				School school = inputs.schools.get(applicant[0]);
				if (school == null) {
					throw invalid(line, "the school is not listed / 学校未列出");
				}
				if (!applications.add(applicant[1])) {
					throw invalid(line, "application listed twice / 申请重复");
				}
				if (!children.add(applicant[2])) {
					throw invalid(line, "child listed twice / 儿童重复");
				}
				school.applicants.add(new Applicant(applicant[1], applicant[2]));
				inputs.applicants++;
			}
			for (School school : inputs.schools.values()) {
				school.applicants.sort(Comparator.comparing(Applicant::childKey));
			}
			return inputs;
		}

		private static Unreadable invalid(int lineNumber, String reason) {
			return new Unreadable("inputs.csv line " + lineNumber + " / 第 " + lineNumber + " 行: " + reason);
		}

		/** SHA-256 of the canonical inputs.csv: header, schools by identifier, applicants by school and child key. */
		String digest() {
			StringBuilder canonical = new StringBuilder(INPUTS_HEADER).append('\n');
			for (School school : schools.values()) {
				canonical.append("school,").append(school.id).append(',').append(school.seats).append(",,\n");
			}
			MessageDigest sha256;
			try {
				sha256 = MessageDigest.getInstance("SHA-256");
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
			sha256.update(canonical.toString().getBytes(StandardCharsets.US_ASCII));
			for (School school : schools.values()) {
				canonical.setLength(0);
				for (Applicant applicant : school.applicants) {
					canonical.append("applicant,")
						.append(school.id)
						.append(",,")
						.append(applicant.applicationId)
						.append(',')
						.append(applicant.childKey)
						.append('\n');
				}
				sha256.update(canonical.toString().getBytes(StandardCharsets.US_ASCII));
			}
			return hex(sha256.digest());
		}

		/**
		 * The draw: each applicant's draw key is HMAC-SHA256(seed, child key); each school's applicants
		 * in the order of their draw keys (unsigned bytes, equal keys by child key); the first as many as
		 * there are seats are admitted, the others waitlisted. Gives the lines result.csv must hold.
		 */
		List<String> draw(byte[] seed) {
			Mac hmac;
			try {
				hmac = Mac.getInstance("HmacSHA256");
				hmac.init(new SecretKeySpec(seed, "HmacSHA256"));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
			List<String> lines = new ArrayList<>(applicants);
			for (School school : schools.values()) {
				List<Drawn> drawn = new ArrayList<>(school.applicants.size());
				for (Applicant applicant : school.applicants) {
					byte[] key = hmac.doFinal(applicant.childKey.getBytes(StandardCharsets.US_ASCII));
					drawn.add(new Drawn(applicant, key));
				}
				drawn.sort((left, right) -> {
					int byKey = Arrays.compareUnsigned(left.key, right.key);
					return byKey != 0 ? byKey : left.applicant.childKey.compareTo(right.applicant.childKey);
				});
				int position = 0;
				for (Drawn one : drawn) {
					position++;
					lines.add(school.id + "," + position + "," + (position <= school.seats ? "ADMITTED" : "WAITLISTED")
							+ "," + one.applicant.applicationId + "," + one.applicant.childKey + "," + hex(one.key));
				}
			}
			return lines;
		}

	}

	static final class School {

		final String id;
		final int seats;
		final List<Applicant> applicants = new ArrayList<>();

		School(String id, int seats) {
			this.id = id;
			this.seats = seats;
		}

	}

	record Applicant(String applicationId, String childKey) {
	}

	record Drawn(Applicant applicant, byte[] key) {
	}

	/** The bundle lacks a file or holds one that is not in the documented format. */
	static final class Unreadable extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}

	}

}
