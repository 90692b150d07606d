package org.enrollflow.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/** Real files of the accepted formats, and files that only pretend to be one. */
public final class DocumentSamples {

	private DocumentSamples() {
	}

	public static byte[] jpeg() {
		return image("jpg", Color.BLUE);
	}

	public static byte[] png() {
		return image("png", Color.RED);
	}

	/** A PNG that differs from {@link #png()} and from every other with another {@code seed}. */
	static byte[] png(int seed) {
		return image("png", new Color(seed & 0xFFFFFF));
	}

	/** A one-page PDF that PDF readers open: header, catalog, page tree, page, cross-reference table. */
	public static byte[] pdf() {
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" };
		for (int i = 0; i < objects.length; i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] text() {
		return "Birth certificate, typed up by hand.\n".getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Windows executable: the {@code MZ} header and the DOS stub's message. */
	static byte[] executable() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		bytes[4] = 0x03;
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, bytes, 78, stub.length);
		return bytes;
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Text that mentions a PDF header further in, which Tika alone would take for a PDF. */
	static byte[] textWithPdfMarker() {
		return "not a pdf, only text that says %PDF-1.4 somewhere\n".getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] image(String format, Color color) {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 16, 12);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
