package org.enrollflow.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.enrollflow.document.DocumentType;
import org.enrollflow.points.GuardianIdType;
import org.enrollflow.shared.ProblemException.FieldProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a points-path registration must hold to be submitted: every entry, and exactly the uploads
 * its entries call for. A rare-character name asks for the ID card's two sides (guardian 2) or the
 * household register's page (a child); a non-mainland ID type for the document's photo; a
 * disability for its proof; relation case 2 for the household register's head, father's, mother's
 * and child's pages and the marriage certificate, case 3 for those and the birth certificate.
 */
final class PointsRequirements {

	private PointsRequirements() {
	}

	static List<FieldProblem> missing(Application application, Map<DocumentType, Long> uploaded) {
		List<FieldProblem> missing = new ArrayList<>();
		if (application.guardian1Relation() == null) {
			missing.add(new FieldProblem("guardian1.relation", "REQUIRED"));
		}
		if (application.guardian2Name() == null) {
			missing.add(new FieldProblem("guardian2", "REQUIRED"));
		}
		if (application.address() == null) {
			missing.add(new FieldProblem("address", "REQUIRED"));
		}
		if (application.propertyKind() == null) {
			missing.add(new FieldProblem("property.kind", "REQUIRED"));
		}
		if (application.parentChildCase() == null) {
			missing.add(new FieldProblem("parentChildCase", "REQUIRED"));
		}
		List<ChildEntry> children = application.children();
		for (int i = 0; i < children.size(); i++) {
			ChildEntry child = children.get(i);
			if (child.pinyin() == null) {
				missing.add(new FieldProblem("children[%d].pinyin".formatted(i), "PINYIN_REQUIRED"));
			}
			if (child.disabilityDeclared() && child.disabilityTypeList().isEmpty()) {
				missing.add(new FieldProblem("children[%d].disability.types".formatted(i), "DISABILITY_TYPE_REQUIRED"));
			}
			if (child.disabilityDeclared() && child.disabilityCertificate() == null) {
				missing.add(new FieldProblem("children[%d].disability.certificateNumber".formatted(i), "REQUIRED"));
			}
		}
		required(application).forEach((type, count) -> {
			if (uploaded.getOrDefault(type, 0L) < count) {
				missing.add(new FieldProblem("documents." + type.name(), "DOCUMENT_REQUIRED",
						new DefaultMessageSourceResolvable(type.messageKey()), count));
			}
		});
		return missing;
	}

	/** How many documents of each type the registration's entries call for. */
	static Map<DocumentType, Long> required(Application application) {
		Map<DocumentType, Long> required = new EnumMap<>(DocumentType.class);
		if (application.guardian2RareName()) {
			required.put(DocumentType.ID_CARD_FRONT, 1L);
			required.put(DocumentType.ID_CARD_BACK, 1L);
		}
		if (application.guardian2IdType() != null
				&& GuardianIdType.valueOf(application.guardian2IdType()).requiresDocumentPhoto()) {
			required.put(DocumentType.PASSPORT_PAGE, 1L);
		}
		List<ChildEntry> children = application.children();
		long rareNames = children.stream().filter(ChildEntry::rareName).count();
		long disabled = children.stream().filter(ChildEntry::disabilityDeclared).count();
		Integer relationCase = application.parentChildCase();
		long childPages = relationCase != null && relationCase >= 2 ? children.size() : rareNames;
		put(required, DocumentType.HOUSEHOLD_BOOKLET_CHILD, childPages);
		put(required, DocumentType.DISABILITY_PROOF, disabled);
		if (relationCase != null && relationCase >= 2) {
			required.put(DocumentType.HOUSEHOLD_BOOKLET_HEAD, 1L);
			required.put(DocumentType.HOUSEHOLD_BOOKLET_FATHER, 1L);
			required.put(DocumentType.HOUSEHOLD_BOOKLET_MOTHER, 1L);
			required.put(DocumentType.MARRIAGE_CERTIFICATE, 1L);
		}
		if (relationCase != null && relationCase == 3) {
			required.put(DocumentType.BIRTH_CERTIFICATE, (long) children.size());
		}
		return required;
	}

	private static void put(Map<DocumentType, Long> required, DocumentType type, long count) {
		if (count > 0) {
			required.put(type, count);
		}
	}

}
