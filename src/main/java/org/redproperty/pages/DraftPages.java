package org.redproperty.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.redproperty.ruleset.DraftContent;
import org.redproperty.ruleset.DraftRuleset;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.ManifestValues;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetActivation;
import org.redproperty.ruleset.RulesetFile;
import org.redproperty.ruleset.RulesetStatus;
import org.redproperty.ruleset.Rulesets;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A policy officer's draft of a ruleset: parameter values changed in a form and/or rule files uploaded, laid over
 * the version in service and checked as the API checks a draft; a draft that passes is kept by its hash (as the
 * API keeps it), compared with the active version on today's facts, and activated after a confirmation naming
 * the version it replaces.
 */
@Controller
class DraftPages {

	private static final String MANIFEST = "manifest.yaml";

	private final Rulesets rulesets;

	private final RulesetPages pages;

	private final Streets streets;

	DraftPages(Rulesets rulesets, RulesetPages pages, Streets streets) {
		this.rulesets = rulesets;
		this.pages = pages;
		this.streets = streets;
	}

	@GetMapping("/rulesets/{scheme}/{year}/draft")
	String form(@PathVariable String scheme, @PathVariable int year, Model model) {
		RulesetStatus status = this.pages.status(scheme, year);
		model.addAttribute("ruleset", status);
		model.addAttribute("form", DraftForm.of(ManifestValues.parameters(baseManifest(scheme, year, status))));
		return "rulesets/draft";
	}

	@PostMapping("/rulesets/{scheme}/{year}/draft")
	String check(@PathVariable String scheme, @PathVariable int year, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads, Model model,
			HttpServletResponse response) throws IOException {
		RulesetStatus status = this.pages.status(scheme, year);
		String base = baseManifest(scheme, year, status);
		Map<String, String> values = DraftForm.values(form);
		List<DraftRuleset.File> files = new ArrayList<>();
		String manifest = base;
		boolean manifestUploaded = false;
		for (MultipartFile upload : (uploads != null) ? uploads : List.<MultipartFile>of()) {
			if (upload.isEmpty() || upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()) {
				continue;
			}
			String name = upload.getOriginalFilename().replace('\\', '/');
			name = name.substring(name.lastIndexOf('/') + 1);
			String content = new String(upload.getBytes(), StandardCharsets.UTF_8);
			if (MANIFEST.equals(name)) {
				manifest = content;
				manifestUploaded = true;
			}
			else {
				files.add(new DraftRuleset.File(name, content));
			}
		}
		String edited = ManifestValues.withValues(manifest, values);
		if (manifestUploaded || !edited.equals(base)) {
			files.add(new DraftRuleset.File(MANIFEST, edited));
		}
		model.addAttribute("ruleset", status);
		model.addAttribute("form", DraftForm.of(ManifestValues.parameters(base), values));
		if (files.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", "草案没有改动：请修改参数取值，或上传修改过的规则文件。");
			return "rulesets/draft";
		}
		DraftContent content = this.rulesets.draft(scheme, year, new DraftRuleset(files, null));
		LoadedRuleset checked = this.rulesets.check(scheme, year, content);
		if (!checked.active()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("errors", DraftForm.byFile(checked.errors()));
			return "rulesets/draft";
		}
		return "redirect:/rulesets/" + scheme + "/" + year + "/drafts/" + checked.hash();
	}

	@GetMapping("/rulesets/{scheme}/{year}/drafts/{hash}")
	String draft(@PathVariable String scheme, @PathVariable int year, @PathVariable String hash, Model model) {
		draftModel(scheme, year, hash, model);
		return "rulesets/checked";
	}

	@GetMapping("/rulesets/{scheme}/{year}/drafts/{hash}/activate")
	String confirm(@PathVariable String scheme, @PathVariable int year, @PathVariable String hash, Model model) {
		draftModel(scheme, year, hash, model);
		List<RulesetActivation> history = this.rulesets.history(scheme, year);
		model.addAttribute("replaced", history.isEmpty() ? null : history.get(0));
		return "rulesets/activate";
	}

	@PostMapping("/rulesets/{scheme}/{year}/drafts/{hash}/activate")
	String activate(@PathVariable String scheme, @PathVariable int year, @PathVariable String hash,
			Principal principal, RedirectAttributes redirect) {
		DraftContent content = this.rulesets.checkedDraft(scheme, year, hash);
		RulesetActivation activation = this.rulesets.activate(scheme, year, content.files(), principal.getName());
		redirect.addFlashAttribute("activated", "已启用新版本 " + activation.hash() + "，替换了 "
				+ ((activation.previousHash() != null) ? activation.previousHash() : "（无）") + "。");
		return "redirect:/rulesets/" + scheme + "/" + year;
	}

	/** The checked draft, what it changes against the version it was laid over, and the what-if form's choices. */
	void draftModel(String scheme, int year, String hash, Model model) {
		RulesetStatus status = this.pages.status(scheme, year);
		DraftContent content = this.rulesets.checkedDraft(scheme, year, hash);
		List<RulesetFile> base = (content.basedOn() != null) ? this.rulesets
			.byHash(scheme, content.basedOn().year(), content.basedOn().hash())
			.map(Ruleset::files)
			.orElse(List.of()) : List.of();
		model.addAttribute("ruleset", status);
		model.addAttribute("hash", hash);
		model.addAttribute("basedOn", content.basedOn());
		model.addAttribute("changes", DraftChanges.of(base, content.files()));
		model.addAttribute("districts", this.streets.districts());
		model.addAttribute("streets", this.streets.streets(null));
		model.addAttribute("today", java.time.LocalDate.now());
	}

	private String baseManifest(String scheme, int year, RulesetStatus status) {
		List<RulesetFile> files = this.rulesets.latestActive(scheme, year)
			.map(Ruleset::files)
			.orElseGet(() -> this.rulesets.filesOnDisk(status));
		return files.stream()
			.filter((file) -> MANIFEST.equals(file.name()))
			.map(RulesetFile::content)
			.findFirst()
			.orElse("");
	}

}
