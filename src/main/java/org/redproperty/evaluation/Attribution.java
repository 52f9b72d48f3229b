package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.evaluation.EvaluationDiff.Change;
import org.redproperty.evaluation.EvaluationDiff.FactChange;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetDifference;

/**
 * The diff of two stored evaluations of one subject with the causes of each change, computed: the outcome is
 * evaluated again with each proper subset of the differing factors taken from {@code to} (the others from
 * {@code from}), smallest subsets first. The causes of a change are the factors of the smallest subsets that
 * produce it: factors that each produce it alone, or (with {@code interaction}) factors that produce it only
 * together. Where only one factor differs it is the cause, and nothing is evaluated again.
 */
final class Attribution {

	private final Reevaluations runs;

	private final ObjectMapper json;

	private final DiffReasons reasons;

	Attribution(Reevaluations runs, ObjectMapper json, DiffReasons reasons) {
		this.runs = runs;
		this.json = json;
		this.reasons = reasons;
	}

	EvaluationDiff diff(Evaluations.Stored from, Evaluations.Stored to) {
		Evaluation a = from.evaluation();
		Evaluation b = to.evaluation();
		List<Cause> differs = differing(a, b);
		OutcomeItems before = OutcomeItems.of(a, this.json);
		OutcomeItems after = OutcomeItems.of(b, this.json);
		List<String> keys = OutcomeItems.differing(before, after);
		Ruleset ra = this.runs.ruleset(a.ruleset());
		Ruleset rb = this.runs.ruleset(b.ruleset());
		RulesetDifference rules = RulesetDifference.between(ra, rb);
		List<String> required = requiredChanged(a, b);
		List<FactChange> scopeFacts = differs.contains(Cause.FACTS) ? this.runs.delta(from.read(), b.factsRevision())
				: List.of();
		Set<String> within = scopeFacts.isEmpty() ? Set.of()
				: this.runs.within(from.read(), b.factsRevision(), a.subjectType(), a.subjectId());
		List<FactChange> subjectFacts = scopeFacts.stream()
			.filter((f) -> within.contains(f.kind() + ":" + f.id()))
			.toList();
		Map<Set<Cause>, OutcomeItems> computed = new HashMap<>();
		List<Draft> drafts = new ArrayList<>();
		for (String key : keys) {
			OutcomeItems.Item after1 = after.get(key);
			Found found = causes(differs, key, after1, (subset) -> computed.computeIfAbsent(subset,
					(s) -> outcome(from, to, s, ra, rb)));
			OutcomeItems.Item item = (after1 != null) ? after1 : before.get(key);
			drafts.add(new Draft(item, before.get(key), after1, found));
		}
		List<Change> changes = new ArrayList<>();
		for (Draft d : drafts) {
			List<FactChange> facts = d.found().causes().contains(Cause.FACTS) ? facts(d, drafts, scopeFacts, subjectFacts)
					: List.of();
			List<String> behind = d.found().causes().contains(Cause.RULES) ? rules(d, drafts, rules, required)
					: List.of();
			changes.add(new Change(d.item().kind(), d.item().code(), json(d.before()), json(d.after()),
					d.found().causes(), d.found().interaction(), facts, behind,
					this.reasons.of(d.item(), d.before(), d.after(), d.found(), facts, behind, rules, a, b, rb)));
		}
		Set<Cause> all = EnumSet.noneOf(Cause.class);
		changes.forEach((c) -> all.addAll(c.causes()));
		return new EvaluationDiff(EvaluationDiff.Side.of(a), EvaluationDiff.Side.of(b),
				!Objects.equals(a.status(), b.status()), List.copyOf(all), differs, subjectFacts, rules, changes);
	}

	/** The factors in which the two evaluations differ, in the order facts, rules, asOf. */
	static List<Cause> differing(Evaluation a, Evaluation b) {
		List<Cause> differs = new ArrayList<>();
		if (!Objects.equals(a.factsRevision(), b.factsRevision())) {
			differs.add(Cause.FACTS);
		}
		if (!a.ruleset().hash().equals(b.ruleset().hash()) || !requiredChanged(a, b).isEmpty()) {
			differs.add(Cause.RULES);
		}
		if (!a.asOf().equals(b.asOf())) {
			differs.add(Cause.AS_OF);
		}
		return differs;
	}

	/**
	 * The required rulesets whose content differs between the two evaluations (or that only one of them used), as
	 * {@code requires:<scheme>/<year>}, in scheme and year order.
	 */
	static List<String> requiredChanged(Evaluation a, Evaluation b) {
		java.util.TreeMap<String, String> before = new java.util.TreeMap<>();
		a.requiredRulesets().forEach((r) -> before.put(r.key().toString(), r.hash()));
		java.util.TreeMap<String, String> after = new java.util.TreeMap<>();
		b.requiredRulesets().forEach((r) -> after.put(r.key().toString(), r.hash()));
		java.util.TreeSet<String> keys = new java.util.TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		return keys.stream()
			.filter((key) -> !Objects.equals(before.get(key), after.get(key)))
			.map((key) -> REQUIRES_PREFIX + key)
			.toList();
	}

