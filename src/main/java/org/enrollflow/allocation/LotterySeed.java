package org.enrollflow.allocation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The secret of one lottery: {@value #LENGTH} bytes from a cryptographically secure source. Before
 * the draw only its {@link #commitment() commitment} (the SHA-256 of the bytes) is published; the
 * draw reveals the seed, and anyone can check that it matches the commitment. {@link #toString()}
 * shows the commitment only, so that a seed never reaches a log before it is revealed.
 */
public final class LotterySeed {

	/** The length of a seed in bytes. */
	public static final int LENGTH = 32;

	private static final HexFormat HEX = HexFormat.of();

	private final byte[] bytes;

	private LotterySeed(byte[] bytes) {
		this.bytes = bytes;
	}

	/** Draws a new seed from a {@link SecureRandom}. */
	public static LotterySeed generate() {
		return generate(new SecureRandom());
	}

	/** Draws a new seed from the given source, which must be cryptographically secure. */
	public static LotterySeed generate(SecureRandom random) {
		byte[] bytes = new byte[LENGTH];
		random.nextBytes(bytes);
		return new LotterySeed(bytes);
	}

	/**
	 * The seed written as {@link #hex()} gives it.
	 * @throws IllegalArgumentException unless the text is {@value #LENGTH} bytes in hexadecimal
	 */
	public static LotterySeed fromHex(String hex) {
		if (hex == null || hex.length() != 2 * LENGTH) {
			throw new IllegalArgumentException("A lottery seed is " + 2 * LENGTH + " hexadecimal digits");
		}
		return new LotterySeed(HEX.parseHex(hex));
	}

	/** The seed as {@value #LENGTH} bytes (a copy). */
	public byte[] bytes() {
		return bytes.clone();
	}

	/** The seed as 64 lowercase hexadecimal digits. */
	public String hex() {
		return HEX.formatHex(bytes);
	}

	/** The SHA-256 of the seed's bytes as 64 lowercase hexadecimal digits: what is published first. */
	public String commitment() {
		return HEX.formatHex(sha256(bytes));
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LotterySeed seed && MessageDigest.isEqual(bytes, seed.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "LotterySeed[commitment=" + commitment() + "]";
	}

}
