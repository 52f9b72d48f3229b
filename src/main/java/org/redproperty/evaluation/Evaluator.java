package org.redproperty.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.redproperty.common.ServiceException;
import org.redproperty.facts.Dataset;
import org.redproperty.ruleset.Phase;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetKey;

/**
 * The one evaluator: every path that evaluates (a single evaluation, a batch job, a what-if, a replay, a folder's
 * own tests) calls it, and nothing else builds rule sessions. Given a ruleset, a scope, a date and the facts, it
 * answers exactly one outcome or one failure for every subject of the scope, in {@link Scope#ORDER}.
 *
 * <p>
 * It owns what a rule must not have to think about:
 * <ul>
 * <li>the as-of cut-off: facts dated after the evaluation date are never given to the rules, and a rectification
 * made later has not happened ({@link Dataset#asOf});</li>
 * <li>the scope: each subject being evaluated is a {@link Subject} fact, so a rule reads the same whether one
 * project or a whole district is evaluated;</li>
 * <li>two steps: first every project or company on its own facts, one session each, through the phases of step
 * {@code each}; then one session over the whole scope, with the first step's results as facts ({@link Evaluated},
 * {@code Status}, {@code GateResult} …), through the phases of step {@code together}: streets, communities,
 * districts and rankings;</li>
 * <li>firing limits, deadlines, and failures: a session that fires too many rules ({@code RUNAWAY_RULES}), is still
 * firing at its deadline ({@code RULES_TIMEOUT}) or runs out of memory ({@code RULES_OUT_OF_MEMORY}) is stopped; a
 * project or company whose session fails is a failure of its own, and every
 * subject of the second step then fails with it, since its honours or its rank would be wrong without it;</li>
 * <li>exactly one status: a subject that ends with none, or with more than one, is a failure naming the rules.</li>
 * </ul>
 * Plain Java without Spring: the rule tests use it directly.
 */
public final class Evaluator {

	private final int maxFirings;

	private final int firingsPerSubject;

	private final Duration deadlinePerSubject;

	private final StepInputs inputs = new StepInputs();

	private final Requirements requirements;

	/**
	 * @param maxFirings the most rule firings one session may take before it is stopped as runaway
	 * @param firingsPerSubject what the second step's session may take per subject in scope, if that is more
	 * @param deadlinePerSubject how long a session may run per subject it evaluates before it is stopped
	 */
	public Evaluator(int maxFirings, int firingsPerSubject, Duration deadlinePerSubject) {
		this(maxFirings, firingsPerSubject, deadlinePerSubject, Requirements.NONE);
	}

	private Evaluator(int maxFirings, int firingsPerSubject, Duration deadlinePerSubject, Requirements requirements) {
		this.maxFirings = maxFirings;
		this.firingsPerSubject = firingsPerSubject;
		this.deadlinePerSubject = deadlinePerSubject;
		this.requirements = requirements;
	}

	/** The same evaluator finding the rulesets a manifest {@code requires} there. */
	public Evaluator withRequirements(Requirements found) {
		return new Evaluator(this.maxFirings, this.firingsPerSubject, this.deadlinePerSubject, found);
	}

	/**
	 * The same evaluator finding required rulesets in {@code first} before where it finds them now, e.g. the
	 * contents a stored evaluation used (replay), or the folders loaded before a folder's own tests.
	 */
	public Evaluator preferring(Requirements first) {
		return withRequirements((key) -> first.find(key).or(() -> this.requirements.find(key)));
	}

	/** The ruleset this evaluator takes for a manifest's {@code requires} of that key, if any. */
	Optional<Ruleset> find(RulesetKey key) {
		return this.requirements.find(key);
	}

	/** The limits its sessions run under, as text (what a folder test's result depends on besides the rules). */
	String limits() {
		return this.maxFirings + "/" + this.firingsPerSubject + "/" + this.deadlinePerSubject;
	}

	public Evaluator(int maxFirings, int firingsPerSubject) {
		this(maxFirings, firingsPerSubject, EvaluationProperties.DEADLINE_PER_SUBJECT);
	}

