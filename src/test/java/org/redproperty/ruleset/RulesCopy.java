package org.redproperty.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary copy of the repository's {@code rules/} directory, folder tests included, for a test that activates
 * or edits rulesets: the repository's own folders are never written. Deleted when the JVM exits.
 */
final class RulesCopy {

	private RulesCopy() {
	}

	static Path create() {
		try {
			Path copy = Files.createTempDirectory("rp-rules-");
			Path rules = Path.of("rules");
			try (Stream<Path> files = Files.walk(rules)) {
				for (Path source : (Iterable<Path>) files::iterator) {
					Path target = copy.resolve(rules.relativize(source).toString());
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else {
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
