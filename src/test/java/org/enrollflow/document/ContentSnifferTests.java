package org.enrollflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.enrollflow.shared.ProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

class ContentSnifferTests {

	private final ContentSniffer sniffer = new ContentSniffer();

	@Test
	void acceptsJpegPngAndPdfByTheirContent() {
		assertThat(sniffer.formatOf(DocumentSamples.jpeg(), "photo.jpg", "image/jpeg")).isEqualTo(AcceptedFormat.JPEG);
		assertThat(sniffer.formatOf(DocumentSamples.png(), "screenshot.png", "image/png")).isEqualTo(AcceptedFormat.PNG);
		assertThat(sniffer.formatOf(DocumentSamples.pdf(), "scan.pdf", "application/pdf")).isEqualTo(AcceptedFormat.PDF);
	}

	@Test
	void acceptsAPdfThatBeginsWithAByteOrderMark() {
		byte[] pdf = DocumentSamples.pdf();
		byte[] withMark = new byte[pdf.length + 3];
		withMark[0] = (byte) 0xEF;
		withMark[1] = (byte) 0xBB;
		withMark[2] = (byte) 0xBF;
		System.arraycopy(pdf, 0, withMark, 3, pdf.length);

		assertThat(sniffer.formatOf(withMark, "scan.pdf", "application/pdf")).isEqualTo(AcceptedFormat.PDF);
	}

	@Test
	void acceptsWhenNeitherNameNorDeclaredTypeSaysAnything() {
		assertThat(sniffer.formatOf(DocumentSamples.png(), "", null)).isEqualTo(AcceptedFormat.PNG);
		assertThat(sniffer.formatOf(DocumentSamples.png(), "微信图片", " ")).isEqualTo(AcceptedFormat.PNG);
		assertThat(sniffer.formatOf(DocumentSamples.jpeg(), "张三.身份证", "application/octet-stream"))
			.isEqualTo(AcceptedFormat.JPEG);
		assertThat(sniffer.formatOf(DocumentSamples.pdf(), "scan", "not a media type")).isEqualTo(AcceptedFormat.PDF);
	}

	@Test
	void readsNamesAndDeclaredTypesAsClientsWriteThem() {
		assertThat(sniffer.formatOf(DocumentSamples.jpeg(), "IMG_0001.JPG", "image/jpg")).isEqualTo(AcceptedFormat.JPEG);
		assertThat(sniffer.formatOf(DocumentSamples.jpeg(), "photo.jpeg", "image/pjpeg")).isEqualTo(AcceptedFormat.JPEG);
		assertThat(sniffer.formatOf(DocumentSamples.jpeg(), "photo.jfif", "IMAGE/JPEG; name=photo.jfif"))
			.isEqualTo(AcceptedFormat.JPEG);
		assertThat(sniffer.formatOf(DocumentSamples.png(), "scan.PNG", "image/x-png")).isEqualTo(AcceptedFormat.PNG);
		assertThat(sniffer.formatOf(DocumentSamples.pdf(), "scan.Pdf", "application/x-pdf")).isEqualTo(AcceptedFormat.PDF);
	}

	@Test
	void refusesAPngNamedAndDeclaredAsPdf() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.png(), "scan.pdf", "application/pdf"), "DOCUMENT_TYPE_MISMATCH",
				"PNG", "application/pdf", ".png");
	}

	@Test
	void refusesAPngNamedAsPdf() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.png(), "scan.pdf", null), "DOCUMENT_TYPE_MISMATCH", "PNG",
				".pdf", ".png");
	}

	@Test
	void refusesAJpegDeclaredAsPng() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.jpeg(), "photo", "image/png"), "DOCUMENT_TYPE_MISMATCH",
				"JPEG", "image/png", ".jpg");
	}

	@Test
	void refusesAPdfNamedAsAnotherKindOfFile() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.pdf(), "contract.docx", null), "DOCUMENT_TYPE_MISMATCH", "PDF",
				".docx", ".pdf");
	}

	@Test
	void refusesTextNamedAsJpeg() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.text(), "photo.jpg", "image/jpeg"),
				"DOCUMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void refusesAnExecutableWhateverItIsCalled() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.executable(), "scan.pdf", "application/pdf"),
				"DOCUMENT_TYPE_NOT_ALLOWED");
		assertRefused(() -> sniffer.formatOf(DocumentSamples.executable(), "", null), "DOCUMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void refusesHtml() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.html(), "page.png", "image/png"), "DOCUMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void refusesTextThatOnlyMentionsAPdfHeader() {
		assertRefused(() -> sniffer.formatOf(DocumentSamples.textWithPdfMarker(), "scan.pdf", "application/pdf"),
				"DOCUMENT_TYPE_NOT_ALLOWED");
	}

	@Test
	void refusesOtherImageFormats() {
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);

		assertRefused(() -> sniffer.formatOf(gif, "photo.gif", "image/gif"), "DOCUMENT_TYPE_NOT_ALLOWED");
	}

	private static void assertRefused(ThrowingCallable call, String code, Object... arguments) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
			assertThat(problem.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			assertThat(problem.code()).isEqualTo(code);
			assertThat(problem.arguments()).containsExactly(arguments);
		});
	}

}