	public Evaluator(EvaluationProperties properties) {
		this(properties.maxFirings(), properties.firingsPerSubject(), properties.deadlinePerSubject());
	}

	/** Evaluates one subject on its own and answers its outcome, or throws why it has none. */
	public RuleOutcome evaluateOne(Ruleset ruleset, Subject subject, Dataset facts) {
		SubjectResult result = evaluate(ruleset, Scope.of(subject.type(), subject.id()), subject.asOf(),
				subject.period(), facts, null).get(0);
		if (result.succeeded()) {
			return result.outcome();
		}
		throw EvaluationFailedException.of(result);
	}

	/** Every subject of the scope, evaluated on the facts as they stood on {@code asOf}. */
	public List<SubjectResult> evaluate(Ruleset ruleset, Scope scope, LocalDate asOf, Dataset facts) {
		return evaluate(ruleset, scope, asOf, facts, null);
	}

	/**
	 * Every subject of the scope, evaluated on the facts as they stood on {@code asOf}, with no session running
	 * past {@code within} from now (a check's remaining time), nor past its own deadline per subject.
	 */
	public List<SubjectResult> evaluate(Ruleset ruleset, Scope scope, LocalDate asOf, Dataset facts, Duration within) {
		return evaluate(ruleset, scope, asOf, null, facts, within);
	}

	/** Every subject of the scope for the period (a code of the manifest's {@code periods}, or null where it has none). */
	public List<SubjectResult> evaluate(Ruleset ruleset, Scope scope, LocalDate asOf, String period, Dataset facts) {
		return evaluate(ruleset, scope, asOf, period, facts, null);
	}

	/**
	 * Every subject of the scope for the period, evaluated on the facts as they stood on {@code asOf}, with no
	 * session running past {@code within} from now (null: no such limit), nor past its own deadline per subject.
	 * The {@link Period} is a fact of every session.
	 * @throws EvaluationException if the period is missing or unknown where the scheme has periods, or given where
	 * it has none
	 */
	public List<SubjectResult> evaluate(Ruleset ruleset, Scope scope, LocalDate asOf, String period, Dataset facts,
			Duration within) {
		return evaluate(ruleset, scope, asOf, period, facts, within, new HashMap<>());
	}

