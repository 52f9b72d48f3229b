package org.redproperty.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.EvaluationRequest;
import org.redproperty.evaluation.EvaluationService;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.DistrictScope;
import org.redproperty.facts.Fact;
import org.redproperty.facts.FactHistory;
import org.redproperty.facts.FactKind;
import org.redproperty.facts.HolderType;
import org.redproperty.facts.RevisionService;
import org.redproperty.facts.SubjectFacts;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.PeriodCode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A subject's page: its current facts, each with the revision that recorded it and who made it, the stored
 * evaluations of it newest first, and for district staff a form to evaluate it now; and a fact's history.
 */
@Controller
class SubjectPages {

	/** A title's columns that name its holder: the page's own subject. */
	private static final Set<String> HOLDER = Set.of("holderType", "holderId");

	private final SubjectFacts subjects;

	private final DistrictScope scope;

	private final EvaluationService evaluations;

	private final RevisionService revisions;

	private final FactView view;

	private final RulesetChoices rulesets;

	SubjectPages(SubjectFacts subjects, DistrictScope scope, EvaluationService evaluations, RevisionService revisions,
			FactView view, RulesetChoices rulesets) {
		this.subjects = subjects;
		this.scope = scope;
		this.evaluations = evaluations;
		this.revisions = revisions;
		this.view = view;
		this.rulesets = rulesets;
	}

	@GetMapping("/subjects/{type}/{id}")
	String subject(@PathVariable String type, @PathVariable String id, Model model, HttpServletResponse response) {
		Optional<SubjectType> subjectType = type(type);
		if (subjectType.isEmpty()) {
			return unknownType(type, response, model);
		}
		model.addAttribute("form", new EvaluateForm(this.rulesets.defaultFor(subjectType.get()), new Chinese().today()));
		return page(subjectType.get(), id, model);
	}

	/** The periods a scheme may declare, for the evaluation form (a scheme without periods takes none). */
	@ModelAttribute("periods")
	List<PeriodCode> periods() {
		return List.of(PeriodCode.values());
	}

	@PostMapping("/subjects/{type}/{id}/evaluate")
	String evaluate(@PathVariable String type, @PathVariable String id, @Valid @ModelAttribute("form") EvaluateForm form,
			BindingResult errors, Model model, HttpServletResponse response) {
		Optional<SubjectType> subjectType = type(type);
		if (subjectType.isEmpty()) {
			return unknownType(type, response, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(subjectType.get(), id, model);
		}
		Evaluation evaluation = this.evaluations
			.evaluate(new EvaluationRequest(form.scheme(), form.year(), id, form.asOf(), null, form.periodOrNull(), null));
		return "redirect:/evaluations/" + evaluation.id();
	}

	@GetMapping("/facts/{kind}/{id}/history")
	String history(@PathVariable String kind, @PathVariable String id, Model model) {
		FactHistory history = this.revisions.history(kind, id);
		model.addAttribute("history", history);
		model.addAttribute("changes", history.versions().stream().map((v) -> this.view.changes(v.changes())).toList());
		model.addAttribute("kind", FactKind.byKey(kind));
		return "fact-history";
	}

	private String page(SubjectType type, String id, Model model) {
		Dataset facts = this.subjects.of(type, id);
		Fact subject = facts.ofType(type).stream().filter((fact) -> fact.id().equals(id)).findFirst().orElseThrow();
		List<FactView.Table> tables = new ArrayList<>();
		Set<String> own = Set.of(type.name().toLowerCase(Locale.ROOT) + "Id");
		switch (type) {
			case PROJECT -> {
				add(tables, FactKind.COMMITTEES, facts.committees(), own);
				add(tables, FactKind.NOMINATIONS, facts.nominations(), own);
				add(tables, FactKind.ACTIVITIES, facts.activities(), own);
				add(tables, FactKind.INCIDENTS, facts.incidents(), own);
				add(tables, FactKind.INSPECTIONS, facts.inspections(), own);
				add(tables, FactKind.TITLES, SubjectFacts.held(facts.titles(), HolderType.PROJECT, id), HOLDER);
			}
			case COMPANY -> {
				add(tables, FactKind.PROJECTS, this.scope.visible(SubjectType.PROJECT, facts.projects()), own);
				add(tables, FactKind.SURVEYS, facts.surveys(), own);
				add(tables, FactKind.ASSESSMENTS, facts.assessments(), own);
				add(tables, FactKind.CREDIT_DEDUCTIONS, facts.creditDeductions(), own);
				add(tables, FactKind.INCIDENTS, facts.incidents()
					.stream()
					.filter((incident) -> incident.projectId() == null
							|| this.scope.visible(SubjectType.PROJECT, incident.projectId()))
					.toList(), own);
				add(tables, FactKind.TITLES, SubjectFacts.held(facts.titles(), HolderType.COMPANY, id), HOLDER);
			}
			case COMMUNITY -> add(tables, FactKind.PROJECTS, facts.projects(), own);
			case STREET -> {
				add(tables, FactKind.COMMUNITIES, facts.communities(), own);
				add(tables, FactKind.PROJECTS, facts.projects(), Set.of());
			}
			case DISTRICT -> {
				add(tables, FactKind.STREETS, facts.streets(), own);
				add(tables, FactKind.COMMUNITIES, facts.communities(), Set.of());
				add(tables, FactKind.PROJECTS, facts.projects(), Set.of());
			}
		}
		add(tables, FactKind.INDICATORS,
				facts.indicators().stream().filter((indicator) -> indicator.subjectId().equals(id)).toList(),
				Set.of("subjectType", "subjectId"));
		List<Evaluation.Summary> stored = this.evaluations.ofSubject(type, id);
		Map<String, Long> revisionsRead = this.evaluations.factsRevisionsOf(type, id);
		model.addAttribute("type", type);
		model.addAttribute("typeKey", type.name().toLowerCase(Locale.ROOT));
		model.addAttribute("subject", subject);
		model.addAttribute("name", Names.of(subject));
		model.addAttribute("fields", this.view.fields(subject));
		model.addAttribute("recorded", this.view.table(FactKind.of(type), List.of(subject),
				this.subjects.recordedBy(List.of(subject)), Set.of()).rows().get(0));
		model.addAttribute("tables", tables);
		model.addAttribute("evaluations", stored);
		model.addAttribute("revisionsRead", revisionsRead);
		model.addAttribute("rulesets", this.rulesets.covering(type));
		return "subject";
	}

	private void add(List<FactView.Table> tables, FactKind kind, List<? extends Fact> facts, Set<String> omit) {
		tables.add(this.view.table(kind, facts, this.subjects.recordedBy(facts), omit));
	}

	static Optional<SubjectType> type(String key) {
		try {
			return Optional.of(SubjectType.valueOf(key.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String unknownType(String type, HttpServletResponse response, Model model) {
		return PageErrors.page(response, model, HttpStatus.NOT_FOUND, "NOT_FOUND",
				"没有「" + type + "」这类评价对象（可用：project、company、street、community、district）。");
	}

}
