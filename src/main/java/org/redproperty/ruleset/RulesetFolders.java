package org.redproperty.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the rules directory: one folder per scheme and year ({@code rules/<scheme>/<year>/}) holding a
 * {@code manifest.yaml} and DRL files, and compiles each folder on its own, so that a broken folder leaves the
 * others usable.
 */
public final class RulesetFolders {

	public static final String MANIFEST = "manifest.yaml";

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final RulesetCompiler compiler = new RulesetCompiler();

	private final RulesetLint lint = new RulesetLint();

	/** Every ruleset folder under {@code rulesDir}, compiled, in path order. */
	public List<LoadedRuleset> loadAll(Path rulesDir) {
		if (!Files.isDirectory(rulesDir)) {
			return List.of();
		}
		try (Stream<Path> manifests = Files.find(rulesDir, 3,
				(path, attributes) -> path.getFileName().toString().equals(MANIFEST))) {
			return manifests.map(Path::getParent).sorted().map((folder) -> load(rulesDir, folder)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One folder, compiled; the errors say what is wrong with its manifest or its rules. */
	public LoadedRuleset load(Path rulesDir, Path folder) {
		String location = rulesDir.relativize(folder).toString().replace('\\', '/');
		List<RulesetFile> files = read(folder);
		RulesetManifest manifest;
		try {
			manifest = this.yaml.readValue(contentOf(files, MANIFEST), RulesetManifest.class);
		}
		catch (IOException | RuntimeException ex) {
			return LoadedRuleset.broken(location, null, RulesetCompiler.hash(files),
					List.of(new RulesetError(MANIFEST, 0, 0, "清单文件无法读取：" + ex.getMessage())));
		}
		List<RulesetError> problems = check(manifest, location);
		if (!problems.isEmpty()) {
			return LoadedRuleset.broken(location, manifest, RulesetCompiler.hash(files), problems);
		}
		List<RulesetError> unsafe = this.lint.check(files);
		if (!unsafe.isEmpty()) {
			return LoadedRuleset.broken(location, manifest, RulesetCompiler.hash(files), unsafe);
		}
		RulesetCompiler.Compilation compilation = this.compiler.compile(manifest, files);
		return compilation.succeeded() ? LoadedRuleset.active(location, compilation.ruleset())
				: LoadedRuleset.broken(location, manifest, compilation.hash(), compilation.errors());
	}

	private static List<RulesetError> check(RulesetManifest manifest, String location) {
		List<RulesetError> problems = new ArrayList<>();
		if (manifest.scheme() == null || manifest.scheme().isBlank()) {
			problems.add(new RulesetError(MANIFEST, 0, 0, "清单缺少 scheme（评价方案代码）"));
		}
		if (manifest.year() <= 0) {
			problems.add(new RulesetError(MANIFEST, 0, 0, "清单缺少 year（年度）"));
		}
		if (manifest.subjectTypes().isEmpty()) {
			problems.add(new RulesetError(MANIFEST, 0, 0, "清单缺少 subjectTypes（评价对象类型）"));
		}
		if (problems.isEmpty() && !location.equals(manifest.scheme() + "/" + manifest.year())) {
			problems.add(new RulesetError(MANIFEST, 0, 0, "清单中的方案与年度 " + manifest.scheme() + "/" + manifest.year()
					+ " 与所在文件夹 " + location + " 不一致"));
		}
		return problems;
	}

	private static List<RulesetFile> read(Path folder) {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(Files::isRegularFile)
				.filter((path) -> path.toString().endsWith(".drl") || path.getFileName().toString().equals(MANIFEST))
				.sorted()
				.map((path) -> new RulesetFile(path.getFileName().toString(), readString(path)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readString(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String contentOf(List<RulesetFile> files, String name) throws IOException {
		return files.stream()
			.filter((file) -> file.name().equals(name))
			.map(RulesetFile::content)
			.findFirst()
			.orElseThrow(() -> new IOException("缺少 " + name));
	}

}
