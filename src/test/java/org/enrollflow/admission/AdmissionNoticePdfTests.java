package org.enrollflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.enrollflow.shared.IdNumbers;
import org.junit.jupiter.api.Test;

class AdmissionNoticePdfTests {

	/** 𠮷 is U+20BB7, CJK Extension B: a surrogate pair in Java. */
	private static final String RARE_NAME = "周\uD842\uDFB7";

	private static final String FULL_ID = fullId("32040220180901123");

	private static final String OTHER_FULL_ID = fullId("11010520190315004");

	private static final AdmissionNoticePdf PDF = new AdmissionNoticePdf();

	@Test
	void admittedChildWithAnExtensionBCharacter() throws IOException {
		AdmissionNotice notice = new AdmissionNotice("2025年义务教育学校招生", RARE_NAME, IdNumbers.mask(FULL_ID), true,
				"常州市实验小学", "常州市天宁区局前街 68 号", "常州市天宁区教育局", LocalDate.of(2025, 7, 15), "TN-2025-000417");

		byte[] pdf = render(notice);
		String text = text(pdf);

		assertThat(RARE_NAME.codePointAt(1)).isEqualTo(0x20BB7);
		assertThat(text).contains(RARE_NAME, "常州市实验小学", "320402********", IdNumbers.mask(FULL_ID), "录取通知书",
				"Admission notice", "常州市天宁区教育局", "2025年7月15日", "15 July 2025", "TN-2025-000417");
		assertThat(text).containsIgnoringWhitespaces(
				"经审核，" + RARE_NAME + "（身份证号 " + IdNumbers.mask(FULL_ID) + "）被录取至常州市实验小学。",
				RARE_NAME + " is admitted to 常州市实验小学.", "常州市天宁区局前街 68 号");
		assertThat(flat(text)).doesNotContain(FULL_ID, "20180901");
		assertFontsEmbeddedAndDrawn(pdf, RARE_NAME);
		assertMetadata(pdf, RARE_NAME);
	}

	@Test
	void childNotAdmittedIsToldToWaitForTheBureau() throws IOException {
		AdmissionNotice notice = new AdmissionNotice("2025年义务教育学校招生", RARE_NAME, IdNumbers.mask(FULL_ID), false,
				null, null, "常州市天宁区教育局", LocalDate.of(2025, 7, 15), "TN-2025-000418");

		String text = text(render(notice));

		assertThat(text).contains(RARE_NAME, IdNumbers.mask(FULL_ID));
		assertThat(text).containsIgnoringWhitespaces("本次未被录取。请等待常州市天宁区教育局统筹安排学位",
				RARE_NAME + " has not been admitted", "Please wait for the arrangement of 常州市天宁区教育局");
		assertThat(flat(text)).doesNotContain("被录取至", "isadmittedto", FULL_ID);
	}

	@Test
	void commonNameAdmittedAndNotAdmitted() throws IOException {
		AdmissionNotice admitted = new AdmissionNotice("2025年义务教育学校招生", "林一鸣", IdNumbers.mask(OTHER_FULL_ID), true,
				"北京市朝阳区芳草地国际学校", null, "北京市朝阳区教育委员会", LocalDate.of(2025, 7, 20), "CY-2025-001203");
		AdmissionNotice notAdmitted = new AdmissionNotice("2025年义务教育学校招生", "林一鸣", IdNumbers.mask(OTHER_FULL_ID),
				false, null, null, "北京市朝阳区教育委员会", LocalDate.of(2025, 7, 20), "CY-2025-001204");

		byte[] pdf = render(admitted);
		String admittedText = text(pdf);
		String notAdmittedText = text(render(notAdmitted));

		assertThat(admittedText).contains("林一鸣", "110105********", IdNumbers.mask(OTHER_FULL_ID))
			.containsIgnoringWhitespaces("被录取至北京市朝阳区芳草地国际学校。", "林一鸣 is admitted to 北京市朝阳区芳草地国际学校.");
		assertThat(flat(admittedText)).doesNotContain(OTHER_FULL_ID, "学校地址");
		assertThat(notAdmittedText).contains("林一鸣").containsIgnoringWhitespaces("本次未被录取");
		assertThat(flat(notAdmittedText)).doesNotContain(OTHER_FULL_ID, "芳草地");
		assertFontsEmbeddedAndDrawn(pdf, "林一鸣");
		assertMetadata(pdf, "林一鸣");
	}

	@Test
	void refusesAnUnmaskedIdNumberAndASchoolForAChildNotAdmitted() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AdmissionNotice("c", "林一鸣", FULL_ID, true, "s", null,
				"b", LocalDate.of(2025, 7, 1), "r"));
		assertThatIllegalArgumentException().isThrownBy(() -> new AdmissionNotice("c", "林一鸣", null, false, "s", null,
				"b", LocalDate.of(2025, 7, 1), "r"));
		assertThatIllegalArgumentException().isThrownBy(() -> new AdmissionNotice("c", "林一鸣", null, true, null, null,
				"b", LocalDate.of(2025, 7, 1), "r"));
	}

	private static byte[] render(AdmissionNotice notice) throws IOException {
		long start = System.nanoTime();
		byte[] pdf = PDF.render(notice);
		System.out.printf("admission notice %s (%s, %s): %,d bytes in %d ms%n", notice.reference(), notice.childName(),
				notice.admitted() ? "admitted" : "not admitted", pdf.length, (System.nanoTime() - start) / 1_000_000);
		assertThat(pdf.length).as("PDF size in bytes").isLessThan(2 * 1024 * 1024);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle box = document.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
		}
		return pdf;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * Every font is embedded, a CFF subset of Source Han Sans SC, and each character of the name is
	 * drawn with a real glyph (not .notdef).
	 */
	private static void assertFontsEmbeddedAndDrawn(byte[] pdf, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(0);
			List<PDFont> fonts = new ArrayList<>();
			for (var fontName : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(fontName));
			}
			assertThat(fonts).isNotEmpty().allSatisfy(font -> {
				assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+SourceHanSansSC-.*");
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(((PDType0Font) font).getDescendantFont()).isInstanceOf(PDCIDFontType0.class);
			});

			List<String> drawn = new ArrayList<>();
			PDFTextStripper glyphs = new PDFTextStripper() {
				@Override
				protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
						throws IOException {
					String unicode = font.toUnicode(code);
					if (unicode != null && name.contains(unicode)) {
						assertThat(((PDVectorFont) font).hasGlyph(code)).as("glyph for " + unicode).isTrue();
						assertThat(code).as("code for " + unicode).isNotZero();
						drawn.add(unicode);
					}
					super.showGlyph(textRenderingMatrix, font, code, displacement);
				}
			};
			glyphs.getText(document);
			assertThat(String.join("", drawn)).contains(name);
		}
	}

	private static void assertMetadata(byte[] pdf, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("录取通知书 Admission notice – " + name);
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
			assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
		}
	}

	/** The text without white space, as lines may break anywhere between Chinese characters. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String fullId(String first17) {
		return first17 + IdNumbers.checkCharacter(first17);
	}

}
