package org.redproperty.pages;

import java.time.Instant;
import java.util.List;

import org.redproperty.evaluation.DiffService;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.EvaluationService;
import org.redproperty.evaluation.PathService;
import org.redproperty.facts.FactKind;
import org.redproperty.facts.FactStore;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A stored evaluation as an auditor reads and files it: status and reason, gates, point lines, records that did
 * not count, findings, proposed deductions, awards, rank, ruleset and facts revision; its replay, its difference
 * from another evaluation of the subject and its path to a status, each through the service the API uses.
 */
@Controller
class EvaluationPages {

	private final EvaluationService evaluations;

	private final DiffService diffs;

	private final PathService paths;

	private final FactStore facts;

	EvaluationPages(EvaluationService evaluations, DiffService diffs, PathService paths, FactStore facts) {
		this.evaluations = evaluations;
		this.diffs = diffs;
		this.paths = paths;
		this.facts = facts;
	}

	@GetMapping("/evaluations/{id}")
	String evaluation(@PathVariable String id, Model model) {
		return page(this.evaluations.find(id), model);
	}

	@PostMapping("/evaluations/{id}/replay")
	String replay(@PathVariable String id, Model model) {
		model.addAttribute("replay", this.evaluations.replay(id));
		return page(this.evaluations.find(id), model);
	}

	@GetMapping("/evaluations/{id}/diff")
	String diff(@PathVariable String id, @RequestParam String against, Model model) {
		Evaluation evaluation = this.evaluations.find(id);
		model.addAttribute("diff", this.diffs.diff(id, against));
		common(evaluation, model);
		return "evaluation-diff";
	}

	@GetMapping("/evaluations/{id}/path")
	String path(@PathVariable String id, @RequestParam(required = false) String target, Model model) {
		Evaluation evaluation = this.evaluations.find(id);
		model.addAttribute("plan", this.paths.path(id, target));
		common(evaluation, model);
		return "evaluation-path";
	}

	private String page(Evaluation evaluation, Model model) {
		common(evaluation, model);
		model.addAttribute("defects", this.evaluations.defects(evaluation.id()));
		model.addAttribute("printedAt", Instant.now());
		return "evaluation";
	}

	/** What every evaluation page shows: the evaluation, its subject's name, the others to compare and the targets. */
	private void common(Evaluation evaluation, Model model) {
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("typeKey", evaluation.subjectType().name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("subjectName", this.facts.find(FactKind.of(evaluation.subjectType()).type(),
				evaluation.subjectId()).map(Names::of).orElse(evaluation.subjectId()));
		List<Evaluation.Summary> others = this.evaluations.ofSubject(evaluation.subjectType(), evaluation.subjectId())
			.stream()
			.filter((other) -> !other.id().equals(evaluation.id()) && other.scheme().equals(evaluation.scheme()))
			.toList();
		model.addAttribute("others", others);
		model.addAttribute("targets", this.paths.targets(evaluation.id()));
	}

}
