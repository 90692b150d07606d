package org.enrollflow.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.core.Authentication;

/**
 * Login name and password pairs that passed recently, so that a client sending HTTP Basic with
 * every request does not pay for a BCrypt hash each time. Pairs are kept only as keyed hashes under
 * a key that lives in memory, and only for a short while.
 */
final class RememberedLogins {

	private final Map<String, Remembered> entries = new ConcurrentHashMap<>();

	private final SecretKeySpec key;

	private final Duration lifetime;

	private final int capacity;

	private final Clock clock;

	RememberedLogins(Duration lifetime, int capacity, Clock clock) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.lifetime = lifetime;
		this.capacity = capacity;
		this.clock = clock;
	}

	/** The authentication of a pair that passed within the lifetime, else {@code null}. */
	Authentication find(String loginName, String password) {
		if (disabled()) {
			return null;
		}
		String entryKey = entryKey(loginName, password);
		Remembered remembered = entries.get(entryKey);
		if (remembered == null) {
			return null;
		}
		if (!remembered.expires().isAfter(clock.instant())) {
			entries.remove(entryKey, remembered);
			return null;
		}
		return remembered.authentication();
	}

	void remember(String loginName, String password, Authentication authentication) {
		if (disabled()) {
			return;
		}
		Instant now = clock.instant();
		if (entries.size() >= capacity) {
			entries.values().removeIf(entry -> !entry.expires().isAfter(now));
			if (entries.size() >= capacity) {
				entries.clear();
			}
		}
		entries.put(entryKey(loginName, password), new Remembered(authentication, now.plus(lifetime)));
	}

	private boolean disabled() {
		return lifetime.isZero() || capacity == 0;
	}

	private String entryKey(String loginName, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] name = loginName.getBytes(StandardCharsets.UTF_8);
			mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
			mac.update(name);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private record Remembered(Authentication authentication, Instant expires) {
	}

}
