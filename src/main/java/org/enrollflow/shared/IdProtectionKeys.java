package org.enrollflow.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keys that protect ID numbers. Production takes both from configuration (base64, 32 bytes);
 * the demo profile may let them be generated once into a key file beside its database, so that a
 * restart still reads what was stored.
 */
@Component
class IdProtectionKeys {

	private static final Logger log = LoggerFactory.getLogger(IdProtectionKeys.class);

	private final byte[] encryptionKey;
	private final byte[] hashKey;

	IdProtectionKeys(Settings settings) throws IOException {
		if (StringUtils.hasText(settings.encryptionKey()) && StringUtils.hasText(settings.hashKey())) {
			this.encryptionKey = decode(settings.encryptionKey(), "enrollflow.security.id-encryption-key");
			this.hashKey = decode(settings.hashKey(), "enrollflow.security.id-hash-key");
		}
		else if (settings.generatedKeyFile() != null) {
			Properties keys = loadOrGenerate(settings.generatedKeyFile());
			this.encryptionKey = decode(keys.getProperty("id-encryption-key"), "id-encryption-key");
			this.hashKey = decode(keys.getProperty("id-hash-key"), "id-hash-key");
		}
		else {
			throw new IllegalStateException("Set enrollflow.security.id-encryption-key and enrollflow.security.id-hash-key "
					+ "(base64 of 32 random bytes each, e.g. `openssl rand -base64 32`)");
		}
	}

	byte[] encryptionKey() {
		return encryptionKey.clone();
	}

	byte[] hashKey() {
		return hashKey.clone();
	}

	private static byte[] decode(String base64, String name) {
		byte[] key = Base64.getDecoder().decode(base64.strip());
		if (key.length != 32) {
			throw new IllegalStateException(name + " must be 32 bytes (base64), found " + key.length);
		}
		return key;
	}

	private static Properties loadOrGenerate(Path file) throws IOException {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				keys.load(in);
			}
			return keys;
		}
		SecureRandom random = new SecureRandom();
		keys.setProperty("id-encryption-key", randomKey(random));
		keys.setProperty("id-hash-key", randomKey(random));
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			keys.store(out, "Demo keys protecting ID numbers; keep with the database they belong to");
		}
		log.warn("Generated demo ID protection keys in {}; configure your own outside the demo", file.toAbsolutePath());
		return keys;
	}

	private static String randomKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	@ConfigurationProperties("enrollflow.security")
	record Settings(String idEncryptionKey, String idHashKey, Path generatedKeyFile) {

		String encryptionKey() {
			return idEncryptionKey;
		}

		String hashKey() {
			return idHashKey;
		}
	}

}
