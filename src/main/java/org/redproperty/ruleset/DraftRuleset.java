package org.redproperty.ruleset;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/**
 * A ruleset that is not in service: some or all of its files given inline, or the name of a folder under the
 * rules directory ({@code <scheme>/<year>}, or any folder there holding a manifest). Files given inline overlay a
 * base, the active version (see {@link Rulesets#draft}): a file replaces the base's file of the same name, a file
 * marked {@code delete} removes it, the others are kept. A folder is taken whole.
 */
public record DraftRuleset(@Valid List<File> files, String folder) {

	/** The files given, without those marked for deletion. */
	public List<RulesetFile> rulesetFiles() {
		return (this.files != null) ? this.files.stream()
			.filter((f) -> !f.deleted())
			.map((f) -> new RulesetFile(f.name(), f.content()))
			.toList() : List.of();
	}

	boolean namesFolder() {
		return this.folder != null && !this.folder.isBlank();
	}

	boolean hasFiles() {
		return this.files != null && !this.files.isEmpty();
	}

	/** The files of {@code base} with this draft's files laid over them, in name order. */
	List<RulesetFile> overlay(List<RulesetFile> base) {
		Map<String, RulesetFile> byName = new TreeMap<>();
		base.forEach((file) -> byName.put(file.name(), file));
		if (this.files != null) {
			for (File file : this.files) {
				if (file.deleted()) {
					byName.remove(file.name());
				}
				else {
					byName.put(file.name(), new RulesetFile(file.name(), file.content()));
				}
			}
		}
		return List.copyOf(byName.values());
	}

	/**
	 * One file of a draft, named as in a ruleset folder: {@code manifest.yaml}, {@code x.drl}, {@code tests/x.json};
	 * with {@code "delete": true} (and no content) it removes that file from the base.
	 */
	public record File(@NotBlank(message = "文件必须有名称 name") String name, String content, Boolean delete) {

		public File(String name, String content) {
			this(name, content, null);
		}

		public boolean deleted() {
			return Boolean.TRUE.equals(this.delete);
		}

		@JsonIgnore
		@AssertTrue(message = "文件必须有内容 content（要删除这个文件时写 \"delete\": true）")
		public boolean isContentGiven() {
			return deleted() || this.content != null;
		}

	}

}
