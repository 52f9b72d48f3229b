package org.redproperty.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Temporary copies of the repository's {@code rules/} directory for tests that activate or edit rulesets, so that
 * the repository's own folders are never written. Deleted when the JVM exits.
 */
public final class RulesCopies {

	private RulesCopies() {
	}

	/** A copy with the folder tests. */
	public static Path withTests() {
		return copy(true);
	}

	/**
	 * A copy without the folder tests, which pin today's points and would keep a folder edited on disk out of
	 * service, as the rules directory of the test class's service.
	 */
	public static void withoutTests(DynamicPropertyRegistry registry) {
		Path copy = copy(false);
		registry.add("app.rules.dir", copy::toString);
	}

	private static Path copy(boolean tests) {
		try {
			Path copy = Files.createTempDirectory("rp-rules-");
			try (Stream<Path> files = Files.walk(Path.of("rules"))) {
				for (Path source : (Iterable<Path>) files::iterator) {
					Path target = copy.resolve(Path.of("rules").relativize(source).toString());
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else if (tests || !source.getParent().getFileName().toString().equals("tests")) {
						Files.copy(source, target);
					}
				}
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory: nothing to do
		}
	}

}
