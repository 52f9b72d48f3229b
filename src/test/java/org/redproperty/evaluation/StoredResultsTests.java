package org.redproperty.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A result's JSON deflated against the dictionary, read back byte for byte and checked against its digest. */
class StoredResultsTests {

	private static final String JSON = "{\"scheme\":\"hongqi365\",\"status\":\"NOT_AWARDED\",\"lines\":[{\"code\":\"HQ-ACT-PTS\","
			+ "\"points\":2,\"reason\":\"有效活动或场景「红色观影活动」（2023-01-06）计 2 分\",\"evidence\":[\"P-001-A002\"]}]}";

	@Test
	void readsBackWhatItStoredAndIsSmallerWithTheDictionaryThanWithout() throws Exception {
		StoredResults.Stored stored = StoredResults.of(JSON.getBytes(StandardCharsets.UTF_8));

		assertThat(StoredResults.inflate("E-1", stored.zip(), stored.digest())).isEqualTo(JSON);
		assertThat(stored.zip().length).isLessThan(withoutDictionary(JSON).length);
	}

	@Test
	void readsAStreamDeflatedWithoutADictionary() throws Exception {
		StoredResults.Stored stored = StoredResults.of(JSON.getBytes(StandardCharsets.UTF_8));

		assertThat(StoredResults.inflate("E-1", withoutDictionary(JSON), stored.digest())).isEqualTo(JSON);
	}

	@Test
	void refusesAResultThatDoesNotMatchItsDigestOrItsLength() {
		StoredResults.Stored stored = StoredResults.of(JSON.getBytes(StandardCharsets.UTF_8));
		StoredResults.Stored other = StoredResults.of(JSON.replace("NOT_AWARDED", "FIVE_STAR").getBytes(StandardCharsets.UTF_8));
		byte[] longer = Arrays.copyOf(stored.zip(), stored.zip().length);
		ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN).putInt(0, JSON.getBytes(StandardCharsets.UTF_8).length + 1);

		assertThatExceptionOfType(StoredResultDamagedException.class).isThrownBy(() -> StoredResults.inflate("E-1", other.zip(), stored.digest()))
			.withMessage("评价 E-1 的已存结果与其摘要不符，可能已损坏或被改动");
		assertThatExceptionOfType(StoredResultDamagedException.class).isThrownBy(() -> StoredResults.inflate("E-1", longer, stored.digest()))
			.withMessageContaining("摘要不符");
		assertThatExceptionOfType(StoredResultDamagedException.class).isThrownBy(() -> StoredResults.inflate("E-1", new byte[] { 1, 0, 0, 0, 7 }, stored.digest()))
			.withMessageContaining("E-1");
	}

	/** The JSON as the first rows of V18 held it: length, then zlib with no dictionary. */
	private static byte[] withoutDictionary(String json) throws Exception {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
		try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_SPEED))) {
			zlib.write(bytes);
		}
		return out.toByteArray();
	}

}
