package org.enrollflow.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The formats a document may have. Each begins with its signature: a file that merely contains one
 * further in, which Apache Tika would still take for the format, is not accepted as it.
 */
enum AcceptedFormat {

	JPEG("image/jpeg", "JPEG", ".jpg", List.of(bytes(0xFF, 0xD8, 0xFF))),

	PNG("image/png", "PNG", ".png", List.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))),

	PDF("application/pdf", "PDF", ".pdf",
			List.of("%PDF-".getBytes(StandardCharsets.US_ASCII), bytes(0xEF, 0xBB, 0xBF, '%', 'P', 'D', 'F', '-')));

	private final String mediaType;

	private final String displayName;

	private final String extension;

	private final List<byte[]> signatures;

	AcceptedFormat(String mediaType, String displayName, String extension, List<byte[]> signatures) {
		this.mediaType = mediaType;
		this.displayName = displayName;
		this.extension = extension;
		this.signatures = signatures;
	}

	/** The accepted format of this media type whose signature the content begins with. */
	static Optional<AcceptedFormat> of(String mediaType, byte[] content) {
		return Arrays.stream(values())
			.filter(format -> format.mediaType.equals(mediaType) && format.beginsWithSignature(content))
			.findFirst();
	}

	String mediaType() {
		return mediaType;
	}

	/** The format's name in messages, the same in every language. */
	String displayName() {
		return displayName;
	}

	/** The extension a file of this format is named with, e.g. {@code .jpg}. */
	String extension() {
		return extension;
	}

	private boolean beginsWithSignature(byte[] content) {
		return signatures.stream()
			.anyMatch(signature -> content.length >= signature.length
					&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length));
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
