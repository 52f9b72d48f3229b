package org.redproperty.pages;

import java.util.List;

import org.redproperty.ruleset.RulesetFile;
import org.redproperty.ruleset.RulesetStatus;
import org.redproperty.ruleset.Rulesets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The rulesets for everyone to read: each folder with its state and hash; a ruleset's parameters (label, value,
 * clause), its files (read-only, with line numbers) and its activations (who, when, which content it replaced).
 */
@Controller
class RulesetPages {

	private final Rulesets rulesets;

	RulesetPages(Rulesets rulesets) {
		this.rulesets = rulesets;
	}

	@GetMapping("/rulesets")
	String list(Model model) {
		model.addAttribute("rulesets", this.rulesets.statuses());
		return "rulesets/list";
	}

	@GetMapping("/rulesets/{scheme}/{year}")
	String ruleset(@PathVariable String scheme, @PathVariable int year, Model model) {
		RulesetStatus status = status(scheme, year);
		model.addAttribute("ruleset", status);
		model.addAttribute("files", this.rulesets.filesOnDisk(status).stream().map(RulesetFile::name).toList());
		model.addAttribute("history", this.rulesets.history(scheme, year));
		return "rulesets/ruleset";
	}

	@GetMapping("/rulesets/{scheme}/{year}/files/{*name}")
	String file(@PathVariable String scheme, @PathVariable int year, @PathVariable String name, Model model) {
		RulesetStatus status = status(scheme, year);
		String wanted = name.startsWith("/") ? name.substring(1) : name;
		RulesetFile file = this.rulesets.filesOnDisk(status)
			.stream()
			.filter((f) -> f.name().equals(wanted))
			.findFirst()
			.orElseThrow(() -> PageException.notFound("NOT_FOUND",
					"规则集 " + scheme + "/" + year + " 中没有文件「" + wanted + "」"));
		model.addAttribute("ruleset", status);
		model.addAttribute("file", file);
		model.addAttribute("lines", List.of(file.content().split("\n", -1)));
		model.addAttribute("errors",
				status.errors().stream().filter((error) -> wanted.equals(error.file())).toList());
		return "rulesets/file";
	}

	RulesetStatus status(String scheme, int year) {
		return this.rulesets.status(scheme, year)
			.orElseThrow(() -> PageException.notFound("RULESET_NOT_FOUND", "规则目录中没有规则集 " + scheme + "/" + year));
	}

}
