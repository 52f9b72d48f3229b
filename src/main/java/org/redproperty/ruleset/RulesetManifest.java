package org.redproperty.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.redproperty.facts.SubjectType;

/**
 * {@code manifest.yaml} of a ruleset folder: which scheme and year it implements, for which subjects, the document
 * it comes from, the phases its rules run in and the parameters they read. A folder marked {@code draft: true} is
 * checked but never put into service. {@code statuses} lists, per subject type, the statuses its rules can give,
 * best first; {@code remedies} says how a subject that missed a status can still earn it (both optional).
 * {@code periods} lists the periods the scheme is evaluated for; {@code companiesInDistrict: true} says that a
 * company is evaluated among the companies of a district it serves (a request for a company alone is answered from
 * the evaluation of that district). {@code requires} names the rulesets whose outcomes its rules read
 * ({@link Requirement}). {@code publish} says which results become titles when a job is published ({@link Publishing}).
 */
public record RulesetManifest(String scheme, int year, String title, List<SubjectType> subjectTypes,
		Source source, boolean draft, List<Phase> phases, List<Parameter> parameters,
		Map<SubjectType, List<String>> statuses, Remedies remedies, List<PeriodCode> periods,
		boolean companiesInDistrict, List<Requirement> requires, Publishing publish) {

	public RulesetManifest(String scheme, int year, String title, List<SubjectType> subjectTypes, Source source,
			boolean draft, List<Phase> phases, List<Parameter> parameters, Map<SubjectType, List<String>> statuses,
			Remedies remedies) {
		this(scheme, year, title, subjectTypes, source, draft, phases, parameters, statuses, remedies, List.of(), false,
				List.of());
	}

	/** A manifest without a {@code publish} section. */
	public RulesetManifest(String scheme, int year, String title, List<SubjectType> subjectTypes, Source source,
			boolean draft, List<Phase> phases, List<Parameter> parameters, Map<SubjectType, List<String>> statuses,
			Remedies remedies, List<PeriodCode> periods, boolean companiesInDistrict, List<Requirement> requires) {
		this(scheme, year, title, subjectTypes, source, draft, phases, parameters, statuses, remedies, periods,
				companiesInDistrict, requires, Publishing.NONE);
	}

	public RulesetManifest {
		periods = (periods != null) ? List.copyOf(periods) : List.of();
		requires = (requires != null) ? List.copyOf(requires) : List.of();
		subjectTypes = (subjectTypes != null) ? List.copyOf(subjectTypes) : List.of();
		phases = (phases != null) ? List.copyOf(phases) : List.of();
		parameters = (parameters != null) ? List.copyOf(parameters) : List.of();
		statuses = (statuses != null) ? Map.copyOf(statuses) : Map.of();
		remedies = (remedies != null) ? remedies : Remedies.NONE;
		publish = (publish != null) ? publish : Publishing.NONE;
	}

	/** The statuses a subject of this type can get, best first; empty when the manifest does not say. */
	public List<String> statuses(SubjectType type) {
		return this.statuses.getOrDefault(type, List.of());
	}

	public RulesetKey key() {
		return new RulesetKey(this.scheme, this.year);
	}

	public boolean covers(SubjectType type) {
		return this.subjectTypes.contains(type);
	}

	/** The phases of one step, in order. */
	public List<Phase> phases(Phase.Step step) {
		return this.phases.stream().filter((phase) -> phase.step() == step).toList();
	}

	/** Whether the scheme is evaluated per period ({@code periods} in the manifest): then every request names one. */
	public boolean periodic() {
		return !this.periods.isEmpty();
	}

	public Optional<Parameter> parameter(String name) {
		return this.parameters.stream().filter((parameter) -> parameter.name().equals(name)).findFirst();
	}

	/** The same manifest with some parameters given other values (already of their types). */
	public RulesetManifest withValues(Map<String, Object> values) {
		List<Parameter> changed = this.parameters.stream()
			.map((p) -> values.containsKey(p.name())
					? new Parameter(p.name(), p.type(), p.of(), values.get(p.name()), p.label(), p.clause(), p.line()) : p)
			.toList();
		return new RulesetManifest(this.scheme, this.year, this.title, this.subjectTypes, this.source, this.draft,
				this.phases, changed, this.statuses, this.remedies, this.periods, this.companiesInDistrict, this.requires,
				this.publish);
	}

	/** The number (文号) of the source document the rules' clauses are sections of, or null. */
	public String document() {
		return (this.source != null) ? this.source.document() : null;
	}

	/** The policy document: its number (文号) and title. */
	public record Source(String document, String title) {
	}

}
