package org.redproperty.ruleset;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A ruleset that is not in service: its files given inline, or the name of a folder under the rules directory
 * ({@code <scheme>/<year>}, or any folder there holding a manifest).
 */
public record DraftRuleset(@Valid List<File> files, String folder) {

	public List<RulesetFile> rulesetFiles() {
		return (this.files != null) ? this.files.stream().map((f) -> new RulesetFile(f.name(), f.content())).toList()
				: List.of();
	}

	/** One file of a draft, named as in a ruleset folder: {@code manifest.yaml}, {@code x.drl}, {@code tests/x.json}. */
	public record File(@NotBlank(message = "文件必须有名称 name") String name,
			@NotNull(message = "文件必须有内容 content") String content) {
	}

}
