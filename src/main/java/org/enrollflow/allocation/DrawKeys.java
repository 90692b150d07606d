package org.enrollflow.allocation;

import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * The draw keys of one seed: HMAC-SHA256 keyed with the seed's bytes over the ASCII bytes of a
 * child key. One {@link Mac} serves every key; not thread-safe.
 */
final class DrawKeys {

	static final int LENGTH = 32;

	private static final String HMAC_SHA256 = "HmacSHA256";

	private final Mac mac;
	private final byte[] message = new byte[Identifiers.MAX_LENGTH];
	private final byte[] key = new byte[LENGTH];

	DrawKeys(LotterySeed seed) {
		try {
			this.mac = Mac.getInstance(HMAC_SHA256);
			this.mac.init(new SecretKeySpec(seed.bytes(), HMAC_SHA256));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HMAC-SHA256", ex);
		}
	}

	/** The draw key of a child key (a new array). */
	byte[] of(String childKey) {
		compute(childKey);
		return key.clone();
	}

	/** The first eight bytes of the draw key, big-endian: comparing them unsigned orders by the key. */
	long prefixOf(String childKey) {
		compute(childKey);
		return prefix();
	}

	/** {@link #prefixOf(String)} of the child key in {@code bytes[from, to)}. */
	long prefixOf(byte[] bytes, int from, int to) {
		compute(bytes, from, to - from);
		return prefix();
	}

	/** Orders two child keys by their draw keys (unsigned, byte by byte), then by themselves. */
	int compare(String childKey, String otherChildKey) {
		int byKey = Arrays.compareUnsigned(of(childKey), of(otherChildKey));
		return byKey != 0 ? byKey : childKey.compareTo(otherChildKey);
	}

	private void compute(String childKey) {
		int length = childKey.length();
		for (int i = 0; i < length; i++) {
			message[i] = (byte) childKey.charAt(i);
		}
		compute(message, 0, length);
	}

	private void compute(byte[] bytes, int from, int length) {
		mac.update(bytes, from, length);
		try {
			mac.doFinal(key, 0);
		}
		catch (ShortBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long prefix() {
		long prefix = 0;
		for (int i = 0; i < Long.BYTES; i++) {
			prefix = (prefix << 8) | (key[i] & 0xFF);
		}
		return prefix;
	}

}
