package org.redproperty.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redproperty.support.TestRules;
import org.redproperty.evaluation.Subject;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A corpus of bad drafts: each edit of the real 红齐365 folder must be refused on reload with a precise message,
 * while the version in service keeps answering evaluations made during the reload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadDraftsTests {

	private Path folder;

	private Rulesets rulesets;

	private Ruleset original;

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@BeforeAll
	void startWithTheRepositoryRuleset(@TempDir Path rules) throws IOException {
		this.folder = rules.resolve("hongqi365/2023");
		RulesetFoldersTests.copy(Path.of("rules/hongqi365/2023"), this.folder);
		this.rulesets = new Rulesets(new RulesProperties(rules), new org.redproperty.evaluation.FolderTests(new org.redproperty.evaluation.Evaluator(20_000, 5000)),
				mock(RulesetSnapshots.class), mock(RulesetActivations.class), mock(CheckedDrafts.class));
		this.original = this.rulesets.find("hongqi365", 2023).orElseThrow();
	}

	@AfterAll
	void stop() {
		this.executor.shutdownNow();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			syntax: unclosed pattern         | status.drl      | `    $p : Project( $pid : id )\n    GateResult( subjectId == $pid, code == "HQ-SAFE-DQ", !passed )` | `    $p : Project( $pid : id \n    GateResult( subjectId == $pid, code == "HQ-SAFE-DQ", !passed )` | status.drl
			syntax: missing end              | honours.drl     | `insert(outcome.ratioAtLeast($s.id(), $stars.size(), $nominated.size(), 1, "推荐项目五星达标率", $nominated));\nend` | `insert(outcome.ratioAtLeast($s.id(), $stars.size(), $nominated.size(), 1, "推荐项目五星达标率", $nominated));` | honours.drl
			syntax: broken consequence       | organisation.drl | `boolean ok = !$ids.isEmpty();` | `boolean ok = !$ids.isEmpty(;` | organisation.drl
			unknown type                     | status.drl      | `$p : Project( id == $pid )` | `$p : Projekt( id == $pid )` | Projekt
			unknown field                    | activities.drl  | `$a : Activity( photoCount == null \\|\\| photoCount < 2 )` | `$a : Activity( photos == null \\|\\| photos < 2 )` | photos
			unknown method                   | safety.drl      | `$d.getIncidentId()));\nend\n\nrule "HQ-CREDIT-PERFUNCTORY` | `$d.getIncident()));\nend\n\nrule "HQ-CREDIT-PERFUNCTORY` | safety.drl
			wrong argument type              | status.drl      | `insert(outcome.status($p.id(), "DISQUALIFIED",` | `insert(outcome.status($p.id(), 3,` | status.drl
			System                           | status.drl      | `insert(outcome.award(` | `System.exit(0); insert(outcome.award(` | System
			Runtime                          | status.drl      | `insert(outcome.award(` | `Runtime.getRuntime().halt(0); insert(outcome.award(` | Runtime
			thread                           | status.drl      | `insert(outcome.award(` | `new Thread(() -> {}).start(); insert(outcome.award(` | Thread
			reflection                       | status.drl      | `insert(outcome.award(` | `$p.getClass().getDeclaredFields(); insert(outcome.award(` | getClass
			class loading                    | status.drl      | `insert(outcome.award(` | `Class.forName("x"); insert(outcome.award(` | Class
			process                          | status.drl      | `insert(outcome.award(` | `new ProcessBuilder("sh"); insert(outcome.award(` | ProcessBuilder
			file I/O by import               | status.drl      | `import java.util.List;` | `import java.io.File;` | java.io.File
			path I/O                         | status.drl      | `insert(outcome.award(` | `Files.readString(null); insert(outcome.award(` | Files
			fully-qualified escape           | status.drl      | `insert(outcome.award(` | `java.lang.Math.abs(1); insert(outcome.award(` | java.l
			engine handle                    | status.drl      | `insert(outcome.award(` | `drools.halt(); insert(outcome.award(` | drools
			service class import             | status.drl      | `import java.util.List;` | `import org.redproperty.evaluation.RuleEngine;` | RuleEngine
			missing @code                    | status.drl      | `@code("HQ-STEWARD") ` | `` | @code
			missing @clause                  | status.drl      | `@clause("川综执字〔2023〕68号 二.3")\n    salience 10` | `salience 10` | @clause
			duplicate code                   | honours.drl     | `@code("HQ-RED-VANGUARD") ` | `@code("HQ-RED-POSITION") ` | HQ-RED-POSITION
			name without its code            | status.drl      | `rule "HQ-STEWARD 五星项目` | `rule "五星项目` | HQ-STEWARD
			endless rule                     | status.drl      | `insert(outcome.award($p.id(), "“红齐365红色物业”五星管家", $p.managerName()));` | `insert(outcome.award($p.id(), "“红齐365红色物业”五星管家", $p.managerName())); insert(new Status($p.id(), "FIVE_STAR", "HQ-STEWARD", ""));` | 规则触发次数超过上限
			folder test fails                | activities.drl  | `outcome.atLeast($p.id(), $n, 50,` | `outcome.atLeast($p.id(), $n, 60,` | 测试用例不符
			manifest of another year         | manifest.yaml   | `year: 2023` | `year: 2024` | hongqi365/2024
			manifest unreadable              | manifest.yaml   | `subjectTypes: [PROJECT, STREET, COMMUNITY, DISTRICT]` | `subjectTypes: [PROJECT, STREET` | 清单文件无法读取
			""")
	void refusesBadDraftAndKeepsTheActiveVersionAnswering(String name, String file, String from, String to,
			String message) throws Exception {
		Path path = this.folder.resolve(file);
		String good = Files.readString(path);
		String bad = good.replace(unescape(from), unescape(to));
		assertThat(bad).as("the edit applies").isNotEqualTo(good);
		AtomicBoolean reloading = new AtomicBoolean(true);
		Future<Integer> answered = this.executor.submit(() -> evaluateWhile(reloading));
		List<RulesetStatus> statuses;
		try {
			Files.writeString(path, bad);
			statuses = this.rulesets.reload();
		}
		finally {
			reloading.set(false);
			Files.writeString(path, good);
		}

		assertThat(answered.get(60, TimeUnit.SECONDS)).isPositive();
		assertThat(statuses).singleElement().satisfies((status) -> {
			assertThat(status.state()).isEqualTo(RulesetStatus.BROKEN);
			assertThat(status.activeHash()).isEqualTo(this.original.hash());
			assertThat(status.errors()).isNotEmpty()
				.anySatisfy((error) -> assertThat(error.file() + ":" + error.message()).contains(message));
		});
		assertThat(this.rulesets.find("hongqi365", 2023)).containsSame(this.original);
	}

	private int evaluateWhile(AtomicBoolean reloading) {
		Dataset facts = new Dataset(List.of(new District("D1", "试验区")), null, null, null, null, null, null, null,
				null, null, null, null, null);
		Subject subject = new Subject("hongqi365", 2023, SubjectType.DISTRICT, "D1", LocalDate.of(2023, 11, 30));
		int answered = 0;
		while (reloading.get() || answered == 0) {
			Ruleset ruleset = this.rulesets.find("hongqi365", 2023).orElseThrow();
			assertThat(TestRules.EVALUATOR.evaluateOne(ruleset, subject, facts).status().value()).isEqualTo("TARGETS_MISSED");
			answered++;
		}
		return answered;
	}

	private static String unescape(String text) {
		return text.replace("\\n", "\n").replace("\\|", "|");
	}

}
