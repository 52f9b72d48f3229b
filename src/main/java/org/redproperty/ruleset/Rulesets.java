package org.redproperty.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The rulesets in service. Compiled once at start-up from the rules directory and again on each reload. A
 * folder that fails any check (manifest, safety lint, compilation, its own tests) is reported and, if an earlier
 * version of it was serving, that version keeps serving. The set in service is swapped atomically: an evaluation
 * that has found its ruleset finishes on it, whatever a reload does meanwhile. Every content that serves is kept
 * as a snapshot.
 */
@Component
public class Rulesets {

	private static final Logger logger = LoggerFactory.getLogger(Rulesets.class);

	/** How many rulesets compiled from snapshots for replays are kept. */
	private static final int SNAPSHOT_CACHE_SIZE = 8;

	private final Path dir;

	private final RulesetFolders folders;

	private final RulesetSnapshots snapshots;

	private final Map<String, Ruleset> snapshotCache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Ruleset> eldest) {
			return size() > SNAPSHOT_CACHE_SIZE;
		}
	});

	private final AtomicReference<State> state = new AtomicReference<>(new State(Map.of(), List.of()));

	public Rulesets(RulesProperties properties, RulesetTests tests, RulesetSnapshots snapshots) {
		this.dir = properties.dir().toAbsolutePath().normalize();
		this.folders = new RulesetFolders(tests);
		this.snapshots = snapshots;
		reload();
	}

	public Optional<Ruleset> find(String scheme, int year) {
		return Optional.ofNullable(this.state.get().active().get(new RulesetKey(scheme, year)));
	}

	/** Every folder, with its state, as of the last (re)load. */
	public List<RulesetStatus> statuses() {
		return this.state.get().statuses();
	}

	public Optional<RulesetStatus> status(String scheme, int year) {
		return statuses().stream()
			.filter((status) -> scheme.equals(status.scheme()) && Integer.valueOf(year).equals(status.year()))
			.findFirst();
	}

	/** The files of a folder as they are on disk now. */
	public List<RulesetFile> filesOnDisk(RulesetStatus status) {
		return RulesetFolders.read(this.dir.resolve(status.location()));
	}

	/** Runs every check on a draft without putting it into service. */
	public LoadedRuleset check(String scheme, int year, List<RulesetFile> files) {
		return this.folders.build(scheme + "/" + year, files);
	}

	/**
	 * Compiles a draft for a comparison: manifest, safety lint and compiler must pass; the folder's own tests are
	 * left to {@link #check}, since a draft may mean to change their outcome.
	 */
	public LoadedRuleset compileDraft(String scheme, int year, List<RulesetFile> files) {
		return this.folders.build(scheme + "/" + year, files, false);
	}

	/** The mismatches of a compiled ruleset's own test cases. */
	public List<RulesetError> test(Ruleset ruleset) {
		return this.folders.test(ruleset);
	}

	/** The ruleset of that content: the one in service if it has that hash, else compiled from its snapshot. */
	public Optional<Ruleset> byHash(String scheme, int year, String hash) {
		Optional<Ruleset> active = find(scheme, year).filter((ruleset) -> ruleset.hash().equals(hash));
		if (active.isPresent()) {
			return active;
		}
		Ruleset cached = this.snapshotCache.get(hash);
		if (cached != null) {
			return Optional.of(cached);
		}
		return this.snapshots.files(hash).map((files) -> this.folders.build(scheme + "/" + year, files, false)).map((loaded) -> {
			if (!loaded.active()) {
				throw new IllegalStateException("规则集快照 " + hash + " 无法编译：" + loaded.errors());
			}
			this.snapshotCache.put(hash, loaded.ruleset());
			return loaded.ruleset();
		});
	}

	/** The files of a folder under the rules directory, for a check; empty if there is no such folder. */
	public Optional<List<RulesetFile>> folder(String location) {
		Path folder = this.dir.resolve(location).normalize();
		if (!folder.startsWith(this.dir) || !Files.isRegularFile(folder.resolve(RulesetFolders.MANIFEST))) {
			return Optional.empty();
		}
		return Optional.of(RulesetFolders.read(folder));
	}

	/** Re-reads the rules directory and swaps in every folder that passes all checks. */
	public synchronized List<RulesetStatus> reload() {
		Map<RulesetKey, Ruleset> previous = this.state.get().active();
		Map<RulesetKey, Ruleset> active = new HashMap<>();
		List<RulesetStatus> statuses = this.folders.loadAll(this.dir, previous.values()).stream().map((loaded) -> {
			RulesetKey key = loaded.active() ? loaded.manifest().key()
					: RulesetKey.ofLocation(loaded.location()).orElse(null);
			if (loaded.active() && loaded.manifest().draft()) {
				return status(loaded, RulesetStatus.DRAFT, null);
			}
			if (loaded.active()) {
				this.snapshots.keep(loaded.ruleset());
				active.put(key, loaded.ruleset());
				return status(loaded, RulesetStatus.ACTIVE, loaded.hash());
			}
			Ruleset kept = (key != null) ? previous.get(key) : null;
			if (kept != null) {
				active.put(key, kept);
			}
			logger.error("规则集 {} 有错误，未启用{}：{}", loaded.location(),
					(kept != null) ? "（继续使用先前版本 " + kept.hash() + "）" : "", loaded.errors());
			return status(loaded, RulesetStatus.BROKEN, (kept != null) ? kept.hash() : null);
		}).toList();
		this.state.set(new State(Map.copyOf(active), statuses));
		active.values()
			.forEach((ruleset) -> logger.info("规则集 {} 在用（{} 条规则，哈希 {}）", ruleset.key(), ruleset.rules().size(),
					ruleset.hash()));
		return statuses;
	}

	private static RulesetStatus status(LoadedRuleset loaded, String state, String activeHash) {
		RulesetManifest manifest = loaded.manifest();
		return new RulesetStatus(loaded.location(), (manifest != null) ? manifest.scheme() : null,
				(manifest != null) ? manifest.year() : null, (manifest != null) ? manifest.title() : null,
				(manifest != null) ? manifest.subjectTypes() : List.of(), state, loaded.hash(), activeHash,
				loaded.active() ? loaded.ruleset().rules() : List.of(), loaded.errors(),
				(manifest != null) ? manifest.phases() : List.of(), (manifest != null) ? manifest.parameters() : List.of());
	}

	private record State(Map<RulesetKey, Ruleset> active, List<RulesetStatus> statuses) {
	}

}