	/** How a required ruleset is named among the rule differences behind a change. */
	static final String REQUIRES_PREFIX = "requires:";

	/** The causes of one change, from the outcomes with subsets of the differing factors. */
	static Found causes(List<Cause> differs, String key, OutcomeItems.Item after,
			java.util.function.Function<Set<Cause>, OutcomeItems> outcome) {
		if (differs.size() <= 1) {
			return new Found(List.copyOf(differs), false);
		}
		for (int size = 1; size < differs.size(); size++) {
			Set<Cause> causes = EnumSet.noneOf(Cause.class);
			for (Set<Cause> subset : subsets(differs, size)) {
				OutcomeItems items = outcome.apply(subset);
				if (items != null && OutcomeItems.same(items.get(key), after)) {
					causes.addAll(subset);
				}
			}
			if (!causes.isEmpty()) {
				return new Found(List.copyOf(causes), size > 1);
			}
		}
		return new Found(List.copyOf(differs), true);
	}

	private OutcomeItems outcome(Evaluations.Stored from, Evaluations.Stored to, Set<Cause> taken, Ruleset ra,
			Ruleset rb) {
		Evaluation a = from.evaluation();
		Evaluation b = to.evaluation();
		boolean rules = taken.contains(Cause.RULES);
		RuleOutcome outcome = this.runs.outcome(from,
				taken.contains(Cause.FACTS) ? b.factsRevision() : a.factsRevision(), rules ? rb : ra,
				rules ? b.requiredRulesets() : a.requiredRulesets(), taken.contains(Cause.AS_OF) ? b.asOf() : a.asOf());
		return (outcome != null) ? OutcomeItems.of(outcome, this.json) : null;
	}

	/**
	 * The fact changes behind a change: those of the records it names; for a change that names none (a status, a
	 * rank), those behind the other changes caused by the facts; else every change in the subject's facts, and
	 * failing those, in the facts of the scope it was evaluated in (others ranked with it).
	 */
	private static List<FactChange> facts(Draft d, List<Draft> drafts, List<FactChange> scope, List<FactChange> subject) {
		List<FactChange> named = named(d, scope);
		if (!named.isEmpty()) {
			return named;
		}
		Set<FactChange> others = new LinkedHashSet<>();
		drafts.stream()
			.filter((o) -> o != d && o.found().causes().contains(Cause.FACTS))
			.forEach((o) -> others.addAll(named(o, scope)));
		if (!others.isEmpty()) {
			return List.copyOf(others);
		}
		return subject.isEmpty() ? scope : subject;
	}

	private static List<FactChange> named(Draft d, List<FactChange> scope) {
		Set<String> ids = new LinkedHashSet<>();
		if (d.before() != null) {
			ids.addAll(d.before().evidence());
		}
		if (d.after() != null) {
			ids.addAll(d.after().evidence());
		}
		return scope.stream().filter((f) -> ids.contains(f.id())).toList();
	}

	/**
	 * The rule differences behind a change: its rule's, else those behind the other changes, else all; then every
	 * required ruleset whose content differs ({@code requires:<scheme>/<year>}).
	 */
	private static List<String> rules(Draft d, List<Draft> drafts, RulesetDifference rules, List<String> required) {
		List<String> behind = new ArrayList<>(ownRules(d, drafts, rules));
		behind.addAll(required);
		return List.copyOf(behind);
	}

	private static List<String> ownRules(Draft d, List<Draft> drafts, RulesetDifference rules) {
		List<String> own = rules.behind(d.item().code());
		if (!own.isEmpty()) {
			return own;
		}
		Set<String> others = new LinkedHashSet<>();
		drafts.stream()
			.filter((o) -> o != d && o.found().causes().contains(Cause.RULES))
			.forEach((o) -> others.addAll(rules.behind(o.item().code())));
		return others.isEmpty() ? rules.all() : List.copyOf(others);
	}

	private static List<Set<Cause>> subsets(List<Cause> factors, int size) {
		List<Set<Cause>> subsets = new ArrayList<>();
		for (int mask = 1; mask < (1 << factors.size()); mask++) {
			if (Integer.bitCount(mask) == size) {
				Set<Cause> subset = EnumSet.noneOf(Cause.class);
				for (int i = 0; i < factors.size(); i++) {
					if ((mask & (1 << i)) != 0) {
						subset.add(factors.get(i));
					}
				}
				subsets.add(subset);
			}
		}
		return subsets;
	}

	private static com.fasterxml.jackson.databind.JsonNode json(OutcomeItems.Item item) {
		return (item != null) ? item.json() : null;
	}

	/** The causes found for a change, and whether they cause it only together. */
	record Found(List<Cause> causes, boolean interaction) {
	}

	private record Draft(OutcomeItems.Item item, OutcomeItems.Item before, OutcomeItems.Item after, Found found) {
	}

}
