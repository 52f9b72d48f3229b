package org.redproperty.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a ruleset's DRL files with the executable model into one KieBase. Every error message is kept with
 * its file, line and column; a ruleset with any error yields no KieBase.
 * <p>
 * A compilation is a function of the files alone (their hash covers every name and content, the manifest's
 * included), and a KieBase is immutable and shared by the sessions opened on it. So the process keeps the last
 * {@value #KEPT} rulesets it compiled, by hash: a reload, a draft's check or a replay of content compiled before
 * takes the compiled ruleset instead of generating and compiling its Java again (seconds per folder).
 */
public final class RulesetCompiler {

	/** How many compiled rulesets the process keeps for content compiled again. */
	static final int KEPT = 32;

	private static final Map<String, Ruleset> COMPILED = new LinkedHashMap<>(KEPT, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Ruleset> eldest) {
			return size() > KEPT;
		}

	};

	private final KieServices kie = KieServices.Factory.get();

	public Compilation compile(RulesetManifest manifest, List<RulesetFile> files) {
		String hash = hash(files);
		Ruleset known;
		synchronized (COMPILED) {
			known = COMPILED.get(hash);
		}
		if (known != null) {
			// Same files, so same manifest: this manifest is the one read from them now.
			return new Compilation(new Ruleset(manifest, hash, List.copyOf(files), known.rules(), known.kieBase()),
					hash, List.of());
		}
		Compilation compilation = compileAnew(manifest, files, hash);
		if (compilation.succeeded()) {
			synchronized (COMPILED) {
				COMPILED.put(hash, compilation.ruleset());
			}
		}
		return compilation;
	}

	private Compilation compileAnew(RulesetManifest manifest, List<RulesetFile> files, String hash) {
		List<RulesetFile> drl = files.stream().filter(RulesetFile::isDrl).toList();
		if (drl.isEmpty()) {
			return Compilation.failed(hash, List.of(new RulesetError("", 0, 0, "规则集中没有 .drl 规则文件")));
		}
		ReleaseId releaseId = this.kie.newReleaseId("org.redproperty.rules", manifest.scheme() + "-" + manifest.year(),
				"1.0.0-" + hash.substring(0, 16));
		KieFileSystem kfs = this.kie.newKieFileSystem();
		kfs.generateAndWritePomXML(releaseId);
		String pkg = packageOf(manifest);
		for (RulesetFile file : drl) {
			// The package comes from the folder, written on the file's first line so that every line keeps its number.
			kfs.write("src/main/resources/" + pkg.replace('.', '/') + "/" + file.name(),
					"package " + pkg + "; " + file.content());
		}
		KieBuilder builder = this.kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
		List<RulesetError> errors = GeneratedSourceErrors.locate(builder.getResults().getMessages(Message.Level.ERROR),
				drl);
		if (!errors.isEmpty()) {
			this.kie.getRepository().removeKieModule(releaseId);
			return Compilation.failed(hash, errors);
		}
		KieBase kieBase = this.kie.newKieContainer(releaseId).getKieBase();
		this.kie.getRepository().removeKieModule(releaseId);
		List<RuleInfo> rules = kieBase.getKiePackages()
			.stream()
			.flatMap((p) -> p.getRules().stream())
			.map((rule) -> RuleInfo.of(rule, manifest.document()))
			.sorted(Comparator.comparing(RuleInfo::name))
			.toList();
		return new Compilation(new Ruleset(manifest, hash, List.copyOf(files), rules, kieBase), hash, List.of());
	}

	/** SHA-256 over the files in name order: each name and content, separated by NUL bytes. */
	public static String hash(List<RulesetFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.stream().sorted(Comparator.comparing(RulesetFile::name)).forEach((file) -> {
				digest.update(file.name().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.content().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The DRL package of a scheme and year, e.g. {@code rules.gold_red_property.y2019}. */
	static String packageOf(RulesetManifest manifest) {
		return "rules." + manifest.scheme().replaceAll("\\W", "_") + ".y" + manifest.year();
	}

	/** The outcome of a compilation: a ruleset, or the errors that kept it from being built. */
	public record Compilation(Ruleset ruleset, String hash, List<RulesetError> errors) {

		static Compilation failed(String hash, List<RulesetError> errors) {
			return new Compilation(null, hash, List.copyOf(errors));
		}

		public boolean succeeded() {
			return this.ruleset != null;
		}

	}

}
