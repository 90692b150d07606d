package org.enrollflow.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every query but {@link #findByIdAndOwnerCaseId} leaves the content in the database. */
interface StoredDocumentRepository extends Repository<StoredDocument, UUID> {

	String VIEW = "select new org.enrollflow.document.DocumentView(d.id, d.ownerCaseId, d.type, d.mediaType, "
			+ "d.sizeBytes, d.sha256, d.originalFileName, d.uploadedAt) from StoredDocument d ";

	Optional<StoredDocument> findByIdAndOwnerCaseId(UUID id, UUID ownerCaseId);

	@Query(VIEW + "where d.ownerCaseId = :caseId order by d.uploadedAt, d.id")
	List<DocumentView> viewsOf(UUID caseId);

	@Query(VIEW + "where d.ownerCaseId = :caseId and d.type = :type and d.sha256 = :sha256")
	Optional<DocumentView> sameContent(UUID caseId, DocumentType type, String sha256);

	@Query("select count(d) from StoredDocument d where d.ownerCaseId = :caseId")
	long countOf(UUID caseId);

	@Query("select d.type, count(d) from StoredDocument d where d.ownerCaseId = :caseId group by d.type")
	List<Object[]> countsByType(UUID caseId);

	@Modifying
	@Query("delete from StoredDocument d where d.id = :id and d.ownerCaseId = :caseId")
	int deleteOf(UUID caseId, UUID id);

	@Modifying
	@Query("delete from StoredDocument d where d.ownerCaseId = :caseId")
	int deleteAllOf(UUID caseId);

}
