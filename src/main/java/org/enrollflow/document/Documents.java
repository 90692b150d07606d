package org.enrollflow.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.enrollflow.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * The documents of cases (applications). Each method joins the caller's transaction. Callers
 * decide who may see or change a case's documents; here a document is only ever reached through
 * its case, so a document of another case is not found.
 * <p>
 * A document is accepted by its content alone: Apache Tika's magic-byte detection, confirmed by
 * the format's signature at the very start of the file, must find JPEG, PNG or PDF. The name and
 * the declared type are not trusted, but they must not contradict the content either: a PNG named
 * {@code scan.pdf} or declared as {@code application/pdf} is refused, so that a family learns that
 * the file is not the one they think, and the name a reviewer downloads matches what it holds.
 * <p>
 * Every refusal is a {@link ProblemException}, thrown before anything is stored; it does not mark
 * the caller's transaction for rollback.
 */
@Service
@Transactional(noRollbackFor = ProblemException.class)
public class Documents {

	private static final Logger log = LoggerFactory.getLogger(Documents.class);

	static final int MAX_ACTOR_LENGTH = 100;

	private final StoredDocumentRepository documents;
	private final ContentSniffer sniffer;
	private final DocumentSettings settings;
	private final Clock clock;
	private final EntityManager entityManager;

	Documents(StoredDocumentRepository documents, ContentSniffer sniffer, DocumentSettings settings, Clock clock,
			EntityManager entityManager) {
		this.documents = documents;
		this.sniffer = sniffer;
		this.settings = settings;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Stores a document for a case. Reads at most {@code enrollflow.document.max-size} plus one byte
	 * of the content, so an upload of any size costs no more memory than that; the stream is left
	 * open. Storing the same content again for the same case and type stores nothing and returns
	 * the document stored before.
	 * @param caseId the application the document belongs to
	 * @param type what the document shows
	 * @param fileName the name the file was uploaded with, or {@code null}; only a label, kept
	 * without any path, control or formatting characters and shortened to 200 characters (when
	 * nothing is left of it, {@code document.jpg}, {@code .png} or {@code .pdf})
	 * @param declaredContentType the type the client declared, or {@code null};
	 * {@code application/octet-stream} declares nothing
	 * @param content the file's content
	 * @param actor who uploads, as {@code Caller.actor()} gives it (at most 100 characters)
	 * @return the stored document
	 * @throws ProblemException 422 {@code DOCUMENT_EMPTY} for an empty file; 413
	 * {@code DOCUMENT_TOO_LARGE} for one over the limit; 415 {@code DOCUMENT_TYPE_NOT_ALLOWED} when the
	 * content is not JPEG, PNG or PDF; 415 {@code DOCUMENT_TYPE_MISMATCH} when the declared type or
	 * the name's extension says it is another type than its content; 409
	 * {@code DOCUMENT_LIMIT_REACHED} when the case already holds {@code enrollflow.document.max-per-case}
	 * documents
	 */
	public DocumentView store(UUID caseId, DocumentType type, String fileName, String declaredContentType,
			InputStream content, String actor) {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(content, "content");
		if (!StringUtils.hasText(actor) || actor.length() > MAX_ACTOR_LENGTH) {
			throw new IllegalArgumentException("An actor of 1 to " + MAX_ACTOR_LENGTH + " characters is required");
		}
		byte[] bytes = read(content);
		String name = FileNames.clean(fileName);
		AcceptedFormat format = sniffer.formatOf(bytes, name, declaredContentType);
		String sha256 = sha256(bytes);
		Optional<DocumentView> stored = documents.sameContent(caseId, type, sha256);
		if (stored.isPresent()) {
			return stored.get();
		}
		if (documents.countOf(caseId) >= settings.maxPerCase()) {
			throw ProblemException.conflict("DOCUMENT_LIMIT_REACHED", settings.maxPerCase());
		}
		StoredDocument document = new StoredDocument(caseId, type, format,
				name.isEmpty() ? "document" + format.extension() : name, bytes, sha256, clock.instant(), actor);
		entityManager.persist(document);
		DocumentView view = document.toView();
		log.info("Stored document {} of case {}: {}, {}, {} bytes", view.id(), caseId, type, view.mediaType(),
				view.size());
		return view;
	}

	/** The case's documents, oldest first, without their content. */
	@Transactional(readOnly = true)
	public List<DocumentView> ofCase(UUID caseId) {
		return documents.viewsOf(caseId);
	}

	/** A document of the case with its content; empty when the case has no such document. */
	@Transactional(readOnly = true)
	public Optional<DocumentContent> content(UUID caseId, UUID documentId) {
		return documents.findByIdAndOwnerCaseId(documentId, caseId).map(StoredDocument::toContent);
	}

	/**
	 * Deletes a document of the case.
	 * @throws ProblemException 404 {@code DOCUMENT_NOT_FOUND} when the case has no such document
	 */
	public void delete(UUID caseId, UUID documentId) {
		if (documents.deleteOf(caseId, documentId) == 0) {
			throw ProblemException.notFound("DOCUMENT_NOT_FOUND");
		}
		log.info("Deleted document {} of case {}", documentId, caseId);
	}

	/**
	 * Deletes all documents of the case, for example with a draft that is deleted.
	 * @return how many there were
	 */
	public int deleteAllOf(UUID caseId) {
		int deleted = documents.deleteAllOf(caseId);
		log.info("Deleted {} documents of case {}", deleted, caseId);
		return deleted;
	}

	/** How many documents of each type the case holds, with every type present (0 for none), in declaration order. */
	@Transactional(readOnly = true)
	public Map<DocumentType, Long> countsByType(UUID caseId) {
		Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);
		for (DocumentType type : DocumentType.values()) {
			counts.put(type, 0L);
		}
		for (Object[] row : documents.countsByType(caseId)) {
			counts.put((DocumentType) row[0], (Long) row[1]);
		}
		return counts;
	}

	private byte[] read(InputStream content) {
		DataSize maxSize = settings.maxSize();
		byte[] bytes;
		try {
			bytes = content.readNBytes(Math.toIntExact(maxSize.toBytes() + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded document", ex);
		}
		if (bytes.length == 0) {
			throw ProblemException.unprocessable("DOCUMENT_EMPTY");
		}
		if (bytes.length > maxSize.toBytes()) {
			throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "DOCUMENT_TOO_LARGE", shown(maxSize));
		}
		return bytes;
	}

	/** A size as families read it: {@code 5 MB}, {@code 300 KB}, {@code 999 B}. */
	static String shown(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " B";
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
