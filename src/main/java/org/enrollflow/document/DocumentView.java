package org.enrollflow.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored document, without its content.
 *
 * @param id the document's id
 * @param caseId the application the document belongs to
 * @param type what the document shows
 * @param mediaType the type sniffed from the content: {@code image/jpeg}, {@code image/png} or
 * {@code application/pdf}; serve the content with this type, never with one a client declared
 * @param size the content's length in bytes
 * @param sha256 the SHA-256 of the content, 64 lowercase hexadecimal digits
 * @param fileName the name the file was uploaded with, without any path or control characters, at
 * most 200 characters
 * @param uploadedAt when the document was stored
 */
public record DocumentView(UUID id, UUID caseId, DocumentType type, String mediaType, long size, String sha256,
		String fileName, Instant uploadedAt) {
}
