package org.enrollflow.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.enrollflow.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Tells an upload's format from its first bytes with Apache Tika's magic-byte detection, which
 * never sees the file name. A file whose name or declared type says it is something else is
 * refused too: such a file is either not what the family meant to send, or made to look like
 * what it is not.
 */
@Component
class ContentSniffer {

	private static final Logger log = LoggerFactory.getLogger(ContentSniffer.class);

	/** Names that clients send for these types but that are not registered ones. */
	private static final Map<String, String> UNREGISTERED_NAMES = Map.of("image/jpg", "image/jpeg", "image/pjpeg",
			"image/jpeg", "image/x-png", "image/png");

	private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

	/**
	 * The format of the content.
	 * @param fileName the file's name, already cleaned, or empty
	 * @param declaredContentType the type the client declared, or {@code null}
	 * @throws ProblemException 415 {@code DOCUMENT_TYPE_NOT_ALLOWED} when the content is not JPEG,
	 * PNG or PDF; 415 {@code DOCUMENT_TYPE_MISMATCH} when the declared type or the name's extension
	 * stands for another type
	 */
	AcceptedFormat formatOf(byte[] content, String fileName, String declaredContentType) {
		String sniffed = sniff(content);
		Optional<AcceptedFormat> accepted = AcceptedFormat.of(sniffed, content);
		if (accepted.isEmpty()) {
			log.info("Refused a document that does not begin as JPEG, PNG or PDF do (detected as {})", sniffed);
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_TYPE_NOT_ALLOWED");
		}
		AcceptedFormat format = accepted.get();
		Optional<Claim> disagreeing = declaredType(declaredContentType).filter(claim -> !claim.isOf(format))
			.or(() -> nameType(fileName).filter(claim -> !claim.isOf(format)));
		if (disagreeing.isPresent()) {
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_TYPE_MISMATCH", format.displayName(),
					disagreeing.get().shownAs(), format.extension());
		}
		return format;
	}

	private String sniff(byte[] content) {
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			return mimeTypes.detect(stream, new Metadata()).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<Claim> declaredType(String declaredContentType) {
		if (!StringUtils.hasText(declaredContentType)) {
			return Optional.empty();
		}
		MediaType declared = MediaType.parse(declaredContentType.strip().toLowerCase(Locale.ROOT));
		if (declared == null) {
			return Optional.empty();
		}
		String base = declared.getBaseType().toString();
		String type = UNREGISTERED_NAMES.getOrDefault(base,
				mimeTypes.getMediaTypeRegistry().normalize(declared.getBaseType()).toString());
		return known(type).map(known -> new Claim(known, base));
	}

	private Optional<Claim> nameType(String fileName) {
		if (fileName.isEmpty()) {
			return Optional.empty();
		}
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try {
			String type = mimeTypes.detect(null, metadata).getBaseType().toString();
			int dot = fileName.lastIndexOf('.');
			return known(type).map(known -> new Claim(known, (dot >= 0) ? fileName.substring(dot) : fileName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A type that says something: not the generic one for any bytes. */
	private static Optional<String> known(String type) {
		return MediaType.OCTET_STREAM.toString().equals(type) ? Optional.empty() : Optional.of(type);
	}

	/**
	 * What a name or a declared type says a file is.
	 * @param mediaType the type it stands for
	 * @param shownAs how the family sees it: the extension, or the declared type
	 */
	private record Claim(String mediaType, String shownAs) {

		boolean isOf(AcceptedFormat format) {
			return mediaType.equals(format.mediaType());
		}

	}

}
