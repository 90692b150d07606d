package org.enrollflow.lottery;

import java.time.Instant;
import java.util.List;

import org.enrollflow.allocation.LotteryResult.SchoolOutcome;

/**
 * A campaign's lottery as published: before the draw the commitment only, after it the seed, the
 * input digest and every school's admitted and waitlisted applications in the order of the draw.
 */
record LotteryView(String seedHash, String seed, String algorithm, String inputDigest, Instant committedAt,
		Instant drawnAt, List<SchoolOutcome> schools) {

}
