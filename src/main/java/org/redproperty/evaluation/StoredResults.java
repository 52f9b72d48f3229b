package org.redproperty.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a result's JSON is stored: four bytes of its length (low byte first, as MySQL's {@code COMPRESS()} has them)
 * and a zlib stream of it deflated against a preset dictionary, with the SHA-256 of the JSON beside it. Reading
 * inflates and checks the digest: what an auditor opens is byte for byte what was stored, or a clear error, never a
 * silently damaged result.
 * <p>
 * The dictionary is a typical stored result ({@code evaluation/results-dictionary-N.json}): a result repeats within
 * itself, which zlib finds anyway, but its field names, rule names, reasons and clauses are also those of every other
 * result, and zlib finds those in the dictionary from the first byte. On generated 红旗365 projects this keeps a
 * result in about a third less (docs/performance.md). A dictionary once used is never changed: a zlib stream names
 * its dictionary by its Adler-32, and every dictionary ever shipped stays here to read the rows written with it; new
 * results use the last. A stream with no dictionary (the first results of V18) reads too.
 */
final class StoredResults {

	/** The dictionaries ever used, oldest first; new results are deflated with the last. Never change or remove one. */
	private static final List<Dictionary> DICTIONARIES = List.of(Dictionary.of("evaluation/results-dictionary-1.json"));

	/**
	 * Zlib's default level: with the dictionary it keeps about a twelfth of a result's JSON, a fifth less than its
	 * fastest level, for some 0.1 ms more per result (docs/performance.md).
	 */
	static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

	/** More than any result's JSON: a length beyond it is damage, not a result to allocate for. */
	private static final int MAX_LENGTH = 256 << 20;

	private StoredResults() {
	}

	/** The JSON (UTF-8) deflated, and its digest. */
	static Stored of(byte[] json) {
		return new Stored(compress(json), HexFormat.of().formatHex(sha256().digest(json)));
	}

	/** The JSON deflated as {@link #of} stores it. */
	static byte[] compress(String json) {
		return compress(json.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] compress(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
		out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
		Deflater deflater = new Deflater(LEVEL);
		try {
			deflater.setDictionary(DICTIONARIES.get(DICTIONARIES.size() - 1).bytes());
			deflater.setInput(bytes);
			deflater.finish();
			byte[] buffer = new byte[8192];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
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
	 * The JSON stored by {@link #of}, checked against its digest.
	 * @throws StoredResultDamagedException naming the evaluation if it cannot be inflated or does not match its digest
	 */
	static String inflate(String id, byte[] stored, String digest) {
		if (stored.length < 4 || digest == null) {
			throw damaged(id);
		}
		int length = ByteBuffer.wrap(stored, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
		if (length < 0 || length > MAX_LENGTH) {
			throw damaged(id);
		}
		byte[] bytes = new byte[length];
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(stored, 4, stored.length - 4);
			int read = 0;
			while (!inflater.finished() && read < bytes.length) {
				int n = inflater.inflate(bytes, read, bytes.length - read);
				if (n == 0 && inflater.needsDictionary()) {
					inflater.setDictionary(dictionary(id, inflater.getAdler()));
				}
				else if (n == 0 && (inflater.needsInput() || inflater.finished())) {
					break;
				}
				read += n;
			}
			if (read != bytes.length || !inflater.finished()
					|| !MessageDigest.isEqual(sha256().digest(bytes), HexFormat.of().parseHex(digest))) {
				throw damaged(id);
			}
		}
		catch (DataFormatException | IllegalArgumentException ex) {
			throw new StoredResultDamagedException(id, "评价 " + id + " 的已存结果无法解压，可能已损坏", ex);
		}
		finally {
			inflater.end();
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static byte[] dictionary(String id, int adler) {
		return DICTIONARIES.stream()
			.filter((dictionary) -> dictionary.adler() == adler)
			.findFirst()
			.map(Dictionary::bytes)
			.orElseThrow(() -> new StoredResultDamagedException(id,
					"评价 " + id + " 的已存结果用了本服务没有的压缩字典，无法解压", null));
	}

	/** A preset dictionary and its Adler-32, by which a zlib stream names the dictionary it needs. */
	private record Dictionary(byte[] bytes, int adler) {

		static Dictionary of(String resource) {
			byte[] bytes = resource(resource);
			Adler32 checksum = new Adler32();
			checksum.update(bytes);
			return new Dictionary(bytes, (int) checksum.getValue());
		}

	}

	private static StoredResultDamagedException damaged(String id) {
		return new StoredResultDamagedException(id, "评价 " + id + " 的已存结果与其摘要不符，可能已损坏或被改动", null);
	}

	private static byte[] resource(String name) {
		try (InputStream in = StoredResults.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("缺少压缩字典 " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
