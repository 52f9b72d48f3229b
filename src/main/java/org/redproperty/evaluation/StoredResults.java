package org.redproperty.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * How a result's JSON is stored: deflated in the format of MySQL's and MariaDB's {@code COMPRESS()} (four bytes of
 * the uncompressed length, low byte first, then a zlib stream), so that {@code UNCOMPRESS(result_zip)} shows it in
 * SQL, with the SHA-256 of the JSON beside it. Reading inflates and checks the digest: what an auditor opens is
 * byte for byte what was stored, or a clear error, never a silently damaged result.
 */
final class StoredResults {

	/**
	 * Zlib's fastest level: a result's JSON repeats its record ids, rule codes and reasons, so even this level keeps
	 * about a tenth of it, at a fraction of the time of the default level (docs/performance.md).
	 */
	static final int LEVEL = Deflater.BEST_SPEED;

	private StoredResults() {
	}

	/** The JSON (UTF-8) deflated, as {@code COMPRESS()} would store it, and its digest. */
	static Stored of(byte[] json) {
		return new Stored(compress(json), HexFormat.of().formatHex(sha256().digest(json)));
	}

	/** The JSON deflated, as {@code COMPRESS()} would store it. */
	static byte[] compress(String json) {
		return compress(json.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] compress(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 64);
		out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
		Deflater deflater = new Deflater(LEVEL);
		try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, deflater, 8192)) {
			zlib.write(bytes);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deflater.end();
		}
		return out.toByteArray();
	}

	/** A result's JSON as stored: deflated, and the SHA-256 of its UTF-8 bytes in hex. */
	record Stored(byte[] zip, String digest) {
	}

	/**
	 * The JSON stored by {@link #compress}, checked against its digest.
	 * @throws IllegalStateException naming the evaluation if it cannot be inflated or does not match its digest
	 */
	static String inflate(String id, byte[] stored, String digest) {
		byte[] bytes;
		try (InputStream zlib = new InflaterInputStream(
				new ByteArrayInputStream(stored, 4, Math.max(0, stored.length - 4)))) {
			bytes = zlib.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("评价 " + id + " 的已存结果无法解压", ex);
		}
		int length = (stored.length >= 4) ? ByteBuffer.wrap(stored, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() : -1;
		if (length != bytes.length || digest == null
				|| !MessageDigest.isEqual(sha256().digest(bytes), HexFormat.of().parseHex(digest))) {
			throw new IllegalStateException("评价 " + id + " 的已存结果与其摘要不符，可能已损坏或被改动");
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
