package org.enrollflow.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.enrollflow.account.Caller;
import org.enrollflow.document.DocumentType;
import org.enrollflow.document.DocumentView;
import org.enrollflow.document.Documents;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the API and the portal let a family (or counter staff) do with a case's documents: upload
 * them while the case is open, and delete them while the case can still be edited.
 */
@Service
@Transactional
class CaseDocuments {

	private static final Set<ApplicationStatus> CLOSED = EnumSet.of(ApplicationStatus.ABANDONED,
			ApplicationStatus.WITHDRAWN, ApplicationStatus.ONSITE_REJECTED, ApplicationStatus.ADMITTED,
			ApplicationStatus.NOT_ADMITTED);

	private final CaseAccess access;

	private final Documents documents;

	CaseDocuments(CaseAccess access, Documents documents) {
		this.access = access;
		this.documents = documents;
	}

	/**
	 * Stores the uploaded file as a document of the case, as {@link Documents#store} checks it.
	 * @throws ProblemException 404 {@code APPLICATION_NOT_FOUND} for a case the caller may not act on;
	 * 409 {@code INVALID_STATE} for a closed case; any refusal of {@link Documents#store}
	 */
	DocumentView upload(Caller caller, UUID applicationId, DocumentType type, MultipartFile file) {
		Application application = access.require(caller, applicationId, null);
		if (CLOSED.contains(application.status())) {
			throw ProblemException.conflict("INVALID_STATE", application.status().name());
		}
		try (InputStream content = file.getInputStream()) {
			return documents.store(applicationId, type, file.getOriginalFilename(), file.getContentType(), content,
					caller.actor());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded document", ex);
		}
	}

	/**
	 * Deletes a document of the case.
	 * @throws ProblemException 404 {@code APPLICATION_NOT_FOUND} for a case the caller may not act on;
	 * 409 {@code INVALID_STATE} once the case cannot be edited; 404 {@code DOCUMENT_NOT_FOUND} when the
	 * case holds no such document
	 */
	void delete(Caller caller, UUID applicationId, UUID documentId) {
		Application application = access.require(caller, applicationId, null);
		if (!application.isEditable() && !application.isPointsEditable()) {
			throw ProblemException.conflict("INVALID_STATE", application.status().name());
		}
		documents.delete(applicationId, documentId);
	}

	/**
	 * A document type by its name, as clients send it.
	 * @throws ProblemException 400 {@code DOCUMENT_TYPE_UNKNOWN} on field {@code type}
	 */
	static DocumentType type(String name) {
		try {
			return DocumentType.valueOf(name.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField("type", "DOCUMENT_TYPE_UNKNOWN");
		}
	}

}
