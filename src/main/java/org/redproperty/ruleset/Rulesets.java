package org.redproperty.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The rulesets in service. Compiled once at start-up from the rules directory and again on each reload. A
 * folder that fails any check (manifest, safety lint, compilation, its own tests) is reported and, if an earlier
 * version of it was serving, that version keeps serving. The set in service is swapped atomically: an evaluation
 * that has found its ruleset finishes on it, whatever a reload does meanwhile. Every content that serves is kept
 * as a snapshot, and each time a new content goes into service the activation is recorded: {@code RELOAD} when a
 * reload found it on disk, {@code API} when it was activated as a draft that passed every check.
 */
@Component
public class Rulesets {

	private static final Logger logger = LoggerFactory.getLogger(Rulesets.class);

	/** How many rulesets compiled from snapshots for replays are kept. */
	private static final int SNAPSHOT_CACHE_SIZE = 8;

	/** Who puts the folders on disk into service at start-up. */
	static final String SYSTEM = "系统";

	private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

	private final Path dir;

	private final RulesetFolders folders;

	private final RulesetSnapshots snapshots;

	private final RulesetActivations activations;

	private final CheckedDrafts drafts;

	private final Map<String, Ruleset> snapshotCache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Ruleset> eldest) {
			return size() > SNAPSHOT_CACHE_SIZE;
		}
	});

	private final AtomicReference<State> state = new AtomicReference<>(new State(Map.of(), List.of()));

	public Rulesets(RulesProperties properties, RulesetTests tests, RuleApi api, RulesetSnapshots snapshots,
			RulesetActivations activations, CheckedDrafts drafts) {
		this.dir = properties.dir().toAbsolutePath().normalize();
		this.folders = new RulesetFolders(tests, api);
		this.snapshots = snapshots;
		this.activations = activations;
		this.drafts = drafts;
		reload(SYSTEM);
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

	/**
	 * The version a draft of that scheme and year is laid over and compared with: the active version of that
	 * year, else the active version of the scheme's latest year (a first draft of a new year starts from last
	 * year's rules).
	 */
	public Optional<Ruleset> latestActive(String scheme, int year) {
		Map<RulesetKey, Ruleset> active = this.state.get().active();
		return Optional.ofNullable(active.get(new RulesetKey(scheme, year)))
			.or(() -> active.values()
				.stream()
				.filter((ruleset) -> ruleset.key().scheme().equals(scheme))
				.max(Comparator.comparingInt((ruleset) -> ruleset.key().year())));
	}

	/**
	 * The whole content of a draft: a folder's files as they are, or the files given laid over
	 * {@link #latestActive the version in service} (all of them, when the scheme has none).
	 */
	public DraftContent draft(String scheme, int year, DraftRuleset draft) {
		if (draft.namesFolder()) {
			return new DraftContent(folder(draft.folder()).orElseThrow(() -> RulesetException.notFound("FOLDER_NOT_FOUND",
					"规则目录中没有含 manifest.yaml 的文件夹「" + draft.folder() + "」")), null);
		}
		if (!draft.hasFiles()) {
			throw RulesetException.badRequest("EMPTY_DRAFT", "草案既没有文件 files，也没有指定文件夹 folder");
		}
		Optional<Ruleset> base = latestActive(scheme, year);
		return new DraftContent(draft.overlay(base.map(Ruleset::files).orElse(List.of())),
				base.map(Ruleset::identity).orElse(null));
	}

	/** A draft that passed {@link #check(String, int, DraftContent) its check}, by its hash. */
	public DraftContent checkedDraft(String scheme, int year, String hash) {
		return this.drafts.find(new RulesetKey(scheme, year), hash)
			.orElseThrow(() -> RulesetException.notFound("DRAFT_NOT_FOUND", "没有通过检查的 " + scheme + "/" + year
					+ " 草案，哈希为 " + hash + "（先用检查接口检查草案，通过后才能按哈希启用）"));
	}

	/** The activations of a scheme and year, newest first. */
	public List<RulesetActivation> history(String scheme, int year) {
		return this.activations.history(scheme, year);
	}

	/** The files of a folder as they are on disk now. */
	public List<RulesetFile> filesOnDisk(RulesetStatus status) {
		return RulesetFolders.read(this.dir.resolve(status.location()));
	}

	/**
	 * Runs every check on a draft without putting it into service; a ruleset its manifest {@code requires} must be
	 * in service (and not the draft's own scheme and year), and its requirements must not make a cycle.
	 */
	public LoadedRuleset check(String scheme, int year, List<RulesetFile> files) {
		return this.folders.build(scheme + "/" + year, files, true, availableBeside(new RulesetKey(scheme, year)));
	}

	/** The rulesets in service that a draft of that key may require: all but the version it would replace. */
	private RulesetFolders.Available availableBeside(RulesetKey key) {
		Map<RulesetKey, Ruleset> active = new HashMap<>(this.state.get().active());
		active.remove(key);
		return RulesetFolders.Available.of(active);
	}

	/** Runs every check on a draft; one that passes is kept, so that it can be activated by its hash later. */
	public LoadedRuleset check(String scheme, int year, DraftContent draft) {
		LoadedRuleset checked = check(scheme, year, draft.files());
		if (checked.active()) {
			this.drafts.keep(new RulesetKey(scheme, year), checked.hash(), draft);
		}
		return checked;
	}

	/**
	 * Compiles a draft for a comparison: manifest, safety lint and compiler must pass; the folder's own tests are
	 * left to {@link #check}, since a draft may mean to change their outcome.
	 */
	public LoadedRuleset compileDraft(String scheme, int year, List<RulesetFile> files) {
		return this.folders.build(scheme + "/" + year, files, false, availableBeside(new RulesetKey(scheme, year)));
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
	public List<RulesetStatus> reload() {
		return reload(SYSTEM);
	}

	/** Re-reads the rules directory, swaps in every folder that passes all checks and records each new content. */
	public synchronized List<RulesetStatus> reload(String by) {
		return reload(by, List.of());
	}

	/**
	 * Puts a draft into service: runs every check again, including the folder's own tests, and refuses the draft
	 * with all its errors if any fails; else replaces the folder {@code <scheme>/<year>} on disk whole
	 * ({@link FolderSwap}), keeps the content replaced as a snapshot, records the activation and reloads. A
	 * refused draft changes nothing, on disk or in service.
	 */
	public synchronized RulesetActivation activate(String scheme, int year, List<RulesetFile> files, String by) {
		if (!SCHEME.matcher(scheme).matches() || year < 1000 || year > 9999) {
			throw RulesetException.badRequest("INVALID_RULESET_KEY",
					"方案代码只能由字母、数字、- 和 _ 组成，年度为四位数字：" + scheme + "/" + year);
		}
		FolderSwap.requireRuleFileNames(files);
		LoadedRuleset checked = check(scheme, year, files);
		if (!checked.active()) {
			throw RulesetException.refused("草案规则集有 " + checked.errors().size() + " 处错误，未启用；在用的版本不变",
					checked.errors());
		}
		if (checked.manifest().draft()) {
			throw RulesetException.unprocessable("DRAFT_MANIFEST", "清单写明 draft: true（草案），不能启用；去掉这一行再启用");
		}
		RulesetKey key = new RulesetKey(scheme, year);
		Ruleset previous = find(scheme, year).orElse(null);
		if (previous != null && previous.hash().equals(checked.hash()) && status(scheme, year)
			.filter((status) -> RulesetStatus.ACTIVE.equals(status.state()) && checked.hash().equals(status.hash()))
			.isPresent()) {
			throw RulesetException.conflict("ALREADY_ACTIVE", "规则集 " + key + " 正在使用这一内容（哈希 " + checked.hash() + "），无需启用");
		}
		String previousHash = (previous != null) ? previous.hash() : this.activations.latestHash(key).orElse(null);
		FolderSwap swap = FolderSwap.replace(this.dir.resolve(scheme).resolve(String.valueOf(year)), files,
				checked.hash());
		RulesetActivation activation;
		try {
			if (previous != null) {
				this.snapshots.keep(previous);
			}
			activation = this.activations.record(key, checked.hash(), previousHash, by, RulesetActivation.API);
		}
		catch (RuntimeException ex) {
			swap.undo();
			throw ex;
		}
		swap.done();
		reload(by, List.of(checked.ruleset()));
		return activation;
	}

	private List<RulesetStatus> reload(String by, List<Ruleset> checked) {
		Map<RulesetKey, Ruleset> previous = this.state.get().active();
		List<Ruleset> compiled = new ArrayList<>(previous.values());
		compiled.addAll(checked);
		Map<RulesetKey, Ruleset> active = new HashMap<>();
		List<RulesetStatus> statuses = this.folders.loadAll(this.dir, compiled).stream().map((loaded) -> {
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
		Map<RulesetKey, RulesetError> unmet = RequirementCheck.unmet(active);
		if (!unmet.isEmpty()) {
			unmet.keySet().forEach(active::remove);
			statuses = statuses.stream()
				.map((status) -> (status.scheme() != null && status.year() != null
						&& unmet.containsKey(new RulesetKey(status.scheme(), status.year()))
						&& RulesetStatus.ACTIVE.equals(status.state()))
								? unmetStatus(status, unmet.get(new RulesetKey(status.scheme(), status.year())))
								: status)
				.toList();
			unmet.forEach((key, error) -> logger.error("规则集 {} 未启用：{}", key, error.message()));
		}
		this.state.set(new State(Map.copyOf(active), statuses));
		active.values()
			.forEach((ruleset) -> logger.info("规则集 {} 在用（{} 条规则，哈希 {}）", ruleset.key(), ruleset.rules().size(),
					ruleset.hash()));
		active.forEach((key, ruleset) -> recordIfNew(key, ruleset.hash(), by));
		return statuses;
	}

	/** Records a content that serves but is not the last one recorded for its key (a new one, found on disk). */
	private void recordIfNew(RulesetKey key, String hash, String by) {
		Optional<String> last = this.activations.latestHash(key);
		if (!last.equals(Optional.of(hash))) {
			this.activations.record(key, hash, last.orElse(null), by, RulesetActivation.RELOAD);
		}
	}

	private static RulesetStatus status(LoadedRuleset loaded, String state, String activeHash) {
		RulesetManifest manifest = loaded.manifest();
		return new RulesetStatus(loaded.location(), (manifest != null) ? manifest.scheme() : null,
				(manifest != null) ? manifest.year() : null, (manifest != null) ? manifest.title() : null,
				(manifest != null) ? manifest.subjectTypes() : List.of(), state, loaded.hash(), activeHash,
				loaded.active() ? loaded.ruleset().rules() : List.of(), loaded.errors(),
				(manifest != null) ? manifest.phases() : List.of(), (manifest != null) ? manifest.parameters() : List.of());
	}

	/** An otherwise loadable folder that cannot serve for its requirements: broken, with the error saying why. */
	private static RulesetStatus unmetStatus(RulesetStatus status, RulesetError error) {
		List<RulesetError> errors = new ArrayList<>(status.errors());
		errors.add(error);
		return new RulesetStatus(status.location(), status.scheme(), status.year(), status.title(),
				status.subjectTypes(), RulesetStatus.BROKEN, status.hash(), null, status.rules(), List.copyOf(errors),
				status.phases(), status.parameters());
	}

	private record State(Map<RulesetKey, Ruleset> active, List<RulesetStatus> statuses) {
	}

}
