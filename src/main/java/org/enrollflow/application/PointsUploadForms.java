package org.enrollflow.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.enrollflow.account.Caller;
import org.enrollflow.document.DocumentType;
import org.enrollflow.document.Documents;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The files chosen in the points registration form ({@code file.<DOCUMENT_TYPE>}), stored under their
 * document types as {@code POST .../documents} does, with each refusal by its {@code documents.<TYPE>}
 * field.
 */
@Component
class PointsUploadForms {

	/** The cases nothing may be uploaded to any more, as {@link CaseDocumentController} refuses them. */
	private static final Set<ApplicationStatus> CLOSED = EnumSet.of(ApplicationStatus.ABANDONED,
			ApplicationStatus.WITHDRAWN, ApplicationStatus.ONSITE_REJECTED, ApplicationStatus.ADMITTED,
			ApplicationStatus.NOT_ADMITTED);

	private static final String FILE = "file.";

	private final PointsPathPages pages;
	private final CaseAccess access;
	private final Documents documents;
	private final TransactionTemplate transactions;

	PointsUploadForms(PointsPathPages pages, CaseAccess access, Documents documents,
			PlatformTransactionManager transactionManager) {
		this.pages = pages;
		this.access = access;
		this.documents = documents;
		this.transactions = new TransactionTemplate(transactionManager);
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
					store(caller, id, documentType(typeName), file);
				}
				catch (ProblemException problem) {
					problems.putIfAbsent("documents." + typeName, pages.errors(problem).summary());
				}
			}
		});
		return problems;
	}

	private void store(Caller caller, UUID id, DocumentType type, MultipartFile file) {
		transactions.executeWithoutResult(status -> {
			Application application = access.require(caller, id, null);
			if (CLOSED.contains(application.status())) {
				throw ProblemException.conflict("INVALID_STATE", application.status().name());
			}
			try (InputStream content = file.getInputStream()) {
				documents.store(id, type, file.getOriginalFilename(), file.getContentType(), content, caller.actor());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static DocumentType documentType(String name) {
		try {
			return DocumentType.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField("type", "DOCUMENT_TYPE_UNKNOWN");
		}
	}

}
