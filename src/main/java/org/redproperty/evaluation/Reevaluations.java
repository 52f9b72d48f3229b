package org.redproperty.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.redproperty.evaluation.EvaluationDiff.FactChange;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.Fact;
import org.redproperty.facts.FactKind;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetIdentity;
import org.redproperty.ruleset.Rulesets;

/**
 * Stored evaluations' subjects evaluated again with other factors, for one diff or one page of a job's changes.
 * An evaluation is redone the way {@link EvaluationService#replay replay} redoes it: within the whole of the
 * larger subject it came from (a project of a district job, a company ranked over the district), else alone, over
 * the facts of the scope it read. Each whole scope is evaluated once per set of factors, and each scope's facts
 * read once per revision, whatever the number of subjects asked about.
 */
final class Reevaluations {

	private final Rulesets rulesets;

	private final FactStore facts;

	private final Evaluator evaluator;

	private final Map<String, Ruleset> rulesetsByHash = new HashMap<>();

	private final Map<FactsRead, Dataset> read = new HashMap<>();

	private final Map<String, Requirements> requirements = new HashMap<>();

	private final Map<String, Map<String, SubjectResult>> runs = new HashMap<>();

	private final Map<String, List<FactChange>> deltas = new HashMap<>();

	private final Map<FactsRead, FactSlices> slices = new HashMap<>();

	Reevaluations(Rulesets rulesets, FactStore facts, Evaluator evaluator) {
		this.rulesets = rulesets;
		this.facts = facts;
		this.evaluator = evaluator;
	}

	Ruleset ruleset(RulesetIdentity identity) {
		return this.rulesetsByHash.computeIfAbsent(identity.hash(), (hash) -> this.rulesets
			.byHash(identity.scheme(), identity.year(), hash)
			.orElseThrow(() -> EvaluationException.unprocessable("RULESET_SNAPSHOT_MISSING",
					"找不到评价所用的规则集快照 " + hash)));
	}

	/** The facts of the scope as known at its revision, whatever their dates. */
	Dataset facts(FactsRead scope) {
		return this.read.computeIfAbsent(scope,
				(s) -> this.facts.scope(s.scopeType(), s.scopeId(), s.revision()));
	}

	/**
	 * The outcome the stored evaluation's subject gets over the facts of its scope at the revision, with the
	 * ruleset and the contents of the required rulesets, on asOf; null if the evaluation fails.
	 * @throws EvaluationException if a required content is nowhere kept ({@link RecordedRequirements})
	 */
	RuleOutcome outcome(Evaluations.Stored like, long revision, Ruleset ruleset, List<RequiredRuleset> required,
			LocalDate asOf) {
		Evaluation e = like.evaluation();
		FactsRead scope = new FactsRead(revision, like.read().scopeType(), like.read().scopeId());
		Evaluation.Together together = e.evaluatedTogether();
		Scope evaluated = (together != null) ? Scope.whole(together.subjectType(), together.subjectId())
				: Scope.of(e.subjectType(), e.subjectId());
		String run = evaluated + "|" + evaluated.whole() + "|" + scope + "|" + ruleset.hash() + "|" + asOf + "|"
				+ e.period() + "|" + required.stream().map(RequiredRuleset::hash).toList();
		Evaluator on = required.isEmpty() ? this.evaluator
				: this.evaluator.preferring(this.requirements.computeIfAbsent(required.toString(),
						(k) -> RecordedRequirements.of(this.rulesets, required)));
		Map<String, SubjectResult> results = this.runs.computeIfAbsent(run, (key) -> {
			Map<String, SubjectResult> bySubject = new HashMap<>();
			try {
				on.evaluate(ruleset, evaluated, asOf, e.period(), facts(scope))
					.forEach((r) -> bySubject.put(key(r.subject().type(), r.subject().id()), r));
			}
			catch (RuntimeException ex) {
				// a failed evaluation produces no change
			}
			return bySubject;
		});
		SubjectResult result = results.get(key(e.subjectType(), e.subjectId()));
		return (result != null && result.succeeded()) ? result.outcome() : null;
	}

	/**
	 * The facts of the scope that differ between two revisions, in kind and id order: in the second only
	 * ({@code ADDED}), in the first only ({@code RETRACTED}), or recorded by another revision ({@code CHANGED}).
	 */
	List<FactChange> delta(FactsRead from, long toRevision) {
		return this.deltas.computeIfAbsent(from + "|" + toRevision, (key) -> {
			Map<String, Fact> before = byKey(facts(from));
			Map<String, Fact> after = byKey(facts(new FactsRead(toRevision, from.scopeType(), from.scopeId())));
			List<FactChange> changes = new ArrayList<>();
			boolean forward = toRevision >= from.revision();
			Set<String> keys = new TreeSet<>(before.keySet());
			keys.addAll(after.keySet());
			for (String k : keys) {
				Fact a = before.get(k);
				Fact b = after.get(k);
				String kind = k.substring(0, k.indexOf(':'));
				if (a == null) {
					changes.add(new FactChange(kind, b.id(), FactChange.Type.ADDED, b.revision()));
				}
				else if (b == null) {
					long revision = forward ? this.facts.closedBy(FactKind.byKey(kind), a.id(), a.revision())
						.orElse(toRevision) : a.revision();
					changes.add(new FactChange(kind, a.id(), FactChange.Type.RETRACTED, revision));
				}
				else if (!a.revision().equals(b.revision())) {
					changes.add(new FactChange(kind, b.id(), FactChange.Type.CHANGED,
							forward ? b.revision() : a.revision()));
				}
			}
			return changes;
		});
	}

	/**
	 * The facts (as {@code kind:id}) of one subject within the facts of a larger scope read at either revision: a
	 * project's or company's own slice; for a street, community or district, everything read.
	 */
	Set<String> within(FactsRead from, long toRevision, SubjectType type, String id) {
		Set<String> keys = new HashSet<>();
		for (FactsRead scope : List.of(from, new FactsRead(toRevision, from.scopeType(), from.scopeId()))) {
			Dataset dataset = facts(scope);
			boolean unit = type == SubjectType.PROJECT || type == SubjectType.COMPANY;
			boolean alone = from.scopeType() == type && from.scopeId().equals(id);
			keys.addAll(byKey((unit && !alone) ? this.slices.computeIfAbsent(scope, (s) -> new FactSlices(dataset))
				.of(type, id) : dataset).keySet());
		}
		return keys;
	}

	private static Map<String, Fact> byKey(Dataset dataset) {
		Map<String, Fact> facts = new LinkedHashMap<>();
		for (FactKind kind : FactKind.values()) {
			kind.of(dataset).forEach((fact) -> facts.put(kind.key() + ":" + fact.id(), fact));
		}
		return facts;
	}

	private static String key(SubjectType type, String id) {
		return type + ":" + id;
	}

}
