package org.enrollflow.document;

/**
 * A stored document with its content.
 *
 * @param document the document
 * @param bytes the content, exactly as uploaded
 */
public record DocumentContent(DocumentView document, byte[] bytes) {
}