	/**
	 * As {@link #evaluate(Ruleset, Scope, LocalDate, String, Dataset, Duration)}, taking the results of required
	 * rulesets already evaluated on this scope, date and facts from {@code done} (by hash and period), so that a
	 * ruleset required along two paths (star-rating requires red-black-list, and credit-grade, which requires it
	 * too) is evaluated once.
	 */
	private List<SubjectResult> evaluate(Ruleset ruleset, Scope scope, LocalDate asOf, String period, Dataset facts,
			Duration within, Map<String, List<SubjectResult>> done) {
		Period during = Periods.of(ruleset.manifest(), period);
		Inputs inputs;
		try {
			inputs = required(ruleset, scope, asOf, facts, within, done);
		}
		catch (EvaluationException ex) {
			return failedAll(ruleset, scope, asOf, period, facts, ex.getMessage());
		}
		List<Object> required = inputs.facts();
		Clock clock = new Clock(System.nanoTime(), within);
		Dataset seen = facts.asOf(asOf);
		FactSlices slices = new FactSlices(seen);
		String scheme = ruleset.manifest().scheme();
		int year = ruleset.manifest().year();
		List<Subject> subjects = slices.subjects(scope, ruleset.manifest().subjectTypes()).stream()
			.map((ref) -> new Subject(scheme, year, ref.type(), ref.id(), asOf, period))
			.sorted(Scope.SUBJECT_ORDER)
			.toList();
		List<Subject> units = slices.units(scope, ruleset.manifest().subjectTypes()).stream()
			.map((ref) -> new Subject(scheme, year, ref.type(), ref.id(), asOf, period))
			.sorted(Scope.SUBJECT_ORDER)
			.toList();

		Map<String, Session.Concluded> first = new LinkedHashMap<>();
		Map<String, SubjectResult> failures = new LinkedHashMap<>();
		List<Phase> each = ruleset.manifest().phases(Phase.Step.EACH);
		for (Subject unit : units) {
			List<Object> inserted = new ArrayList<>();
			inserted.add(unit);
			if (during != null) {
				inserted.add(during);
			}
			Dataset own = slices.of(unit.type(), unit.id());
			FactSlices.places(own).forEach(inserted::add);
			own.all().forEach(inserted::add);
			inserted.addAll(required);
			inserted.removeIf((fact) -> !(fact instanceof Subject) && !this.inputs.needed(ruleset, Phase.Step.EACH, fact));
			try {
				first.put(unit.id(), clock.run(ruleset, each, inserted, this.maxFirings, this.deadlinePerSubject));
			}
			catch (RuntimeException ex) {
				failures.put(unit.id(), failure(unit, ex));
			}
		}

		List<Phase> together = ruleset.manifest().phases(Phase.Step.TOGETHER);
		Session.Concluded second = null;
		String secondFailure = null;
		if (!together.isEmpty()) {
			if (!failures.isEmpty()) {
				secondFailure = "第一步中 " + String.join("、", new TreeSet<>(failures.keySet()))
						+ " 评价失败，无法在其结果上评价：" + failures.values().iterator().next().failure().message();
			}
			else {
				try {
					List<Object> inserted = secondStep(subjects, units, first, seen);
					if (during != null) {
						inserted.add(during);
					}
					inserted.addAll(required);
					inserted.removeIf((fact) -> !(fact instanceof Subject)
							&& !this.inputs.needed(ruleset, Phase.Step.TOGETHER, fact));
					int count = Math.max(1, subjects.size());
					second = clock.run(ruleset, together, inserted,
							Math.max(this.maxFirings, this.firingsPerSubject * count),
							this.deadlinePerSubject.multipliedBy(count));
				}
				catch (RuntimeException ex) {
					secondFailure = failure(subjects.get(0), ex).failure().message();
				}
			}
		}

		List<SubjectResult> answers = new ArrayList<>(subjects.size());
		for (Subject subject : subjects) {
			if (failures.containsKey(subject.id())) {
				answers.add(failures.get(subject.id()));
				continue;
			}
			Session.Concluded own = first.get(subject.id());
			if (secondFailure != null && (own == null || Outcomes.statusless(own, subject.id()))) {
				answers.add(SubjectResult.failed(subject, "INPUT_FAILED", secondFailure));
				continue;
			}
			answers.add(inputs.of(Outcomes.of(subject, own, second)));
		}
		return answers;
	}

	/**
	 * The outcomes of the rulesets the manifest requires, evaluated first on the same scope, date and facts, each
	 * for every period it is required for, as {@link Required} facts; and every ruleset used for them, those they
	 * require themselves included, with its content hash.
	 * @throws EvaluationException if a required ruleset is not in service, or a subject of it failed
	 */
	private Inputs required(Ruleset ruleset, Scope scope, LocalDate asOf, Dataset facts, Duration within,
			Map<String, List<SubjectResult>> done) {
		List<Object> required = new ArrayList<>();
		List<RequiredRuleset> used = new ArrayList<>();
		for (org.redproperty.ruleset.Requirement requirement : ruleset.manifest().requires()) {
			Ruleset needed = this.requirements.find(requirement.key())
				.orElseThrow(() -> EvaluationException.unprocessable("INPUT_FAILED", "规则集 " + ruleset.key()
						+ " 所需的规则集 " + requirement.key() + " 未启用或有错误，无法评价"));
			List<String> periods = requirement.periods().isEmpty() ? java.util.Collections.singletonList(null)
					: requirement.periods().stream().map(Enum::name).toList();
			used.add(new RequiredRuleset(needed.manifest().scheme(), needed.manifest().year(),
					requirement.periods().stream().map(Enum::name).toList(), needed.hash()));
			for (String period : periods) {
				// Not computeIfAbsent: the evaluation adds the rulesets it requires itself to the same map.
				String key = needed.hash() + " " + period;
				List<SubjectResult> results = done.get(key);
				if (results == null) {
					results = evaluate(needed, scope, asOf, period, facts, within, done);
					done.put(key, results);
				}
				for (SubjectResult result : results) {
					if (!result.succeeded()) {
						throw EvaluationException.unprocessable("INPUT_FAILED", "所需的规则集 " + requirement.key()
								+ ((period != null) ? " " + period : "") + " 中 " + result.subject().id() + " 评价失败："
								+ result.failure().message());
					}
					RuleOutcome outcome = result.outcome();
					used.addAll(outcome.requiredRulesets());
					required.add(new Required(needed.manifest().scheme(), needed.manifest().year(),
							Periods.of(needed.manifest(), period),
							result.subject().type(), result.subject().id(), outcome.status().value(),
							outcome.totalPoints(), outcome.rank(), outcome.findings()));
				}
			}
		}
		return new Inputs(required, RequiredRuleset.merged(used));
	}

