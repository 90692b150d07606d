package org.enrollflow.lottery;

import java.time.Instant;

/** What a commitment publishes before the draw: the SHA-256 of the secret seed. */
record LotteryCommitment(String seedHash, Instant committedAt) {

}
