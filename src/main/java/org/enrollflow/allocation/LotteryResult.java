package org.enrollflow.allocation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a lottery, everything that is published after the draw.
 *
 * @param algorithm the algorithm's name, {@value Lottery#ALGORITHM}
 * @param seedHex the revealed seed, 64 hexadecimal digits
 * @param seedHash the commitment published before the draw: SHA-256 of the seed's bytes
 * @param inputDigest SHA-256 of the canonical {@code inputs.csv} (see {@link Lottery#inputDigest})
 * @param schools every school of the input, in the order of their identifiers
 */
public record LotteryResult(String algorithm, String seedHex, String seedHash, String inputDigest,
		List<SchoolOutcome> schools) {

	public LotteryResult {
		Objects.requireNonNull(algorithm, "algorithm");
		Objects.requireNonNull(seedHex, "seedHex");
		Objects.requireNonNull(seedHash, "seedHash");
		Objects.requireNonNull(inputDigest, "inputDigest");
		schools = List.copyOf(schools);
	}

	/**
	 * One school's draw.
	 *
	 * @param schoolId the school
	 * @param seats its seats
	 * @param applicants how many signed up
	 * @param admitted the applications admitted, in the order of the draw (at most {@code seats})
	 * @param waitlist the others, in the order of the draw: the first moves up when a seat frees
	 */
	public record SchoolOutcome(String schoolId, int seats, int applicants, List<String> admitted,
			List<String> waitlist) {

		public SchoolOutcome {
			Objects.requireNonNull(schoolId, "schoolId");
			admitted = List.copyOf(admitted);
			waitlist = List.copyOf(waitlist);
		}

	}

}
