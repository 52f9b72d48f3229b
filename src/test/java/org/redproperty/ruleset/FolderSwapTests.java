package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FolderSwapTests {

	private static final List<RulesetFile> OLD = List.of(new RulesetFile("manifest.yaml", "old"),
			new RulesetFile("a.drl", "rule a"));

	private static final List<RulesetFile> NEW = List.of(new RulesetFile("manifest.yaml", "new"),
			new RulesetFile("tests/b.json", "{}"));

	@TempDir
	Path rules;

	@Test
	void replacesTheFolderWholeAndLeavesNoStagingBehind() throws IOException {
		Path folder = write(this.rules.resolve("x/2023"), OLD);

		FolderSwap.replace(folder, NEW, RulesetCompiler.hash(NEW)).done();

		assertThat(RulesetFolders.read(folder)).isEqualTo(List.of(NEW.get(0), NEW.get(1)));
		assertThat(names(this.rules.resolve("x"))).containsExactly("2023");
	}

	@Test
	void undoPutsTheOldFolderBack() throws IOException {
		Path folder = write(this.rules.resolve("x/2023"), OLD);

		FolderSwap.replace(folder, NEW, RulesetCompiler.hash(NEW)).undo();

		assertThat(RulesetCompiler.hash(RulesetFolders.read(folder))).isEqualTo(RulesetCompiler.hash(OLD));
		assertThat(names(this.rules.resolve("x"))).containsExactly("2023");
	}

	@Test
	void refusesContentThatWouldNotReadBackAndKeepsTheOldFolder() throws IOException {
		Path folder = write(this.rules.resolve("x/2023"), OLD);

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> FolderSwap.replace(folder, NEW, RulesetCompiler.hash(OLD)));

		assertThat(RulesetCompiler.hash(RulesetFolders.read(folder))).isEqualTo(RulesetCompiler.hash(OLD));
		assertThat(names(this.rules.resolve("x"))).containsExactly("2023");
	}

	@Test
	void refusesNamesOutsideARulesetFolder() {
		for (String name : List.of("../evil.drl", "notes.txt", "tests/deep/x.json", "/etc/x.drl", "sub/x.drl")) {
			assertThatExceptionOfType(RulesetException.class)
				.isThrownBy(() -> FolderSwap.requireRuleFileNames(List.of(new RulesetFile(name, ""))))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVALID_FILE_NAME"));
		}
		FolderSwap.requireRuleFileNames(List.of(new RulesetFile("manifest.yaml", ""), new RulesetFile("a.drl", ""),
				new RulesetFile("tests/a.json", "")));
	}

	private static Path write(Path folder, List<RulesetFile> files) throws IOException {
		for (RulesetFile file : files) {
			Files.createDirectories(folder.resolve(file.name()).getParent());
			Files.writeString(folder.resolve(file.name()), file.content());
		}
		return folder;
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> paths = Files.list(dir)) {
			return paths.map((path) -> path.getFileName().toString()).toList();
		}
	}

}
