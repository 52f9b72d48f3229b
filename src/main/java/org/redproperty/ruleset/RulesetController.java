package org.redproperty.ruleset;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rulesets: what is in service, what a folder holds, checking and activating a draft, the history of activations,
 * reloading the rules directory.
 */
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
		return new Details(Summary.of(status), status.phases(), status.parameters(), status.rules(), status.errors(),
				this.rulesets.filesOnDisk(status));
	}

	@PostMapping("/reload")
	List<Summary> reload(Principal principal) {
		return this.rulesets.reload(who(principal, null)).stream().map(Summary::of).toList();
	}

	@PostMapping("/{scheme}/{year}/check")
	CheckReport check(@PathVariable String scheme, @PathVariable int year, @Valid @RequestBody DraftRuleset draft) {
		DraftContent content = this.rulesets.draft(scheme, year, draft);
		LoadedRuleset checked = this.rulesets.check(scheme, year, content);
		return new CheckReport(scheme, year, checked.hash(), checked.active(),
				checked.active() ? checked.ruleset().rules() : List.of(), checked.errors(), content.basedOn());
	}

	@PostMapping("/{scheme}/{year}/activate")
	ActivationReport activate(@PathVariable String scheme, @PathVariable int year,
			@Valid @RequestBody ActivationRequest request, Principal principal) {
		if (request.byHash() && request.hasDraft()) {
			throw RulesetException.badRequest("AMBIGUOUS_DRAFT", "请只给出一种草案：文件 files、文件夹 folder 或已检查草案的哈希 hash");
		}
		DraftContent content = request.byHash() ? this.rulesets.checkedDraft(scheme, year, request.hash().trim())
				: this.rulesets.draft(scheme, year, request.draft());
		RulesetActivation activation = this.rulesets.activate(scheme, year, content.files(),
				who(principal, request.activatedBy()));
		return new ActivationReport(scheme, year, activation.hash(), activation.previousHash(),
				activation.activatedBy(), activation.activatedAt(), activation.source(), content.basedOn());
	}

	@GetMapping("/{scheme}/{year}/history")
	List<RulesetActivation> history(@PathVariable String scheme, @PathVariable int year) {
		return this.rulesets.history(scheme, year);
	}

	/** The signed-in account; the name the request gives (or 匿名) only where nobody signs in. */
	private static String who(Principal principal, String given) {
		if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
			return principal.getName();
		}
		return (given != null && !given.isBlank()) ? given.strip() : "匿名";
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

	/** A folder with its phases, parameters, rules, errors and files. */
	record Details(Summary ruleset, List<Phase> phases, List<Parameter> parameters, List<RuleInfo> rules,
			List<RulesetError> errors, List<RulesetFile> files) {
	}

	/**
	 * The outcome of checking a draft: {@code passed} when the manifest, lint, compiler and folder tests all agree;
	 * {@code basedOn} is the active version the draft's files were laid over.
	 */
	record CheckReport(String scheme, int year, String hash, boolean passed, List<RuleInfo> rules,
			List<RulesetError> errors, RulesetIdentity basedOn) {
	}

	/** A draft put into service: its hash, the one it replaced, who, when, and the version it was laid over. */
	record ActivationReport(String scheme, int year, String hash, String previousHash, String activatedBy,
			Instant activatedAt, String source, RulesetIdentity basedOn) {
	}

}
