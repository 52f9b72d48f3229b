package org.redproperty.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.redproperty.evaluation.Evaluator;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.ProposedDeduction;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.generator.GeneratorSettings;
import org.redproperty.generator.ProjectScopes;
import org.redproperty.generator.ProvinceGenerator;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetFolders;

/**
 * In-memory evaluation of ONE generated project (about 60 activity records, committees, incidents, its company and
 * nomination) against 红齐365 2023: the Drools ruleset in rules/hongqi365/2023 through the product's
 * {@link Evaluator} (compiled once, new sessions per evaluation, as for a single evaluation) versus the same
 * criteria in plain Java. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class ProjectEvaluationBenchmark {

	static final LocalDate AS_OF = LocalDate.of(2023, 11, 30);

	/** How many generated projects the setup checks for agreement between the two implementations. */
	static final int SAMPLE = 300;

	private Ruleset ruleset;

	private final Evaluator evaluator = new Evaluator(200_000, 5_000);

	private Subject subject;

	private Dataset facts;

	@Setup
	public void setUp() {
		LoadedRuleset loaded = new RulesetFolders(org.redproperty.ruleset.RulesetTests.NONE, org.redproperty.evaluation.EvaluationRuleApi.INSTANCE).load(Path.of("rules"), Path.of("rules/hongqi365/2023"));
		if (!loaded.errors().isEmpty()) {
			throw new IllegalStateException("rules/hongqi365/2023 does not compile: " + loaded.errors());
		}
		this.ruleset = loaded.ruleset();
		Map<String, Dataset> scopes = ProjectScopes.of(new ProvinceGenerator(GeneratorSettings.defaults()).dataset(SAMPLE, 1));
		String chosen = null;
		for (Map.Entry<String, Dataset> scope : scopes.entrySet()) {
			Subject subject = subject(scope.getKey());
			Dataset seen = scope.getValue().asOf(AS_OF);
			check(subject, seen);
			if (chosen == null && typical(seen)) {
				chosen = scope.getKey();
				this.subject = subject;
				this.facts = seen;
			}
		}
		System.out.printf("%nChecked %d projects: Drools and plain Java agree. Benchmarking %s: %d activities, "
				+ "%d committees, %d incidents, %d nominations, status %s%n", scopes.size(), chosen,
				this.facts.activities().size(), this.facts.committees().size(), this.facts.incidents().size(),
				this.facts.nominations().size(), drools().status().value());
	}

	@Benchmark
	public RuleOutcome drools() {
		return this.evaluator.evaluateOne(this.ruleset, this.subject, this.facts);
	}

	@Benchmark
	public PlainHongqi365.Result plainJava() {
		return PlainHongqi365.evaluate(this.subject.id(), AS_OF, this.facts);
	}

	private void check(Subject subject, Dataset seen) {
		RuleOutcome rules = this.evaluator.evaluateOne(this.ruleset, subject, seen);
		PlainHongqi365.Result plain = PlainHongqi365.evaluate(subject.id(), AS_OF, seen);
		Set<String> failed = new TreeSet<>();
		rules.gates().stream().filter((gate) -> !gate.passed()).map(GateResult::code).forEach(failed::add);
		BigDecimal deductions = rules.creditDeductions()
			.stream()
			.map(ProposedDeduction::points)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean same = rules.status().value().equals(plain.status())
				&& rules.totalPoints().compareTo(plain.totalPoints()) == 0 && failed.equals(plain.failedGates())
				&& deductions.compareTo(plain.proposedDeductions()) == 0
				&& rules.awards().size() == ((plain.steward() != null) ? 1 : 0);
		if (!same) {
			throw new IllegalStateException("Drools and plain Java disagree on " + subject.id() + ": "
					+ rules.status().value() + " " + rules.totalPoints() + " " + failed + " versus " + plain);
		}
	}

	/** A project with the usual records: a company, a nomination, an incident and about 60 activities. */
	private static boolean typical(Dataset seen) {
		return !seen.companies().isEmpty() && !seen.nominations().isEmpty() && !seen.incidents().isEmpty()
				&& !seen.committees().isEmpty() && seen.activities().size() >= 58 && seen.activities().size() <= 64;
	}

	private static Subject subject(String projectId) {
		return new Subject("hongqi365", 2023, SubjectType.PROJECT, projectId, AS_OF);
	}

}
