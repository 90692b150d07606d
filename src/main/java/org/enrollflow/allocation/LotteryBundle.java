package org.enrollflow.allocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The published bundle of a lottery: a zip that lets anyone re-run the draw with nothing but a
 * JDK 17 or later. It holds
 * <ul>
 * <li>{@code inputs.csv}: the schools with their seats and the sign-ups, in canonical order;</li>
 * <li>{@code seed.txt}, {@code commitment.txt}, {@code input-digest.txt}: the revealed seed, the
 * commitment published before the draw, and the published input digest;</li>
 * <li>{@code result.csv}: every school's applicants in the order of the draw, admitted or
 * waitlisted, with child key and draw key;</li>
 * <li>{@code Verify.java} and the executable {@code verify}: exit 0 when the seed matches the
 * commitment and the inputs reproduce both the digest and the result, non-zero with the first
 * difference otherwise;</li>
 * <li>{@code VERIFY.md}: the algorithm, the formats and how to check by hand (Chinese and
 * English).</li>
 * </ul>
 */
public final class LotteryBundle {

	static final String VERIFIER = "Verify.java";
	static final String SCRIPT = "verify";
	static final String README = "VERIFY.md";

	private static final String RESOURCES = "/allocation/verify/";
	private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");
	private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

	private LotteryBundle() {
	}

	/** The bundle of a lottery as zip bytes. */
	public static byte[] zip(LotteryInput input, LotteryResult result) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		write(input, result, bytes);
		return bytes.toByteArray();
	}

	/**
	 * Writes the bundle of a lottery as a zip to a stream, which stays open. The files carry what
	 * the result states (seed, commitment, input digest, order), so that the verifier finds any
	 * discrepancy between them and the inputs.
	 * @throws IllegalArgumentException when the result is of another algorithm or names an
	 * application the input lacks, or the input is one {@link Lottery#draw} refuses
	 */
	public static void write(LotteryInput input, LotteryResult result, OutputStream out) {
		if (!Lottery.ALGORITHM.equals(result.algorithm())) {
			throw new IllegalArgumentException("This bundle verifies " + Lottery.ALGORITHM + ", not "
					+ result.algorithm());
		}
		LotteryEntries entries = LotteryEntries.of(input);
		try {
			Path folder = Files.createTempDirectory("lottery-bundle");
			try {
				Path zip = folder.resolve("bundle.zip");
				try (FileSystem bundle = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
						Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
					Path root = bundle.getPath("/");
					try (OutputStream inputs = Files.newOutputStream(root.resolve(LotteryFiles.INPUTS))) {
						LotteryFiles.writeInputs(entries, inputs);
					}
					writeLine(root.resolve(LotteryFiles.SEED), result.seedHex());
					writeLine(root.resolve(LotteryFiles.COMMITMENT), result.seedHash());
					writeLine(root.resolve(LotteryFiles.INPUT_DIGEST), result.inputDigest());
					try (OutputStream results = Files.newOutputStream(root.resolve(LotteryFiles.RESULT))) {
						LotteryFiles.writeResult(entries, result, results);
					}
					copyResource(root, VERIFIER);
					copyResource(root, SCRIPT);
					copyResource(root, README);
					try (Stream<Path> files = Files.list(root)) {
						for (Path file : files.toList()) {
							Files.setPosixFilePermissions(file,
									file.getFileName().toString().equals(SCRIPT) ? EXECUTABLE : READABLE);
						}
					}
				}
				Files.copy(zip, out);
			}
			finally {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeLine(Path file, String text) throws IOException {
		Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
	}

	private static void copyResource(Path root, String name) throws IOException {
		try (InputStream resource = LotteryBundle.class.getResourceAsStream(RESOURCES + name)) {
			if (resource == null) {
				throw new IllegalStateException("The classpath lacks " + RESOURCES + name);
			}
			Files.copy(resource, root.resolve(name));
		}
	}

}
