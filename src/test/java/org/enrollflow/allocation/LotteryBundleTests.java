package org.enrollflow.allocation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.enrollflow.allocation.LotteryInput.Entry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LotteryBundleTests {

	static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	static LotteryInput input;
	static LotteryResult result;
	static byte[] bundle;

	@TempDir
	Path folder;

	@BeforeAll
	static void drawAndBundle() {
		Random random = new Random(2024);
		List<SchoolSeats> schools = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		for (int s = 0; s < 12; s++) {
			schools.add(new SchoolSeats("school-" + s, 3 + random.nextInt(20)));
		}
		for (int i = 0; i < 400; i++) {
			byte[] childKey = new byte[32];
			random.nextBytes(childKey);
			entries.add(new Entry("app-" + i, HexFormat.of().formatHex(childKey), "school-" + (i % 12)));
		}
		input = new LotteryInput(schools, entries);
		result = Lottery.draw(input, LotteryTests.randomSeed(random));
		bundle = LotteryBundle.zip(input, result);
	}

	@Test
	void holdsTheDataTheVerifierAndItsInstructions() throws IOException {
		Path unzipped = unzip(folder);

		try (Stream<Path> files = Files.list(unzipped)) {
			assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("inputs.csv",
					"seed.txt", "commitment.txt", "input-digest.txt", "result.csv", "Verify.java", "verify",
					"VERIFY.md");
		}
		assertThat(Files.readString(unzipped.resolve("seed.txt"))).isEqualTo(result.seedHex() + "\n");
		assertThat(Files.readString(unzipped.resolve("commitment.txt"))).isEqualTo(result.seedHash() + "\n");
		assertThat(Files.readAllLines(unzipped.resolve("result.csv"))).hasSize(1 + input.entries().size())
			.first()
			.isEqualTo("school_id,position,outcome,application_id,child_key,draw_key");
		assertThat(Files.readString(unzipped.resolve("VERIFY.md"))).contains("EnrollFlow-Lottery-v1", "摇号",
				"java Verify.java");
	}

	@Test
	void writesTheInputsInTheCanonicalOrderThatTheDigestCovers() throws Exception {
		Path unzipped = unzip(folder);

		byte[] inputs = Files.readAllBytes(unzipped.resolve("inputs.csv"));

		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inputs)))
			.isEqualTo(result.inputDigest())
			.isEqualTo(Files.readString(unzipped.resolve("input-digest.txt")).strip());
	}

	@Test
	void marksTheVerifyScriptExecutable() throws IOException {
		Path zip = folder.resolve("bundle.zip");
		Files.write(zip, bundle);

		try (FileSystem files = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
				Map.of("enablePosixFileAttributes", "true"))) {
			assertThat(Files.getFileAttributeView(files.getPath("/verify"), PosixFileAttributeView.class)
				.readAttributes()
				.permissions()).contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
		}
	}

	@Test
	void verifierReproducesThePublishedResult() throws Exception {
		Path unzipped = unzip(folder);

		Run run = verify(unzipped);

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("VERIFIED", "验证通过");
	}

	@Test
	void verifyScriptRunsTheVerifier() throws Exception {
		Path unzipped = unzip(folder);
		ProcessBuilder script = new ProcessBuilder("sh", unzipped.resolve("verify").toString());
		script.environment().put("PATH", JAVA.getParent() + File.pathSeparator + System.getenv("PATH"));

		Run run = run(script);

		assertThat(run.exitCode()).as(run.output()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("alterations")
	void verifierRejectsAnAlteredBundle(String alteration, String file, UnaryOperator<List<String>> change,
			String expectedMessage) throws Exception {
		Path unzipped = unzip(folder);
		Path altered = unzipped.resolve(file);
		Files.write(altered, change.apply(new ArrayList<>(Files.readAllLines(altered))));

		Run run = verify(unzipped);

		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("NOT VERIFIED", expectedMessage);
	}

	static Stream<Arguments> alterations() {
		return Stream.of(
				alteration("one more seat at a school", "inputs.csv",
						replaceInLine(1, "school,school-0,", line -> line.replaceFirst(",(\\d+),,$", ",99,,")),
						"input-digest.txt"),
				alteration("another child key for an applicant", "inputs.csv",
						replaceInLine(13, "applicant,", LotteryBundleTests::flipLastDigit), "input-digest.txt"),
				alteration("an applicant left out", "inputs.csv", lines -> {
					lines.remove(13);
					return lines;
				}, "input-digest.txt"),
				alteration("another seed", "seed.txt", lines -> List.of(flipLastDigit(lines.get(0))), "commitment.txt"),
				alteration("another commitment", "commitment.txt", lines -> List.of(flipLastDigit(lines.get(0))),
						"commitment.txt"),
				alteration("another input digest", "input-digest.txt", lines -> List.of(flipLastDigit(lines.get(0))),
						"input-digest.txt"),
				alteration("two admissions swapped", "result.csv", lines -> {
					String first = lines.get(1).replace(",1,ADMITTED,", ",2,ADMITTED,");
					lines.set(1, lines.get(2).replace(",2,ADMITTED,", ",1,ADMITTED,"));
					lines.set(2, first);
					return lines;
				}, "result.csv line 2"),
				alteration("a waitlisted applicant admitted", "result.csv",
						replaceInLine(-1, "WAITLISTED", line -> line.replace("WAITLISTED", "ADMITTED")),
						"result.csv line"),
				alteration("the last line dropped", "result.csv", lines -> lines.subList(0, lines.size() - 1),
						"result.csv ends"));
	}

	private static Arguments alteration(String name, String file, UnaryOperator<List<String>> change,
			String expectedMessage) {
		return Arguments.of(name, file, change, expectedMessage);
	}

	@Test
	void verifierCompilesForJava17WithoutWarnings() throws IOException {
		Path source = folder.resolve("Verify.java");
		try (InputStream resource = getClass().getResourceAsStream("/allocation/verify/Verify.java")) {
			Files.copy(resource, source);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

		int status = compiler.run(null, diagnostics, diagnostics, "--release", "17", "-Xlint:all", "-Werror",
				"-proc:none", "-classpath", folder.toString(), "-d", folder.resolve("classes").toString(), source.toString());

		assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
	}

	@Test
	void refusesAResultOfAnotherAlgorithmOrOtherApplications() {
		LotteryResult otherAlgorithm = new LotteryResult("Other-v1", result.seedHex(), result.seedHash(),
				result.inputDigest(), result.schools());
		LotteryResult otherInput = new LotteryResult(Lottery.ALGORITHM, result.seedHex(), result.seedHash(),
				result.inputDigest(),
				List.of(new LotteryResult.SchoolOutcome("school-0", 1, 1, List.of("app-elsewhere"), List.of())));

		assertThatIllegalArgumentException().isThrownBy(() -> LotteryBundle.zip(input, otherAlgorithm))
			.withMessageContaining("Other-v1");
		assertThatIllegalArgumentException().isThrownBy(() -> LotteryBundle.zip(input, otherInput))
			.withMessageContaining("not in the input");
	}

	private Path unzip(Path into) throws IOException {
		Path target = into.resolve("bundle");
		Files.createDirectories(target);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Files.copy(zip, target.resolve(entry.getName()));
			}
		}
		return target;
	}

	private static Run verify(Path unzipped) throws Exception {
		return run(new ProcessBuilder(JAVA.toString(), unzipped.resolve("Verify.java").toString(), unzipped.toString()));
	}

	private static Run run(ProcessBuilder command) throws Exception {
		Process process = command.redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static UnaryOperator<List<String>> replaceInLine(int index, String expectedStart,
			UnaryOperator<String> change) {
		return lines -> {
			int at = (index >= 0) ? index : lastContaining(lines, expectedStart);
			assertThat(lines.get(at)).contains(expectedStart);
			lines.set(at, change.apply(lines.get(at)));
			return lines;
		};
	}

	private static int lastContaining(List<String> lines, String text) {
		for (int at = lines.size() - 1; at >= 0; at--) {
			if (lines.get(at).contains(text)) {
				return at;
			}
		}
		throw new IllegalStateException("No line contains " + text);
	}

	private static String flipLastDigit(String hex) {
		char last = hex.charAt(hex.length() - 1);
		return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
	}

	record Run(int exitCode, String output) {
	}

}
