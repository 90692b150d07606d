package org.enrollflow.application;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.enrollflow.account.Callers;
import org.enrollflow.document.DocumentContent;
import org.enrollflow.document.DocumentType;
import org.enrollflow.document.DocumentView;
import org.enrollflow.document.Documents;
import org.enrollflow.shared.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's documents: its family (or counter staff) upload them while the case is open, and the
 * family and the case's reviewers read them. Everyone else gets "not found". Reviewers also read
 * them under {@value #REVIEW_PATH}, with their Tasklist login, from the links in their forms.
 */
@RestController
class CaseDocumentController {

	static final String API_PATH = "/api/applications/{id}/documents";

	static final String REVIEW_PATH = "/review/applications/{id}/documents";

	private static final Set<ApplicationStatus> CLOSED = EnumSet.of(ApplicationStatus.ABANDONED,
			ApplicationStatus.WITHDRAWN, ApplicationStatus.ONSITE_REJECTED, ApplicationStatus.ADMITTED,
			ApplicationStatus.NOT_ADMITTED);

	private final CaseAccess access;
	private final Documents documents;
	private final Callers callers;

	CaseDocumentController(CaseAccess access, Documents documents, Callers callers) {
		this.access = access;
		this.documents = documents;
		this.callers = callers;
	}

	@PostMapping(path = API_PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Transactional
	public ResponseEntity<DocumentView> upload(@PathVariable UUID id, @RequestParam("type") String type,
			@RequestParam("file") MultipartFile file) throws IOException {
		Application application = access.require(callers.current(), id, null);
		if (CLOSED.contains(application.status())) {
			throw ProblemException.conflict("INVALID_STATE", application.status().name());
		}
		try (InputStream content = file.getInputStream()) {
			DocumentView stored = documents.store(id, documentType(type), file.getOriginalFilename(),
					file.getContentType(), content, callers.current().actor());
			return ResponseEntity.created(URI.create("/api/applications/" + id + "/documents/" + stored.id()))
				.body(stored);
		}
	}

	@GetMapping({ API_PATH, REVIEW_PATH })
	@Transactional
	public List<DocumentView> list(@PathVariable UUID id) {
		return documents.ofCase(readable(id).id());
	}

	@GetMapping({ API_PATH + "/{documentId}", REVIEW_PATH + "/{documentId}" })
	@Transactional
	public ResponseEntity<byte[]> read(@PathVariable UUID id, @PathVariable UUID documentId) {
		DocumentContent content = documents.content(readable(id).id(), documentId)
			.orElseThrow(() -> ProblemException.notFound("DOCUMENT_NOT_FOUND"));
		DocumentView document = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.eTag("\"" + document.sha256() + "\"")
			.body(content.bytes());
	}

	@DeleteMapping(API_PATH + "/{documentId}")
	@Transactional
	public ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID documentId) {
		Application application = access.require(callers.current(), id, null);
		if (!application.isEditable() && !application.isPointsEditable()) {
			throw ProblemException.conflict("INVALID_STATE", application.status().name());
		}
		documents.content(id, documentId).orElseThrow(() -> ProblemException.notFound("DOCUMENT_NOT_FOUND"));
		documents.delete(id, documentId);
		return ResponseEntity.noContent().build();
	}

	private Application readable(UUID id) {
		return access.findForReading(callers.current(), id)
			.orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND"));
	}

	private static DocumentType documentType(String type) {
		try {
			return DocumentType.valueOf(type.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField("type", "DOCUMENT_TYPE_UNKNOWN");
		}
	}

}
