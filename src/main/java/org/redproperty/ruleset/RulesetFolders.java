package org.redproperty.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * Reads the rules directory: one folder per scheme and year ({@code rules/<scheme>/<year>/}) holding a
 * {@code manifest.yaml} and DRL files, and compiles each folder on its own, so that a broken folder leaves the
 * others usable.
 */
public final class RulesetFolders {

	public static final String MANIFEST = ManifestReader.MANIFEST;

	private static final Pattern TEST_CASE = Pattern.compile("^测试用例不符（([^）]+)）");

	private final ManifestReader manifests = new ManifestReader();

	private final RulesetCompiler compiler = new RulesetCompiler();

	private final RulesetLint lint;

	private final RulesetStructure structure = new RulesetStructure();

	private final RulesetTests tests;

	/**
	 * @param tests runs a folder's own tests ({@code tests/*.json}); {@link RulesetTests#NONE} checks everything else
	 * @param api the evaluator's types rules may use besides the facts
	 */
	public RulesetFolders(RulesetTests tests, RuleApi api) {
		this.tests = tests;
		this.lint = new RulesetLint(api);
	}

	/** Every ruleset folder under {@code rulesDir}, compiled, in path order. */
	public List<LoadedRuleset> loadAll(Path rulesDir) {
		return loadAll(rulesDir, List.of());
	}

