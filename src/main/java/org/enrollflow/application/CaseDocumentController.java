package org.enrollflow.application;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.enrollflow.account.Callers;
import org.enrollflow.document.DocumentContent;
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

	private final CaseAccess access;
	private final CaseDocuments caseDocuments;
	private final Documents documents;
	private final Callers callers;

	CaseDocumentController(CaseAccess access, CaseDocuments caseDocuments, Documents documents, Callers callers) {
		this.access = access;
		this.caseDocuments = caseDocuments;
		this.documents = documents;
		this.callers = callers;
	}

	@PostMapping(path = API_PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	public ResponseEntity<DocumentView> upload(@PathVariable UUID id, @RequestParam("type") String type,
			@RequestParam("file") MultipartFile file) {
		DocumentView stored = caseDocuments.upload(callers.current(), id, CaseDocuments.type(type), file);
		return ResponseEntity.created(URI.create("/api/applications/" + id + "/documents/" + stored.id())).body(stored);
	}

	@GetMapping({ API_PATH, REVIEW_PATH })
	@Transactional
	public List<DocumentView> list(@PathVariable UUID id) {
		return documents.ofCase(readable(id).id());
	}

	@GetMapping({ API_PATH + "/{documentId}", REVIEW_PATH + "/{documentId}" })
	@Transactional
	public ResponseEntity<byte[]> read(@PathVariable UUID id, @PathVariable UUID documentId) {
		return inline(documents.content(readable(id).id(), documentId)
			.orElseThrow(() -> ProblemException.notFound("DOCUMENT_NOT_FOUND")));
	}

	/** A document as a browser shows it in place, never guessing another type, and kept by no cache. */
	static ResponseEntity<byte[]> inline(DocumentContent content) {
		DocumentView document = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.eTag("\"" + document.sha256() + "\"")
			.body(content.bytes());
	}

	@DeleteMapping(API_PATH + "/{documentId}")
	public ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID documentId) {
		caseDocuments.delete(callers.current(), id, documentId);
		return ResponseEntity.noContent().build();
	}

	private Application readable(UUID id) {
		return access.findForReading(callers.current(), id)
			.orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND"));
	}

}
