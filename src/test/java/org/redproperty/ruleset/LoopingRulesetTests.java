package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redproperty.evaluation.EvaluationRuleApi;
import org.redproperty.evaluation.Evaluator;
import org.redproperty.evaluation.FolderTests;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;
import org.redproperty.support.TestRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A ruleset whose rule never stops for one project of its own tests (as a hostile or careless draft would), with
 * short deadlines: the start-up, a reload and a check each end in time, refuse it with the rule named, and keep the
 * version in service, while evaluations go on answering.
 */
class LoopingRulesetTests {

	/** Two rules that re-activate each other for ever, for project P2 only, which a folder test evaluates. */
	static final String LOOP = "import org.redproperty.evaluation.Subject;\n"
			+ TestRules.loop("HQ-SPIN", "二.1、附件1", "scoring", "Subject( id == \"P2\" )");

	private static final Duration CHECK_DEADLINE = Duration.ofSeconds(8);

	/**
	 * What compiling the folder may take besides its tests on a busy machine: the deadline bounds the tests, and
	 * without it the reload would never return.
	 */
	private static final Duration COMPILING = Duration.ofSeconds(30);

	private static final Evaluator EVALUATOR = new Evaluator(Integer.MAX_VALUE, 1, Duration.ofSeconds(1));

	@TempDir
	Path rules;

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.executor.shutdownNow();
	}

	@Test
	void startUpDoesNotWaitOnALoopingFolderAndSaysWhy() throws IOException {
		RulesetFoldersTests.copy(Path.of("rules/hongqi365/2023"), this.rules.resolve("hongqi365/2023"));
		RulesetFoldersTests.copy(Path.of("rules/zhuzhou-demo/2023"), this.rules.resolve("zhuzhou-demo/2023"));
		Files.writeString(this.rules.resolve("hongqi365/2023/loop.drl"), LOOP);
		long start = System.nanoTime();

		Rulesets rulesets = rulesets();

		assertThat(elapsed(start)).isLessThan(CHECK_DEADLINE.plus(COMPILING));
		assertThat(rulesets.find("hongqi365", 2023)).isEmpty();
		assertThat(rulesets.find("zhuzhou-demo", 2023)).isPresent();
		assertThat(rulesets.status("hongqi365", 2023)).hasValueSatisfying((status) -> {
			assertThat(status.state()).isEqualTo(RulesetStatus.BROKEN);
			assertThat(status.errors()).anySatisfy((error) -> {
				assertThat(error.file()).isEqualTo("tests/boundaries.json");
				assertThat(error.message()).contains("P2", "规则运行超过时限 1 秒", "HQ-SPIN");
			});
		});
	}

	@Test
	void aReloadAndACheckRefuseALoopInTimeWhileEvaluationsGoOnAnswering() throws Exception {
		RulesetFoldersTests.copy(Path.of("rules/hongqi365/2023"), this.rules.resolve("hongqi365/2023"));
		Rulesets rulesets = rulesets();
		Ruleset serving = rulesets.find("hongqi365", 2023).orElseThrow();
		AtomicBoolean reloading = new AtomicBoolean(true);
		Future<List<Duration>> answers = this.executor.submit(() -> evaluateWhile(rulesets, reloading));
		try {
			Files.writeString(this.rules.resolve("hongqi365/2023/loop.drl"), LOOP);
			long start = System.nanoTime();

			assertThat(rulesets.reload()).singleElement().satisfies((status) -> {
				assertThat(status.state()).isEqualTo(RulesetStatus.BROKEN);
				assertThat(status.activeHash()).isEqualTo(serving.hash());
				assertThat(status.errors()).anySatisfy((error) -> assertThat(error.message()).contains("HQ-SPIN"));
			});
			assertThat(elapsed(start)).isLessThan(CHECK_DEADLINE.plus(COMPILING));
			assertThat(rulesets.find("hongqi365", 2023)).containsSame(serving);

			LoadedRuleset checked = rulesets.check("hongqi365", 2023, RulesetFolders.read(this.rules.resolve("hongqi365/2023")));
			assertThat(checked.active()).isFalse();
			assertThat(checked.errors()).anySatisfy((error) -> assertThat(error.message()).contains("规则运行超过时限"));

			Files.delete(this.rules.resolve("hongqi365/2023/loop.drl"));
			start = System.nanoTime();
			assertThat(rulesets.reload()).singleElement()
				.satisfies((status) -> assertThat(status.state()).isEqualTo(RulesetStatus.ACTIVE));
			assertThat(elapsed(start)).as("the next reload is not held up").isLessThan(CHECK_DEADLINE.plus(COMPILING));
		}
		finally {
			reloading.set(false);
		}
		assertThat(answers.get(60, TimeUnit.SECONDS)).isNotEmpty()
			.allSatisfy((took) -> assertThat(took).isLessThan(Duration.ofSeconds(5)));
	}

	/** Evaluates a district with the version in service until told to stop; how long each answer took. */
	private static List<Duration> evaluateWhile(Rulesets rulesets, AtomicBoolean going) {
		Dataset facts = new Dataset(List.of(new District("D1", "试验区")), null, null, null, null, null, null, null,
				null, null, null, null, null);
		Subject subject = new Subject("hongqi365", 2023, SubjectType.DISTRICT, "D1", LocalDate.of(2023, 11, 30));
		List<Duration> took = new ArrayList<>();
		while (going.get() || took.isEmpty()) {
			long start = System.nanoTime();
			Ruleset ruleset = rulesets.find("hongqi365", 2023).orElseThrow();
			assertThat(EVALUATOR.evaluateOne(ruleset, subject, facts).status().value()).isEqualTo("TARGETS_MISSED");
			took.add(elapsed(start));
		}
		return took;
	}

	private Rulesets rulesets() {
		return new Rulesets(new RulesProperties(this.rules, CHECK_DEADLINE), new FolderTests(EVALUATOR, CHECK_DEADLINE),
				EvaluationRuleApi.INSTANCE, mock(RulesetSnapshots.class), mock(RulesetActivations.class),
				mock(CheckedDrafts.class));
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
