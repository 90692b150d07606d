package org.enrollflow.document;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document with its content. Loaded only to read the content: lists and look-ups select the
 * other columns into {@link DocumentView}s. Never changed once stored.
 */
@Entity
@Table(name = "document")
class StoredDocument {

	@Id
	private UUID id;

	private UUID ownerCaseId;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private String mediaType;

	private long sizeBytes;

	private String sha256;

	private String originalFileName;

	private Instant uploadedAt;

	private String uploadedBy;

	private byte[] content;

	protected StoredDocument() {
	}

	StoredDocument(UUID caseId, DocumentType type, AcceptedFormat format, String fileName, byte[] content,
			String sha256, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.ownerCaseId = caseId;
		this.type = type;
		this.mediaType = format.mediaType();
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.originalFileName = fileName;
		this.uploadedAt = now;
		this.uploadedBy = actor;
		this.content = content;
	}

	DocumentView toView() {
		return new DocumentView(id, ownerCaseId, type, mediaType, sizeBytes, sha256, originalFileName, uploadedAt);
	}

	DocumentContent toContent() {
		return new DocumentContent(toView(), content);
	}

}
