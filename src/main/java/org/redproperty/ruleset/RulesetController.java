package org.redproperty.ruleset;

import java.util.List;

import jakarta.validation.Valid;
import org.redproperty.evaluation.RuleInfo;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rulesets: what is in service, what a folder holds, checking a draft, reloading the rules directory. */
@RestController
@RequestMapping("/api/rulesets")
class RulesetController {

	private final Rulesets rulesets;

	RulesetController(Rulesets rulesets) {
		this.rulesets = rulesets;
	}

	@GetMapping
	List<Summary> list() {
		return this.rulesets.statuses().stream().map(Summary::of).toList();
	}

	@GetMapping("/{scheme}/{year}")
	Details details(@PathVariable String scheme, @PathVariable int year) {
		RulesetStatus status = this.rulesets.status(scheme, year)
			.orElseThrow(() -> RulesetException.notFound("RULESET_NOT_FOUND", "规则目录中没有规则集 " + scheme + "/" + year));
		return new Details(Summary.of(status), status.rules(), status.errors(), this.rulesets.filesOnDisk(status));
	}

	@PostMapping("/reload")
	List<Summary> reload() {
		return this.rulesets.reload().stream().map(Summary::of).toList();
	}

	@PostMapping("/{scheme}/{year}/check")
	CheckReport check(@PathVariable String scheme, @PathVariable int year, @Valid @RequestBody DraftRuleset draft) {
		List<RulesetFile> files = draft.rulesetFiles();
		if (draft.folder() != null && !draft.folder().isBlank()) {
			files = this.rulesets.folder(draft.folder())
				.orElseThrow(() -> RulesetException.notFound("FOLDER_NOT_FOUND",
						"规则目录中没有含 manifest.yaml 的文件夹「" + draft.folder() + "」"));
		}
		if (files.isEmpty()) {
			throw RulesetException.badRequest("EMPTY_DRAFT",
					"草案既没有文件 files，也没有指定文件夹 folder");
		}
		LoadedRuleset checked = this.rulesets.check(scheme, year, files);
		return new CheckReport(scheme, year, checked.hash(), checked.active(),
				checked.active() ? checked.ruleset().rules() : List.of(), checked.errors());
	}

	/** A folder in a list. */
	record Summary(String location, String scheme, Integer year, String title, List<?> subjectTypes, String state,
			String hash, String activeHash, int ruleCount, int errorCount) {

		static Summary of(RulesetStatus status) {
			return new Summary(status.location(), status.scheme(), status.year(), status.title(),
					status.subjectTypes(), status.state(), status.hash(), status.activeHash(), status.ruleCount(),
					status.errors().size());
		}

	}

	/** A folder with its rules, errors and files. */
	record Details(Summary ruleset, List<RuleInfo> rules, List<RulesetError> errors, List<RulesetFile> files) {
	}

	/** The outcome of checking a draft: {@code passed} when the manifest, lint, compiler and folder tests all agree. */
	record CheckReport(String scheme, int year, String hash, boolean passed, List<RuleInfo> rules,
			List<RulesetError> errors) {
	}

}