	/**
	 * Every ruleset folder under {@code rulesDir}, in path order; a folder whose content is that of an already
	 * compiled ruleset reuses it instead of compiling again. The folders are compiled in requirement order (those a
	 * manifest {@code requires} first), and a folder's requirements and its own tests find the rulesets loaded
	 * before it: a folder whose requirement is broken, missing or a draft is broken, and so is every folder of a
	 * cycle of requirements.
	 */
	public List<LoadedRuleset> loadAll(Path rulesDir, Collection<Ruleset> compiled) {
		if (!Files.isDirectory(rulesDir)) {
			return List.of();
		}
		try (Stream<Path> manifests = Files.find(rulesDir, 3,
				(path, attributes) -> path.getFileName().toString().equals(MANIFEST))) {
			List<OrderedLoad.Folder> folders = manifests.map(Path::getParent).sorted()
				.map((folder) -> new OrderedLoad.Folder(location(rulesDir, folder), read(folder)))
				.toList();
			Map<String, LoadedRuleset> loaded = new OrderedLoad(this, this.manifests).inOrder(folders, compiled);
			return folders.stream().map((folder) -> loaded.get(folder.location())).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One folder, compiled after the folders of {@code rulesDir} it requires (transitively), as {@link #loadAll}. */
	public LoadedRuleset load(Path rulesDir, Path folder) {
		return new OrderedLoad(this, this.manifests).load(rulesDir, folder);
	}

	/**
	 * The rulesets a ruleset being built may require, and what every ruleset declares it requires (to find
	 * cycles through it).
	 */
	public record Available(Map<RulesetKey, Ruleset> rulesets, Map<RulesetKey, List<Requirement>> declared) {

		/** The rulesets given, as they require each other. */
		public static Available of(Map<RulesetKey, Ruleset> rulesets) {
			Map<RulesetKey, List<Requirement>> declared = new HashMap<>();
			rulesets.forEach((key, ruleset) -> declared.put(key, ruleset.manifest().requires()));
			return new Available(rulesets, declared);
		}

	}

	/**
	 * Checks and compiles a ruleset given as files: its manifest, the safety lint, then the compiler.
	 * @param location where the files claim to live, {@code <scheme>/<year>}
	 */
	public LoadedRuleset build(String location, List<RulesetFile> files) {
		return build(location, files, true);
	}

	/**
	 * Checks and compiles a ruleset given as files, and reports every problem of every file at once: the manifest,
	 * the safety lint and the use of phases and parameters of each DRL file, then (when those allow it) the compiler,
	 * then the folder's own tests. A missing manifest does not hide a problem of a DRL file.
	 * @param withTests whether failures of the folder's own tests make it broken
	 */
	public LoadedRuleset build(String location, List<RulesetFile> files, boolean withTests) {
		return build(location, files, withTests, null);
	}

	/**
	 * Checks and compiles a ruleset as {@link #build(String, List, boolean)} does, and its {@code requires} against
	 * the rulesets {@code available} (null: not checked): a required ruleset not among them, or a cycle through
	 * it, is an error of {@code manifest.yaml}. Its own tests find the rulesets it requires there first.
	 */
	public LoadedRuleset build(String location, List<RulesetFile> files, boolean withTests, Available available) {
		String hash = RulesetCompiler.hash(files);
		List<RulesetError> problems = new ArrayList<>();
		RulesetManifest manifest = null;
		Optional<RulesetFile> manifestFile = files.stream().filter((file) -> file.name().equals(MANIFEST)).findFirst();
		if (manifestFile.isEmpty()) {
			problems.add(new RulesetError(MANIFEST, 0, 0, "缺少清单文件 manifest.yaml"));
		}
		else {
			ManifestReader.Read read = this.manifests.read(manifestFile.get().content());
			manifest = read.manifest();
			problems.addAll(read.errors());
			if (manifest != null && !location.equals(manifest.scheme() + "/" + manifest.year())) {
				String declared = manifestFile.get().content();
				String key = location.startsWith(manifest.scheme() + "/") ? "year" : "scheme";
				problems.add(new RulesetError(MANIFEST, lineOf(declared, key), 1, "清单中的方案与年度 " + manifest.scheme() + "/" + manifest.year()
						+ " 与所在文件夹 " + location + " 不一致"));
			}
		}
		List<RulesetError> unsafe = this.lint.check(files);
		problems.addAll(unsafe);
		if (manifest != null) {
			problems.addAll(this.structure.check(manifest, files));
		}
		if (manifest != null && available != null && problems.isEmpty()) {
			problems.addAll(RequirementCheck.check(manifest, lineOf(manifestFile.get().content(), "requires"),
					available.rulesets(), available.declared()));
		}
		if (!problems.isEmpty()) {
			return LoadedRuleset.broken(location, manifest, hash, problems);
		}
		RulesetCompiler.Compilation compilation = this.compiler.compile(manifest, files);
		if (!compilation.succeeded()) {
			return LoadedRuleset.broken(location, manifest, compilation.hash(), compilation.errors());
		}
		List<RulesetError> failures = withTests ? located(this.tests.run(compilation.ruleset(),
				(available != null) ? available.rulesets() : Map.of()), files) : List.of();
		return failures.isEmpty() ? LoadedRuleset.active(location, compilation.ruleset())
				: LoadedRuleset.broken(location, manifest, compilation.hash(), failures);
	}

	/**
	 * The failures of the folder's own tests, each at the line of its case's expectation ({@code "subjectId": "P1"})
	 * in its test file when the failure names the case, e.g. {@code 测试用例不符（P1）：…}.
	 */
	private static List<RulesetError> located(List<RulesetError> failures, List<RulesetFile> files) {
		return failures.stream().map((failure) -> {
			Matcher subject = TEST_CASE.matcher(failure.message());
			Optional<RulesetFile> file = files.stream().filter((f) -> f.name().equals(failure.file())).findFirst();
			if (failure.line() > 0 || !subject.find() || file.isEmpty()) {
				return failure;
			}
			Matcher expected = Pattern.compile("\"subjectId\"\\s*:\\s*\"" + Pattern.quote(subject.group(1)) + "\"")
				.matcher(file.get().content());
			int at = -1;
			while (expected.find()) {
				at = expected.start();
			}
			return (at < 0) ? failure : new RulesetError(failure.file(), lineAt(file.get().content(), at), 1,
					failure.message());
		}).toList();
	}

	private static int lineAt(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
	}

	/** The line of a top-level key of the manifest, 0 when it is missing. */
	private static int lineOf(String manifest, String key) {
		List<String> lines = manifest.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(key + ":")) {
				return i + 1;
			}
		}
		return 0;
	}

	/** Where a folder is under the rules directory, {@code <scheme>/<year>}. */
	static String location(Path rulesDir, Path folder) {
		return rulesDir.relativize(folder).toString().replace('\\', '/');
	}

	/** Runs the ruleset's own test cases ({@code tests/*.json}); each mismatch is an error. */
	public List<RulesetError> test(Ruleset ruleset) {
		return this.tests.run(ruleset);
	}

	/** The rule files of a folder: its manifest and DRL files. */
	public static List<RulesetFile> read(Path folder) {
		try (Stream<Path> paths = Files.walk(folder, 2)) {
			return paths.filter(Files::isRegularFile)
				.map((path) -> folder.relativize(path).toString().replace('\\', '/'))
				.filter((name) -> (name.endsWith(".drl") && !name.contains("/")) || name.equals(MANIFEST)
						|| (name.startsWith(RulesetTests.FOLDER) && name.endsWith(".json")))
				.sorted()
				.map((name) -> new RulesetFile(name, readString(folder.resolve(name))))
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

}
