package org.enrollflow.verificationcode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Stores codes as HMAC-SHA256 over account, purpose and code. A million possible codes are quickly tried
 * against a plain or salted hash, even a slow one; without the key, which is not in the database, the
 * stored hashes tell nothing.
 */
@Component
class CodeHasher {

	private static final Logger log = LoggerFactory.getLogger(CodeHasher.class);

	private static final int MIN_KEY_BYTES = 32;

	private final SecretKeySpec key;

	CodeHasher(VerificationCodeSettings settings) {
		this.key = new SecretKeySpec(keyOf(settings.hashKey()), "HmacSHA256");
	}

	String hash(UUID accountId, Purpose purpose, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] input = (accountId + ":" + purpose.name() + ":" + code).getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(mac.doFinal(input));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** Whether the code is the one stored under {@code storedHash}, compared in constant time. */
	boolean matches(String storedHash, UUID accountId, Purpose purpose, String code) {
		return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
				hash(accountId, purpose, code).getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] keyOf(String base64) {
		if (!StringUtils.hasText(base64)) {
			log.warn("No enrollflow.verification-code.hash-key is configured: generated one for this run. "
					+ "Codes sent before a restart, or by another node, will not be accepted.");
			byte[] key = new byte[MIN_KEY_BYTES];
			new SecureRandom().nextBytes(key);
			return key;
		}
		byte[] key = Base64.getDecoder().decode(base64.strip());
		if (key.length < MIN_KEY_BYTES) {
			throw new IllegalStateException("enrollflow.verification-code.hash-key must be at least " + MIN_KEY_BYTES
					+ " bytes (base64), found " + key.length);
		}
		return key;
	}

}
