package org.enrollflow.admission;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

/**
 * Renders an {@link AdmissionNotice} as a one-page A4 PDF, in Chinese with English beneath.
 * <p>
 * The text is set in Source Han Sans SC (SIL OFL 1.1), which covers the names of the registry,
 * CJK Extension B such as 𠮷 (U+20BB7) included, embedded as a subset: a notice is some tens of
 * kilobytes. The font is not in the repository: the build unpacks it to {@value #FONT} on the
 * classpath (see {@code pom.xml}, {@code download-maven-plugin}), and it is read on the first render,
 * not at startup. System fonts are never used.
 * <p>
 * One weight only: OpenPDF keeps every glyph slot of a CFF subset (about 200 KB for this font's
 * 65,535 glyphs, whatever the text), so a second embedded weight would double each notice. Headings
 * are emboldened by stroking their outlines instead.
 * <p>
 * Thread-safe: the parsed font is shared, every render has its own document.
 */
@Component
public class AdmissionNoticePdf {

	static final String FONT = "fonts/source-han-sans-sc/SourceHanSansSC-Regular.otf";

	/** The document's language, {@code /Lang} in the catalog. */
	static final String LANGUAGE = "zh-CN";

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final Color INK = new Color(0x1f, 0x1f, 0x1f);

	private static final Color GREY = new Color(0x5f, 0x5f, 0x5f);

	private static final Color RED = new Color(0xa3, 0x1d, 0x1d);

	private volatile BaseFont font;

	public byte[] render(AdmissionNotice notice) {
		BaseFont f = font();
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(PageSize.A4, 72, 72, 84, 72);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
			writer.setCompressionLevel(PdfStream.BEST_COMPRESSION);
			writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
			writer.setPageEvent(new Border());
			document.addTitle(title(notice));
			document.addSubject(notice.campaignName());
			document.addAuthor(notice.issuedBy());
			document.addKeywords(notice.reference());
			document.addCreator("EnrollFlow");
			document.open();
			writer.createXmpMetadata();
			write(document, notice, f);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Cannot render admission notice " + notice.reference(), ex);
		}
		return out.toByteArray();
	}

	/** The PDF's title: {@code 录取通知书 Admission notice – 周𠮷}. */
	static String title(AdmissionNotice notice) {
		return "录取通知书 Admission notice – " + notice.childName();
	}

	private static void write(Document document, AdmissionNotice notice, BaseFont f) throws DocumentException {
		document.add(centered(new Phrase(notice.campaignName(), new Font(f, 11, Font.NORMAL, GREY)), 0, 18));
		document.add(centered(bold("录取通知书", f, 30, RED), 0, 2));
		document.add(centered(new Phrase("Admission notice", new Font(f, 13, Font.NORMAL, RED)), 0, 34));

		document.add(centered(bold(notice.childName(), f, 26, INK), 0, 4));
		String id = notice.childIdNumberMasked() == null ? " " : "身份证号 ID number  " + notice.childIdNumberMasked();
		document.add(centered(new Phrase(id, new Font(f, 10, Font.NORMAL, GREY)), 0, 30));

		Font chinese = new Font(f, 14, Font.NORMAL, INK);
		Font english = new Font(f, 11, Font.NORMAL, GREY);
		document.add(paragraph(chineseOutcome(notice), chinese, 22, 6));
		document.add(paragraph(englishOutcome(notice), english, 16, 18));
		if (notice.admitted() && notice.schoolAddressOrNull() != null) {
			document.add(paragraph("学校地址 School address：" + notice.schoolAddressOrNull(), english, 16, 18));
		}

		document.add(signature(notice, f));
		document.add(paragraph("通知书编号 Reference  " + notice.reference(),
				new Font(f, 9, Font.NORMAL, GREY), 12, 0));
	}

	/**
	 * 经审核，周𠮷（身份证号 320402********1234）被录取至……。 or, for a child not placed, to wait
	 * for the bureau's arrangement.
	 */
	static String chineseOutcome(AdmissionNotice notice) {
		String child = notice.childName() + (notice.childIdNumberMasked() == null ? ""
				: "（身份证号 " + notice.childIdNumberMasked() + "）");
		if (notice.admitted()) {
			return "经审核，" + child + "被录取至" + notice.schoolName() + "。";
		}
		return "经审核，" + child + "本次未被录取。请等待" + notice.issuedBy() + "统筹安排学位，结果将另行通知。";
	}

	static String englishOutcome(AdmissionNotice notice) {
		if (notice.admitted()) {
			return notice.childName() + " is admitted to " + notice.schoolName() + ".";
		}
		return notice.childName() + " has not been admitted in this round. Please wait for the arrangement of "
				+ notice.issuedBy() + ", which will notify you of the school place.";
	}

	private static PdfPTable signature(AdmissionNotice notice, BaseFont f) {
		PdfPTable table = new PdfPTable(1);
		table.setWidthPercentage(100);
		table.setSpacingBefore(48);
		table.addCell(rightCell(bold(notice.issuedBy(), f, 13, INK)));
		table.addCell(rightCell(new Phrase(CHINESE_DATE.format(notice.issuedOn()), new Font(f, 12, Font.NORMAL, INK))));
		table.addCell(rightCell(new Phrase(ENGLISH_DATE.format(notice.issuedOn()), new Font(f, 10, Font.NORMAL, GREY))));
		return table;
	}

	/** Emboldened by stroking the outlines, 1/30 of the size wide, in the text's colour. */
	private static Phrase bold(String text, BaseFont f, float size, Color color) {
		Chunk chunk = new Chunk(text, new Font(f, size, Font.NORMAL, color));
		chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30, color);
		return new Phrase(chunk);
	}

	private static PdfPCell rightCell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		cell.setPaddingBottom(4);
		return cell;
	}

	private static Paragraph centered(Phrase phrase, float before, float after) {
		Paragraph paragraph = new Paragraph(phrase);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private static Paragraph paragraph(String text, Font font, float leading, float after) {
		Paragraph paragraph = new Paragraph(leading, text, font);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private BaseFont font() {
		BaseFont loaded = this.font;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.font;
				if (loaded == null) {
					loaded = load(FONT);
					this.font = loaded;
				}
			}
		}
		return loaded;
	}

	/** Identity-H and embedded: OpenPDF then writes only the glyphs used (CFF subset) and a ToUnicode map. */
	private static BaseFont load(String resource) {
		byte[] bytes;
		try (InputStream in = AdmissionNoticePdf.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the classpath: the build unpacks it "
						+ "(download-maven-plugin, execution source-han-sans-sc); run ./mvnw process-resources");
			}
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		try {
			BaseFont font = BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED, false, bytes, null);
			font.setSubset(true);
			font.setCompressionLevel(PdfStream.BEST_COMPRESSION);
			return font;
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Cannot load font " + resource, ex);
		}
	}

	/** A thin red double frame, as on printed notices. */
	private static final class Border extends PdfPageEventHelper {

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte canvas = writer.getDirectContentUnder();
			Rectangle page = document.getPageSize();
			canvas.saveState();
			canvas.setColorStroke(RED);
			canvas.setLineWidth(1.6f);
			canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
			canvas.stroke();
			canvas.setLineWidth(0.5f);
			canvas.rectangle(42, 42, page.getWidth() - 84, page.getHeight() - 84);
			canvas.stroke();
			canvas.restoreState();
		}

	}

}
