package org.enrollflow.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Protects ID numbers at rest: AES-GCM for the stored value, and a keyed hash (HMAC-SHA256) for
 * look-ups, so that equal numbers can be found without decrypting anything.
 */
@Component
public class IdNumberProtector {

	private final AesBytesEncryptor encryptor;
	private final SecretKeySpec hashKey;

	IdNumberProtector(IdProtectionKeys keys) {
		this.encryptor = new AesBytesEncryptor(new SecretKeySpec(keys.encryptionKey(), "AES"),
				KeyGenerators.secureRandom(12), CipherAlgorithm.GCM);
		this.hashKey = new SecretKeySpec(keys.hashKey(), "HmacSHA256");
	}

	public String encrypt(String idNumber) {
		if (idNumber == null) {
			return null;
		}
		byte[] cipherText = encryptor.encrypt(IdNumbers.normalize(idNumber).getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(cipherText);
	}

	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		return new String(encryptor.decrypt(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
	}

	/** The look-up hash of a normalized number; equal numbers give equal hashes. */
	public String hash(String idNumber) {
		if (idNumber == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return HexFormat.of().formatHex(mac.doFinal(IdNumbers.normalize(idNumber).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
