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
import org.junit.jupiter.api.Test;
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
 * A corpus of bad drafts: each edit of the real 红齐365 folder must be refused on reload with a precise message at
 * the file and line of the problem,
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
		this.rulesets = new Rulesets(new RulesProperties(rules), new org.redproperty.evaluation.FolderTests(new org.redproperty.evaluation.Evaluator(20_000, 5000)), org.redproperty.evaluation.EvaluationRuleApi.INSTANCE,
				mock(RulesetSnapshots.class), mock(RulesetActivations.class), mock(CheckedDrafts.class));
		this.original = this.rulesets.find("hongqi365", 2023).orElseThrow();
	}

	@AfterAll
	void stop() {
		this.executor.shutdownNow();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			syntax: unclosed pattern          | status.drl       | `    Project( id == $pid )\n    accumulate( Nomination(` | `    Project( id == $pid \n    accumulate( Nomination(` | status.drl           | 22 | mismatched input 'accumulate'
			syntax: missing end               | honours.drl      | `未全部评为五星项目"));\nend\n\nrule "HQ-RED-VANGUARD-RATE` | `未全部评为五星项目"));\n\nrule "HQ-RED-VANGUARD-RATE` | honours.drl          | 53 | mismatched input 'insert'
			syntax: broken consequence        | organisation.drl | `boolean ok = !$withParty.isEmpty();` | `boolean ok = !$withParty.isEmpty(;` | organisation.drl     | 41 | Unable to parse consequence
			unknown type                      | status.drl       | `    $p : Project( id == $pid )` | `    $p : Projekt( id == $pid )` | status.drl           | 81 | 类型「Projekt」
			unknown field                     | activities.drl   | `photoCount == null \\|\\| photoCount < params.integer("minPhotos")` | `photos == null \\|\\| photos < params.integer("minPhotos")` | activities.drl       | 47 | photos
			unknown method                    | safety.drl       | `params.decimal("perfunctoryDeduction") + " 分", $d.getIncidentId()` | `params.decimal("perfunctoryDeduction") + " 分", $d.getIncident()` | safety.drl           | 108 | 方法「getIncident」
			wrong argument type               | status.drl       | `insert(outcome.status($pid, "DISQUALIFIED",` | `insert(outcome.status($pid, $pid == null,` | status.drl           | 30 | 无法编译
			System                            | status.drl       | `insert(outcome.award(` | `System.exit(0); insert(outcome.award(` | status.drl           | 83 | 「System」
			Runtime                           | status.drl       | `insert(outcome.award(` | `Runtime.getRuntime().halt(0); insert(outcome.award(` | status.drl           | 83 | 「Runtime」
			thread                            | status.drl       | `insert(outcome.award(` | `new Thread(() -> {}).start(); insert(outcome.award(` | status.drl           | 83 | 「Thread」
			lambda                            | status.drl       | `insert(outcome.award(` | `Names n = null; n.list().forEach(x -> { }); insert(outcome.award(` | status.drl           | 83 | lambda
			reflection                        | status.drl       | `insert(outcome.award(` | `$p.getClass().getDeclaredFields(); insert(outcome.award(` | status.drl           | 83 | 「getClass」
			class loading                     | status.drl       | `insert(outcome.award(` | `Class.forName("x"); insert(outcome.award(` | status.drl           | 83 | 「Class」
			class literal and its loader      | status.drl       | `insert(outcome.award(` | `Project.class.getClassLoader(); insert(outcome.award(` | status.drl           | 83 | 「class」
			process                           | status.drl       | `insert(outcome.award(` | `new ProcessBuilder("sh"); insert(outcome.award(` | status.drl           | 83 | 「ProcessBuilder」
			path I/O                          | status.drl       | `insert(outcome.award(` | `Files.readString(null); insert(outcome.award(` | status.drl           | 83 | 「Files」
			file I/O by import                | status.drl       | `import org.redproperty.facts.Nomination;` | `import java.io.File;\nimport org.redproperty.facts.Nomination;` | status.drl           | 3 | 不允许导入「java.io.File」
			service class import              | status.drl       | `import org.redproperty.facts.Nomination;` | `import org.redproperty.evaluation.Evaluator;\nimport org.redproperty.facts.Nomination;` | status.drl           | 3 | 不允许导入「org.redproperty.evaluation.Evaluator」
			fully-qualified escape            | status.drl       | `insert(outcome.award(` | `java.lang.Math.abs(0); insert(outcome.award(` | status.drl           | 83 | 完整类名「java.lang.Math」
			engine handle                     | status.drl       | `insert(outcome.award(` | `drools.halt(); insert(outcome.award(` | status.drl           | 83 | 引擎句柄「drools」
			loop in a consequence             | status.drl       | `insert(outcome.award(` | `while (true) { } insert(outcome.award(` | status.drl           | 83 | 循环「while」
			loop in a function                | status.drl       | `global Outcome outcome;` | `global Outcome outcome;\n\nfunction int spin(int n) {\n    for (int i = 0; i < n; i++) { }\n    return n;\n}` | status.drl | 16 | 循环「for」
			recursion in a function           | status.drl       | `global Outcome outcome;` | `global Outcome outcome;\n\nfunction int spin(int n) {\n    return spin(n + 1);\n}` | status.drl | 16 | 递归
			regular expression                | status.drl       | `insert(outcome.award(` | `boolean b = $p.managerName().matches("(a+)+b"); insert(outcome.award(` | status.drl           | 83 | 正则表达式
			text sized by a value             | status.drl       | `insert(outcome.award(` | `String s = $p.managerName().repeat(params.integer("minRecords")); insert(outcome.award(` | status.drl           | 83 | 重复文字
			number sized by a value           | status.drl       | `insert(outcome.award(` | `Object x = params.decimal("perfunctoryDeduction").pow(params.integer("minRecords")); insert(outcome.award(` | status.drl           | 83 | 幂
			array allocation                  | status.drl       | `insert(outcome.award(` | `Object xs = new String[0]; insert(outcome.award(` | status.drl           | 83 | 不允许创建数组
			anonymous class                   | status.drl       | `insert(outcome.award(` | `Object o = new Object() { }; insert(outcome.award(` | status.drl           | 83 | 匿名类
			retracting a fact                 | status.drl       | `insert(outcome.award(` | `retract($p); insert(outcome.award(` | status.drl           | 83 | 「retract」
			system clock                      | activities.drl   | `insert(new Counted(` | `LocalDate today = LocalDate.now(); insert(new Counted(` | activities.drl       | 109 | 系统时钟
			policy number hidden in text      | activities.drl   | `$counted.size(), params.integer("minRecords")` | `$counted.size(), Integer.valueOf("50")` | activities.drl       | 142 | "50"
			unknown parameter                 | activities.drl   | `$counted.size(), params.integer("minRecords")` | `$counted.size(), params.integer("minRecordz")` | activities.drl       | 142 | 参数「minRecordz」没有在 manifest.yaml
			parameter read with wrong type    | activities.drl   | `$counted.size(), params.integer("minRecords")` | `$counted.size(), params.ratio("minRecords")` | activities.drl       | 142 | 不能用 params.ratio 读取
			policy number in a rule           | activities.drl   | `$counted.size(), params.integer("minRecords")` | `$counted.size(), 50` | activities.drl       | 142 | 政策数字「50」
			rule without a phase              | status.drl       | `    agenda-group "awards"\n` | `` | status.drl           | 75 | 没有写明所属阶段
			undeclared phase                  | status.drl       | `    agenda-group "awards"` | `    agenda-group "prizes"` | status.drl           | 77 | 阶段「prizes」没有在 manifest.yaml
			salience                          | status.drl       | `    agenda-group "awards"\n` | `    agenda-group "awards"\n    salience 1\n` | status.drl           | 78 | 不用 salience
			package line                      | status.drl       | `import org.redproperty.facts.Nomination;` | `package rules.hongqi365.y2023;\nimport org.redproperty.facts.Nomination;` | status.drl | 1 | 不写 package 行
			missing @code                     | status.drl       | `@code("HQ-STEWARD") ` | `` | status.drl           | 75 | 缺少 @code
			missing @clause                   | status.drl       | ` @clause("二.3")\n    agenda-group "awards"` | `\n    agenda-group "awards"` | status.drl | 75 | 缺少 @clause
			duplicate code across files       | honours.drl      | `rule "HQ-RED-VANGUARD 推荐项目全部达标的社区为“红齐365红色先锋”"\n    @code("HQ-RED-VANGUARD")` | `rule "HQ-ACT-MIN 推荐项目全部达标的社区为“红齐365红色先锋”"\n    @code("HQ-ACT-MIN")` | honours.drl | 58 | 规则编号 HQ-ACT-MIN 重复：activities.drl:
			name without its code             | status.drl       | `rule "HQ-STEWARD 五星项目` | `rule "五星项目` | status.drl           | 75 | 应以其编号 HQ-STEWARD 开头
			endless rule                      | status.drl       | `insert(outcome.award($pid, "“红齐365红色物业”五星管家", $p.managerName()));` | `insert(outcome.award($pid, "“红齐365红色物业”五星管家", $p.managerName())); insert(new Status($pid, "FIVE_STAR", "HQ-STEWARD", ""));` | tests/boundaries.json | 1996 | 规则触发次数超过上限
			folder test fails                 | activities.drl   | `params.integer("minRecords"), "有效` | `params.integer("minRecords") + 1, "有效` | tests/boundaries.json | 1996 | 测试用例不符（P1）
			parameter value not of its type   | manifest.yaml    | `    value: 50` | `    value: abc` | manifest.yaml        | 140 | 取值「abc」不是整数
			remedy of an unknown rule         | manifest.yaml    | `    HQ-ACT-VALID-PHOTOS:` | `    HQ-ACT-VALID-PHOTOZ:` | manifest.yaml        | 53 | 不是本规则集中任何规则的编号
			remedy field the record lacks     | manifest.yaml    | `set: {photoCount: minPhotos}` | `set: {photos: minPhotos}` | manifest.yaml        | 55 | 字段「photos」不存在
			remedy value not of its field     | manifest.yaml    | `set: {residentSignatures: minSignatures}` | `set: {residentSignatures: windowEnd}` | manifest.yaml        | 58 | 既不是这种值
			remedy of an unknown kind         | manifest.yaml    | `records: activities` | `records: activity` | manifest.yaml        | 68 | 记录类型「activity」不存在
			remedy without a way              | manifest.yaml    | `      blocker: true\n` | `` | manifest.yaml        | 71 | 须写明且只写一种方式
			window not a date parameter       | manifest.yaml    | `window: windowEnd` | `window: minRecords` | manifest.yaml        | 51 | remedies.window 应是日期参数
			statuses of an uncovered type     | manifest.yaml    | `  STREET: [RED_POSITION, NOT_AWARDED]` | `  COMPANY: [GOLD]` | manifest.yaml        | 44 | 不是本规则集评价的对象类型
			decimal parameter beyond bounds   | manifest.yaml    | `    value: 5\n` | `    value: 1E999999999\n` | manifest.yaml        | 162 | 最多 15 位整数
			manifest of another year          | manifest.yaml    | `year: 2023` | `year: 2024` | manifest.yaml        | 4 | hongqi365/2024
			manifest unreadable               | manifest.yaml    | `subjectTypes: [PROJECT, STREET, COMMUNITY, DISTRICT]` | `subjectTypes: [PROJECT, STREET` | manifest.yaml        | 7 | 清单文件不是有效的 YAML
			""")
	void refusesBadDraftAndKeepsTheActiveVersionAnswering(String name, String file, String from, String to,
			String errorFile, int line, String message) throws Exception {
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
			assertThat(status.errors()).as(name).anySatisfy((error) -> {
				assertThat(error.file()).isEqualTo(errorFile);
				assertThat(error.line()).isEqualTo(line);
				assertThat(error.message()).contains(message);
			});
		});
		assertThat(this.rulesets.find("hongqi365", 2023)).containsSame(this.original);
	}

	@Test
	void reportsTheLintErrorOfADraftWithoutManifest() {
		List<RulesetFile> files = RulesetFolders.read(Path.of("rules/hongqi365/2023")).stream()
			.filter((file) -> !file.name().equals(RulesetFolders.MANIFEST))
			.map((file) -> file.name().equals("status.drl")
					? new RulesetFile(file.name(), file.content().replace("insert(outcome.award(", "System.exit(0); insert(outcome.award("))
					: file)
			.toList();

		LoadedRuleset loaded = org.redproperty.support.TestRules.foldersWithoutTests().build("hongqi365/2023", files);

		assertThat(loaded.active()).isFalse();
		assertThat(loaded.errors())
			.anySatisfy((error) -> {
				assertThat(error.file()).isEqualTo(RulesetFolders.MANIFEST);
				assertThat(error.message()).contains("缺少清单文件");
			})
			.anySatisfy((error) -> {
				assertThat(error.file()).isEqualTo("status.drl");
				assertThat(error.line()).isEqualTo(83);
				assertThat(error.message()).contains("「System」");
			});
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
