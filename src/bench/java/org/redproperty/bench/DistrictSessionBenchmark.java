package org.redproperty.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.redproperty.evaluation.Subject;
import org.redproperty.evaluation.SubjectResult;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;
import org.redproperty.generator.GeneratorSettings;
import org.redproperty.generator.ProjectScopes;
import org.redproperty.generator.ProvinceGenerator;
import org.redproperty.ruleset.LoadedRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetFolders;

/**
 * One generated district (about 770 projects, as in the province of the end-to-end benchmark) evaluated in memory
 * the way a re-score job does, the district as the scope of the {@link Evaluator} (every project on its own, then
 * one session over the district), against the same projects evaluated one at a time as single evaluations: what
 * the district's second step costs. Run with {@code bench/jmh.sh DistrictSessionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class DistrictSessionBenchmark {

	private static final LocalDate AS_OF = ProjectEvaluationBenchmark.AS_OF;

	private static final int PROJECTS = 770;

	private Ruleset ruleset;

	private Dataset district;

	private String districtId;

	private final List<Subject> projects = new ArrayList<>();

	private final List<Dataset> scopes = new ArrayList<>();

	@Setup
	public void setUp() {
		LoadedRuleset loaded = new RulesetFolders(org.redproperty.ruleset.RulesetTests.NONE, org.redproperty.evaluation.EvaluationRuleApi.INSTANCE).load(Path.of("rules"), Path.of("rules/hongqi365/2023"));
		this.ruleset = loaded.ruleset();
		Dataset all = new ProvinceGenerator(GeneratorSettings.defaults()).dataset(PROJECTS, 1);
		this.district = all.asOf(AS_OF);
		this.districtId = all.districts().get(0).id();
		for (Map.Entry<String, Dataset> scope : ProjectScopes.of(all).entrySet()) {
			this.projects.add(new Subject("hongqi365", 2023, SubjectType.PROJECT, scope.getKey(), AS_OF));
			this.scopes.add(scope.getValue().asOf(AS_OF));
		}
		System.out.printf("%n%d districts, %d projects, %d activities in the session%n", all.districts().size(),
				all.projects().size(), this.district.activities().size());
	}

	@Benchmark
	public List<SubjectResult> districtSession() {
		return new Evaluator(200_000, 5_000).evaluate(this.ruleset,
				org.redproperty.evaluation.Scope.district(this.districtId), AS_OF, this.district);
	}

	@Benchmark
	public int projectByProject() {
		Evaluator evaluator = new Evaluator(200_000, 5_000);
		int statuses = 0;
		for (int i = 0; i < this.projects.size(); i++) {
			statuses += evaluator.evaluateOne(this.ruleset, this.projects.get(i), this.scopes.get(i))
				.status()
				.value()
				.length();
		}
		return statuses;
	}

}
