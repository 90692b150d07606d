package org.enrollflow.registry;

/**
 * A CSV line that was not imported.
 * @param line the line in the file, the header being line 1
 * @param reason why, in the requester's language
 */
public record RejectedLine(long line, String reason) {
}