	/** What an evaluation took from the rulesets it requires: the facts for the rules and the rulesets used. */
	private record Inputs(List<Object> facts, List<RequiredRuleset> used) {

		/** The subject's result with the rulesets used and the required outcomes about it. */
		SubjectResult of(SubjectResult result) {
			if (!result.succeeded() || this.used.isEmpty()) {
				return result;
			}
			Subject subject = result.subject();
			List<RequiredOutcome> read = this.facts.stream()
				.map(Required.class::cast)
				.filter((r) -> r.subjectType() == subject.type() && r.subjectId().equals(subject.id()))
				.map(RequiredOutcome::of)
				.toList();
			return SubjectResult.of(subject, result.outcome().requiring(this.used, read));
		}

	}

	private List<SubjectResult> failedAll(Ruleset ruleset, Scope scope, LocalDate asOf, String period, Dataset facts,
			String message) {
		FactSlices slices = new FactSlices(facts.asOf(asOf));
		return slices.subjects(scope, ruleset.manifest().subjectTypes()).stream()
			.map((ref) -> new Subject(ruleset.manifest().scheme(), ruleset.manifest().year(), ref.type(), ref.id(),
					asOf, period))
			.sorted(Scope.SUBJECT_ORDER)
			.map((subject) -> SubjectResult.failed(subject, "INPUT_FAILED", message))
			.toList();
	}

	/** The second step's facts: the scope as subjects, every fact, and each project's or company's first step. */
	private static List<Object> secondStep(List<Subject> subjects, List<Subject> units,
			Map<String, Session.Concluded> first, Dataset seen) {
		List<Object> inserted = new ArrayList<>(subjects);
		inserted.addAll(FactSlices.places(seen));
		seen.all().forEach(inserted::add);
		for (Subject unit : units) {
			Session.Concluded concluded = first.get(unit.id());
			List<Result> results = Outcomes.about(concluded.results(), unit.id());
			inserted.add(Outcomes.evaluated(unit, results));
			inserted.addAll(results);
		}
		return inserted;
	}

	private static SubjectResult failure(Subject subject, RuntimeException ex) {
		if (ex instanceof RunawayRulesException || ex instanceof RulesTimeoutException
				|| ex instanceof RulesOutOfMemoryException) {
			return SubjectResult.failed(subject, ((ServiceException) ex).code(), ex.getMessage());
		}
		return SubjectResult.failed(subject, "EVALUATION_FAILED", "评价出错：" + ex.getMessage());
	}

	/**
	 * The deadlines of one evaluation's sessions: each its own time from when it starts, and none past the time
	 * the caller allows the whole evaluation, if it sets one.
	 */
	private record Clock(long start, Duration within) {

		Session.Concluded run(Ruleset ruleset, List<Phase> phases, List<Object> facts, int maxFirings, Duration own) {
			long now = System.nanoTime();
			Duration limit = own;
			long deadline = now + own.toNanos();
			if (this.within != null && this.start + this.within.toNanos() - deadline < 0) {
				limit = this.within;
				deadline = this.start + this.within.toNanos();
			}
			return Session.run(ruleset, phases, facts, maxFirings, deadline, limit);
		}

	}

}
