package org.enrollflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.enrollflow.shared.ProblemException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@EnrollFlowIntegrationTest
class DocumentsIntegrationTests {

	private static final String PARENT = "parent:" + UUID.randomUUID();

	@Autowired
	Documents documents;

	@Autowired
	DocumentSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	private final UUID caseId = UUID.randomUUID();

	@Test
	void storesAJpegWithItsHashSizeAndSniffedType() throws Exception {
		byte[] jpeg = DocumentSamples.jpeg();
		Instant before = clock.instant();

		DocumentView stored = store(DocumentType.HOUSEHOLD_BOOKLET_HEAD, "户口簿户主页.jpg", "image/jpeg", jpeg);

		assertThat(stored.caseId()).isEqualTo(caseId);
		assertThat(stored.type()).isEqualTo(DocumentType.HOUSEHOLD_BOOKLET_HEAD);
		assertThat(stored.mediaType()).isEqualTo("image/jpeg");
		assertThat(stored.size()).isEqualTo(jpeg.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)))
			.hasSize(64);
		assertThat(stored.fileName()).isEqualTo("户口簿户主页.jpg");
		assertThat(stored.uploadedAt()).isBetween(before, clock.instant());
		assertThat(jdbc.queryForObject("select uploaded_by from document where id = ?", String.class, stored.id()))
			.isEqualTo(PARENT);
		DocumentContent content = documents.content(caseId, stored.id()).orElseThrow();
		assertThat(content.document()).isEqualTo(stored);
		assertThat(content.bytes()).isEqualTo(jpeg);
	}

	@Test
	void storesAPngAndAPdfAsTheyWereUploaded() {
		byte[] png = DocumentSamples.png();
		byte[] pdf = DocumentSamples.pdf();

		DocumentView screenshot = store(DocumentType.ID_CARD_FRONT, "身份证.png", "image/png", png);
		DocumentView scan = store(DocumentType.PROPERTY_CERTIFICATE, "房产证.pdf", "application/pdf", pdf);

		assertThat(screenshot.mediaType()).isEqualTo("image/png");
		assertThat(scan.mediaType()).isEqualTo("application/pdf");
		assertThat(documents.content(caseId, screenshot.id()).orElseThrow().bytes()).isEqualTo(png);
		assertThat(documents.content(caseId, scan.id()).orElseThrow().bytes()).isEqualTo(pdf);
	}

	@Test
	void storesADocumentOfExactlyTheLimit() {
		byte[] largest = Arrays.copyOf(DocumentSamples.png(), Math.toIntExact(settings.maxSize().toBytes()));

		DocumentView stored = store(DocumentType.OTHER, "large.png", "image/png", largest);

		assertThat(stored.size()).isEqualTo(settings.maxSize().toBytes());
		assertThat(documents.content(caseId, stored.id()).orElseThrow().bytes()).isEqualTo(largest);
	}

	@Test
	void keepsTheContentInABinaryColumnOnEitherDatabase() {
		String type = jdbc.queryForObject("select data_type from information_schema.columns "
				+ "where lower(table_name) = 'document' and lower(column_name) = 'content'", String.class);

		assertThat(type).isIn("bytea", "BINARY VARYING");
	}

	@Test
	void refusesAPngNamedAndDeclaredAsPdf() {
		assertRefused(() -> store(DocumentType.BIRTH_CERTIFICATE, "出生医学证明.pdf", "application/pdf", DocumentSamples.png()),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_TYPE_MISMATCH");
	}

	@Test
	void refusesTextNamedAsJpeg() {
		assertRefused(() -> store(DocumentType.ID_CARD_FRONT, "id.jpg", "image/jpeg", DocumentSamples.text()),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void refusesAnExecutable() {
		assertRefused(() -> store(DocumentType.OTHER, "scan.pdf", "application/pdf", DocumentSamples.executable()),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void refusesHtml() {
		assertRefused(() -> store(DocumentType.OTHER, "scan.png", "image/png", DocumentSamples.html()),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(() -> store(DocumentType.OTHER, "scan.png", "image/png", new byte[0]),
				HttpStatus.UNPROCESSABLE_ENTITY, "DOCUMENT_EMPTY");
	}

	@Test
	void refusesAFileOverTheLimit() {
		byte[] oversized = Arrays.copyOf(DocumentSamples.png(), Math.toIntExact(settings.maxSize().toBytes() + 1));

		ProblemException refusal = assertRefused(() -> store(DocumentType.OTHER, "large.png", "image/png", oversized),
				HttpStatus.PAYLOAD_TOO_LARGE, "DOCUMENT_TOO_LARGE");
		assertThat(refusal.arguments()).containsExactly("5 MB");
	}

	@Test
	void readsNoMoreOfAHugeUploadThanTheLimitAndOneByte() {
		EndlessPng upload = new EndlessPng();

		assertRefused(() -> documents.store(caseId, DocumentType.OTHER, "huge.png", "image/png", upload, PARENT),
				HttpStatus.PAYLOAD_TOO_LARGE, "DOCUMENT_TOO_LARGE");
		assertThat(upload.read).isEqualTo(settings.maxSize().toBytes() + 1);
	}

	@Test
	void keepsOnlyACleanedFileName() {
		DocumentView stored = store(DocumentType.OTHER, "../../etc/\u0000pa\u202Esswd\r\n.png", "image/png",
				DocumentSamples.png());

		assertThat(stored.fileName()).isEqualTo("passwd.png");
	}

	@Test
	void namesAFileThatHasNoNameLeftByItsFormat() {
		assertThat(store(DocumentType.OTHER, "../", null, DocumentSamples.pdf()).fileName()).isEqualTo("document.pdf");
		assertThat(store(DocumentType.OTHER, null, null, DocumentSamples.jpeg()).fileName()).isEqualTo("document.jpg");
	}

	@Test
	void listsACaseDocumentsWithoutLoadingTheirContent() {
		DocumentView first = store(DocumentType.ID_CARD_FRONT, "front.jpg", "image/jpeg", DocumentSamples.jpeg());
		DocumentView second = store(DocumentType.ID_CARD_BACK, "back.png", "image/png", DocumentSamples.png());
		store(UUID.randomUUID(), DocumentType.ID_CARD_BACK, DocumentSamples.pdf());
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			List<DocumentView> listed = documents.ofCase(caseId);

			assertThat(listed).containsExactly(first, second);
			assertThat(statistics.getEntityLoadCount()).isZero();
			documents.content(caseId, first.id());
			assertThat(statistics.getEntityLoadCount()).isOne();
		}
		finally {
			statistics.setStatisticsEnabled(false);
			statistics.clear();
		}
	}

	@Test
	void doesNotFindADocumentThroughAnotherCase() {
		UUID otherCase = UUID.randomUUID();
		DocumentView stored = store(DocumentType.BIRTH_CERTIFICATE, "birth.pdf", "application/pdf", DocumentSamples.pdf());

		assertThat(documents.content(otherCase, stored.id())).isEmpty();
		assertThat(documents.ofCase(otherCase)).isEmpty();
		assertRefused(() -> documents.delete(otherCase, stored.id()), HttpStatus.NOT_FOUND, "DOCUMENT_NOT_FOUND");
		assertThat(documents.content(caseId, stored.id())).isPresent();
	}

	@Test
	void deletesADocumentOfTheCase() {
		DocumentView kept = store(DocumentType.ID_CARD_FRONT, "front.jpg", "image/jpeg", DocumentSamples.jpeg());
		DocumentView deleted = store(DocumentType.ID_CARD_BACK, "back.png", "image/png", DocumentSamples.png());

		documents.delete(caseId, deleted.id());

		assertThat(documents.ofCase(caseId)).containsExactly(kept);
		assertThat(documents.content(caseId, deleted.id())).isEmpty();
		assertRefused(() -> documents.delete(caseId, deleted.id()), HttpStatus.NOT_FOUND, "DOCUMENT_NOT_FOUND");
	}

	@Test
	void deletesAllDocumentsOfTheCaseOnly() {
		UUID otherCase = UUID.randomUUID();
		store(DocumentType.ID_CARD_FRONT, "front.jpg", "image/jpeg", DocumentSamples.jpeg());
		store(DocumentType.ID_CARD_BACK, "back.png", "image/png", DocumentSamples.png());
		DocumentView other = store(otherCase, DocumentType.OTHER, DocumentSamples.pdf());

		assertThat(documents.deleteAllOf(caseId)).isEqualTo(2);

		assertThat(documents.ofCase(caseId)).isEmpty();
		assertThat(documents.ofCase(otherCase)).containsExactly(other);
	}

	@Test
	void countsTheDocumentsOfEachType() {
		store(DocumentType.BIRTH_CERTIFICATE, "page1.png", "image/png", DocumentSamples.png(1));
		store(DocumentType.BIRTH_CERTIFICATE, "page2.png", "image/png", DocumentSamples.png(2));
		store(DocumentType.MARRIAGE_CERTIFICATE, "marriage.pdf", "application/pdf", DocumentSamples.pdf());
		store(UUID.randomUUID(), DocumentType.DISABILITY_PROOF, DocumentSamples.pdf());

		Map<DocumentType, Long> counts = documents.countsByType(caseId);

		assertThat(counts).containsOnlyKeys(DocumentType.values());
		assertThat(counts.get(DocumentType.BIRTH_CERTIFICATE)).isEqualTo(2);
		assertThat(counts.get(DocumentType.MARRIAGE_CERTIFICATE)).isEqualTo(1);
		assertThat(counts.get(DocumentType.DISABILITY_PROOF)).isZero();
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
	}

	@Test
	void storesTheSameContentOnceForOneType() {
		DocumentView first = store(DocumentType.ID_CARD_FRONT, "front.jpg", "image/jpeg", DocumentSamples.jpeg());

		DocumentView again = store(DocumentType.ID_CARD_FRONT, "front (1).jpg", "image/jpeg", DocumentSamples.jpeg());
		DocumentView asAnotherType = store(DocumentType.OTHER, "front.jpg", "image/jpeg", DocumentSamples.jpeg());

		assertThat(again).isEqualTo(first);
		assertThat(asAnotherType.id()).isNotEqualTo(first.id());
		assertThat(documents.ofCase(caseId)).containsExactly(first, asAnotherType);
	}

	@Test
	void refusesADocumentBeyondTheLimitOfTheCase() {
		for (int i = 0; i < settings.maxPerCase(); i++) {
			store(DocumentType.OTHER, "page" + i + ".png", "image/png", DocumentSamples.png(i));
		}

		ProblemException refusal = assertRefused(
				() -> store(DocumentType.OTHER, "one more.png", "image/png", DocumentSamples.png(-1)), HttpStatus.CONFLICT,
				"DOCUMENT_LIMIT_REACHED");
		assertThat(refusal.arguments()).containsExactly(settings.maxPerCase());
	}

	@Test
	void leavesTheCallersTransactionToCommitAfterARefusal() {
		DocumentView stored = transaction.execute(status -> {
			DocumentView accepted = store(DocumentType.ID_CARD_FRONT, "front.jpg", "image/jpeg", DocumentSamples.jpeg());
			assertThatThrownBy(() -> store(DocumentType.ID_CARD_BACK, "back.jpg", "image/jpeg", DocumentSamples.text()))
				.isInstanceOf(ProblemException.class);
			return accepted;
		});

		assertThat(documents.ofCase(caseId)).containsExactly(stored);
	}

	@Test
	void labelsEveryTypeAndExplainsEveryRefusalInBothLanguages() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (DocumentType type : DocumentType.values()) {
				assertThat(messages.getMessage(type.messageKey(), null, null, locale)).as(type + " in " + locale)
					.isNotBlank();
			}
			for (String code : List.of("DOCUMENT_EMPTY", "DOCUMENT_TYPE_NOT_ALLOWED", "DOCUMENT_NOT_FOUND")) {
				assertThat(messages.getMessage("problem." + code, null, null, locale)).as(code + " in " + locale)
					.isNotBlank()
					.doesNotContain("''");
			}
		}
		assertThat(messages.getMessage(DocumentType.ID_CARD_BACK.messageKey(), null, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("身份证国徽面");
		assertThat(messages.getMessage("problem.DOCUMENT_TOO_LARGE", new Object[] { "5 MB" }, Locale.SIMPLIFIED_CHINESE))
			.contains("5 MB");
		assertThat(messages.getMessage("problem.DOCUMENT_TYPE_MISMATCH", new Object[] { "PNG", ".pdf", ".png" },
				Locale.ENGLISH))
			.isEqualTo("The file's content is PNG, which does not match its name or declared type (.pdf). "
					+ "Please upload the original file, or change its extension to .png and upload it again.");
		assertThat(messages.getMessage("problem.DOCUMENT_LIMIT_REACHED", new Object[] { 50 }, Locale.ENGLISH))
			.contains("at most 50 documents");
	}

	private DocumentView store(DocumentType type, String fileName, String declaredType, byte[] content) {
		return documents.store(caseId, type, fileName, declaredType, new ByteArrayInputStream(content), PARENT);
	}

	private DocumentView store(UUID otherCase, DocumentType type, byte[] content) {
		return documents.store(otherCase, type, null, null, new ByteArrayInputStream(content), PARENT);
	}

	/** Asserts the refusal, and that the case holds the same documents as before. */
	private ProblemException assertRefused(ThrowingCallable call, HttpStatus status, String code) {
		List<DocumentView> before = documents.ofCase(caseId);
		ProblemException refusal = catchThrowableOfType(ProblemException.class, call);
		assertThat(refusal).as("refusal").isNotNull();
		assertThat(refusal.status()).isEqualTo(status);
		assertThat(refusal.code()).isEqualTo(code);
		assertThat(documents.ofCase(caseId)).isEqualTo(before);
		assertThat(countStored()).isEqualTo(before.size());
		return refusal;
	}

	private int countStored() {
		return jdbc.queryForObject("select count(*) from document where owner_case_id = ?", Integer.class, caseId);
	}

	/** A PNG header followed by zeros without end, counting what was read of it. */
	private static final class EndlessPng extends InputStream {

		private final byte[] header = DocumentSamples.png();

		long read;

		@Override
		public int read() {
			return (read < header.length) ? header[(int) read++] & 0xFF : zero();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			for (int i = 0; i < length; i++) {
				buffer[offset + i] = (byte) read();
			}
			return length;
		}

		private int zero() {
			read++;
			return 0;
		}

	}

}
