package org.redproperty.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.redproperty.facts.RowCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API guide's tables of error codes, generated from the one list of each ({@link ErrorCode}, {@link RowCode})
 * into the REST Docs snippets as {@code error-codes/error-codes.adoc} and {@code error-codes/row-codes.adoc}; and
 * the check that every code the sources throw is in the list.
 */
class ErrorCodesDocumentation {

	/** How the features name the code of what they throw. */
	private static final Pattern THROWN = Pattern.compile(
			"(?:notFound|badRequest|unprocessable|conflict|Exception|super|failed\\(subject,)\\(?\\s*(?:Kind\\.[A-Z_]+,\\s*)?\"([A-Z][A-Z_]+)\"");

	@Test
	void writesTheTablesOfErrorCodes() throws IOException {
		Path dir = Path.of(System.getProperty("org.springframework.restdocs.outputDir", "target/generated-snippets"),
				"error-codes");
		Files.createDirectories(dir);
		String codes = Arrays.stream(ErrorCode.values())
			.map((code) -> "| `" + code.name() + "` | " + code.status().value() + " | " + code.title() + " | "
					+ code.meaning())
			.collect(Collectors.joining("\n", "|===\n| 代码 | 状态 | 标题 | 含义\n\n", "\n|===\n"));
		String rows = Arrays.stream(RowCode.values())
			.map((code) -> "| `" + code.name() + "` | " + code.meaning())
			.collect(Collectors.joining("\n", "|===\n| 行错误代码 | 含义\n\n", "\n|===\n"));
		Files.writeString(dir.resolve("error-codes.adoc"), codes, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("row-codes.adoc"), rows, StandardCharsets.UTF_8);

		assertThat(Files.readString(dir.resolve("error-codes.adoc"))).contains("| `PAYLOAD_TOO_LARGE` | 413 |");
		assertThat(Files.readString(dir.resolve("row-codes.adoc"))).contains("| `TOO_MANY_DECIMALS` |");
	}

	@Test
	void listsEveryCodeTheSourcesThrow() throws IOException {
		Set<String> thrown = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = THROWN.matcher(Files.readString(file));
				while (matcher.find()) {
					thrown.add(matcher.group(1));
				}
			}
		}
		Set<String> listed = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());
		assertThat(thrown).contains("RULESET_NOT_FOUND", "RESCORE_JOB_RUNNING", "INVALID_DATASET", "NO_STATUS",
				"INPUT_FAILED");
		assertThat(listed).containsAll(thrown);
	}

	@Test
	void givesEveryCodeAChineseTitleAndMeaning() {
		assertThat(ErrorCode.values()).allMatch((code) -> code.title().matches(".*\\p{IsHan}.*")
				&& code.meaning().matches(".*\\p{IsHan}.*"));
		assertThat(RowCode.values()).allMatch((code) -> code.meaning().matches(".*\\p{IsHan}.*"));
	}

}
