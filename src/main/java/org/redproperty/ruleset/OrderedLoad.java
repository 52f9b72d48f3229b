package org.redproperty.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folders compiled in requirement order: each after the rulesets its manifest {@code requires} (transitively),
 * its requirements checked against, and its own tests run on, the rulesets loaded before it. A folder whose
 * requirement is broken, missing or a draft is broken, and so is every folder of a cycle of requirements.
 */
final class OrderedLoad {

	private final RulesetFolders folders;

	private final ManifestReader manifests;

	OrderedLoad(RulesetFolders folders, ManifestReader manifests) {
		this.folders = folders;
		this.manifests = manifests;
	}

	/** One folder, compiled after the folders of {@code rulesDir} it requires (transitively). */
	LoadedRuleset load(Path rulesDir, Path folder) {
		Map<String, Folder> needed = new LinkedHashMap<>();
		List<Path> pending = new ArrayList<>(List.of(folder));
		while (!pending.isEmpty()) {
			Path next = pending.remove(0);
			String location = RulesetFolders.location(rulesDir, next);
			if (needed.containsKey(location) || !Files.isRegularFile(next.resolve(RulesetFolders.MANIFEST))) {
				continue;
			}
			Folder read = new Folder(location, RulesetFolders.read(next));
			needed.put(location, read);
			RulesetManifest manifest = read.manifest(this.manifests);
			if (manifest != null) {
				manifest.requires().forEach((r) -> pending.add(rulesDir.resolve(r.scheme()).resolve(String.valueOf(r.year()))));
			}
		}
		String location = RulesetFolders.location(rulesDir, folder);
		if (!needed.containsKey(location)) {
			return this.folders.build(location, RulesetFolders.read(folder));
		}
		return inOrder(List.copyOf(needed.values()), List.of()).get(location);
	}

	/** The folders compiled in requirement order, each with the rulesets loaded before it, by location. */
	Map<String, LoadedRuleset> inOrder(List<Folder> folders, Collection<Ruleset> compiled) {
		Map<RulesetKey, Folder> byKey = new LinkedHashMap<>();
		Map<RulesetKey, List<Requirement>> declared = new HashMap<>();
		List<Folder> unkeyed = new ArrayList<>();
		for (Folder folder : folders) {
			RulesetManifest manifest = folder.manifest(this.manifests);
			Optional<RulesetKey> key = RulesetKey.ofLocation(folder.location());
			if (manifest == null || key.isEmpty() || !key.get().equals(manifest.key()) || byKey.containsKey(key.get())) {
				unkeyed.add(folder);
				continue;
			}
			byKey.put(key.get(), folder);
			declared.put(key.get(), manifest.requires());
		}
		Map<RulesetKey, Ruleset> available = new HashMap<>();
		Map<String, LoadedRuleset> loaded = new HashMap<>();
		for (RulesetKey key : RequirementCheck.order(List.copyOf(byKey.keySet()), declared)) {
			Folder folder = byKey.get(key);
			String hash = RulesetCompiler.hash(folder.files());
			LoadedRuleset one = compiled.stream()
				.filter((ruleset) -> ruleset.hash().equals(hash) && ruleset.key().toString().equals(folder.location()))
				.findFirst()
				.map((ruleset) -> LoadedRuleset.active(folder.location(), ruleset))
				.filter((reused) -> RequirementCheck.check(reused.manifest(), 0, available, declared).isEmpty())
				.orElseGet(() -> this.folders.build(folder.location(), folder.files(), true,
						new RulesetFolders.Available(available, declared)));
			if (one.active() && !one.manifest().draft()) {
				available.put(key, one.ruleset());
			}
			loaded.put(folder.location(), one);
		}
		unkeyed.forEach((folder) -> loaded.put(folder.location(), this.folders.build(folder.location(), folder.files())));
		return loaded;
	}

	/** A folder as read: where it is and its files. */
	record Folder(String location, List<RulesetFile> files) {

		/** Its manifest, or null if it has none that reads. */
		RulesetManifest manifest(ManifestReader reader) {
			return this.files.stream()
				.filter((file) -> file.name().equals(RulesetFolders.MANIFEST))
				.findFirst()
				.map((file) -> reader.read(file.content()).manifest())
				.orElse(null);
		}

	}

}
