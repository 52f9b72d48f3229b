package org.redproperty.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a ruleset folder {@code <rules>/<scheme>/<year>/} whole: the new files are written into a staging
 * directory beside it, then the old folder is moved aside and the new one moved in, each by an atomic rename, so
 * that the folder is never a mix of old and new files. Until {@link #done()} the old folder is kept and
 * {@link #undo()} puts it back. The staging directory ({@code .<year>-activating-<id>}, its folders one level
 * deeper than a ruleset's) is never read as a ruleset folder.
 */
final class FolderSwap {

	/** The names {@link RulesetFolders#read} reads back: what an activated folder may hold. */
	private static final Pattern RULE_FILE = Pattern.compile("manifest\\.yaml|[^/\\\\]+\\.drl|tests/[^/\\\\]+\\.json");

	private final Path folder;

	private final Path staging;

	private final Path old;

	private FolderSwap(Path folder, Path staging, Path old) {
		this.folder = folder;
		this.staging = staging;
		this.old = old;
	}

	/** Refuses a file that would not be read back from the folder (or would land outside it). */
	static void requireRuleFileNames(List<RulesetFile> files) {
		for (RulesetFile file : files) {
			if (!RULE_FILE.matcher(file.name()).matches()) {
				throw RulesetException.badRequest("INVALID_FILE_NAME", "文件名「" + file.name()
						+ "」不是规则集文件：只能是 manifest.yaml、*.drl 或 tests/*.json（不含其他子文件夹）");
			}
		}
	}

	/** Puts {@code files}, whose hash is {@code hash}, in place of the folder's content. */
	static FolderSwap replace(Path folder, List<RulesetFile> files, String hash) {
		Path staging = folder.resolveSibling("." + folder.getFileName() + "-activating-" + UUID.randomUUID());
		Path fresh = staging.resolve("new");
		Path old = staging.resolve("old");
		try {
			for (RulesetFile file : files) {
				Path target = fresh.resolve(file.name());
				Files.createDirectories(target.getParent());
				Files.writeString(target, file.content(), StandardCharsets.UTF_8);
			}
			String written = RulesetCompiler.hash(RulesetFolders.read(fresh));
			if (!written.equals(hash)) {
				throw new IllegalStateException("写入的文件读回后哈希为 " + written + "，与草案 " + hash + " 不同");
			}
			boolean hadOld = Files.exists(folder);
			if (hadOld) {
				Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
			}
			try {
				Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				if (hadOld) {
					Files.move(old, folder, StandardCopyOption.ATOMIC_MOVE);
				}
				throw ex;
			}
			return new FolderSwap(folder, staging, hadOld ? old : null);
		}
		catch (IOException ex) {
			delete(staging);
			throw new UncheckedIOException("无法写入规则集文件夹 " + folder + "，原有内容未改动", ex);
		}
		catch (RuntimeException ex) {
			delete(staging);
			throw ex;
		}
	}

	/** Keeps the new content: the old one is deleted. */
	void done() {
		delete(this.staging);
	}

	/** Puts the old content back (or removes the folder, if there was none). */
	void undo() {
		try {
			Files.move(this.folder, this.staging.resolve("undone"), StandardCopyOption.ATOMIC_MOVE);
			if (this.old != null) {
				Files.move(this.old, this.folder, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法恢复规则集文件夹 " + this.folder + "；原有内容在 " + this.old, ex);
		}
		delete(this.staging);
	}

	private static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
