package org.enrollflow.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.enrollflow.account.Caller;
import org.enrollflow.portal.FormErrors;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The files chosen in the points registration form ({@code file.<DOCUMENT_TYPE>}), stored under their
 * document types as {@code POST .../documents} does, with each refusal by its {@code documents.<TYPE>}
 * field; and the form's buttons that delete an uploaded document ({@code deleteDocument}).
 */
@Component
class PointsUploadForms {

	private static final String FILE = "file.";

	private final PointsPathPages pages;
	private final CaseDocuments documents;

	PointsUploadForms(PointsPathPages pages, CaseDocuments documents) {
		this.pages = pages;
		this.documents = documents;
	}

	/** Stores each file chosen; the refusals by field, none if all were stored. */
	Map<String, String> store(Caller caller, UUID id, HttpServletRequest request) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			return problems;
		}
		multipart.getMultiFileMap().forEach((name, files) -> {
			if (!name.startsWith(FILE)) {
				return;
			}
			String typeName = name.substring(FILE.length());
			for (MultipartFile file : files) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
					continue;
				}
				try {
					documents.upload(caller, id, CaseDocuments.type(typeName), file);
				}
				catch (ProblemException problem) {
					problems.putIfAbsent("documents." + typeName, pages.errors(problem).summary());
				}
			}
		});
		return problems;
	}

	/**
	 * Deletes the document the form's button names, as {@code DELETE .../documents/{documentId}} does.
	 * @return the refusal, on field {@code documents}; {@link FormErrors#NONE} once deleted
	 */
	FormErrors delete(Caller caller, UUID id, String documentId) {
		try {
			documents.delete(caller, id, documentIdOf(documentId));
			return FormErrors.NONE;
		}
		catch (ProblemException problem) {
			String message = pages.errors(problem).summary();
			return new FormErrors(message, Map.of("documents", message));
		}
	}

	private static UUID documentIdOf(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.notFound("DOCUMENT_NOT_FOUND");
		}
	}

}
