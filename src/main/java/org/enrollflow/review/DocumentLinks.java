package org.enrollflow.review;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.enrollflow.document.DocumentType;
import org.enrollflow.document.DocumentView;
import org.springframework.stereotype.Component;

/** Links to a case's documents for a reviewer's form, which shows documents as links, not as file pickers. */
@Component
class DocumentLinks {

	private final FormFactTexts texts;

	DocumentLinks(FormFactTexts texts) {
		this.texts = texts;
	}

	/**
	 * The documents as a Markdown list of links that open in a new window (Tasklist's form renders
	 * Markdown and keeps {@code target="_blank"}), each named by its type and file name. A string
	 * variable holds at most {@value PointsAuditFormFacts#MAX_TEXT} characters: documents past that are counted, with a
	 * link to the case's list of documents.
	 */
	String of(UUID applicationId, List<DocumentView> caseDocuments, Predicate<DocumentType> shown) {
		List<DocumentView> listed = caseDocuments.stream().filter(document -> shown.test(document.type())).toList();
		if (listed.isEmpty()) {
			return texts.both("review.points.documents.none");
		}
		StringBuilder links = new StringBuilder();
		for (int index = 0; index < listed.size(); index++) {
			DocumentView document = listed.get(index);
			String separator = index == 0 ? "" : "\n";
			String link = separator + link(documentPath(applicationId, document.id()),
					texts.both(document.type().messageKey()) + ": " + document.fileName());
			int after = listed.size() - index - 1;
			String reserved = after == 0 ? "" : "\n" + more(applicationId, after);
			if (links.length() + link.length() + reserved.length() > PointsAuditFormFacts.MAX_TEXT) {
				return links.append(separator).append(more(applicationId, listed.size() - index)).toString();
			}
			links.append(link);
		}
		return links.toString();
	}

	private String more(UUID applicationId, int documentCount) {
		return link("/review/applications/" + applicationId + "/documents",
				texts.both("review.points.documents.more", String.valueOf(documentCount)));
	}

	private static String link(String path, String label) {
		return "- <a href=\"" + path + "\" target=\"_blank\">" + escaped(label) + "</a>";
	}

	/** Where a reviewer logged into Tasklist opens the document, with that login. */
	static String documentPath(UUID applicationId, UUID documentId) {
		return "/review/applications/" + applicationId + "/documents/" + documentId;
	}

	/**
	 * The text with ASCII punctuation as HTML character references, so that a file name can neither
	 * end the link nor read as Markdown or as a form template ({@code {{...}}}).
	 */
	static String escaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (codePoint >= 128 || codePoint == ' ' || Character.isLetterOrDigit(codePoint)) {
				escaped.appendCodePoint(codePoint);
			}
			else {
				escaped.append("&#").append(codePoint).append(';');
			}
		});
		return escaped.toString();
	}

}
