package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.FactKind;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Parameter;
import org.redproperty.ruleset.ParameterType;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetError;
import org.redproperty.ruleset.RulesetFile;
import org.redproperty.ruleset.RulesetKey;
import org.redproperty.ruleset.RulesetTests;
import org.redproperty.ruleset.RulesProperties;

/**
 * Runs a ruleset folder's own test cases, {@code tests/*.json}: facts in the dataset shape, an evaluation date
 * (and for a scheme with periods, the {@code period}), and per subject the expected status, points, rank and gate results. Each mismatch is an error of the folder. All
 * of a folder's cases together run within {@code checkDeadline} ({@code app.rules.check-deadline}): a rule still
 * firing then fails its case with {@code RULES_TIMEOUT}, and the cases not yet run are reported as not run, so that
 * a check or a reload of a looping folder ends in time and refuses it.
 * <p>
 * The cases are a function of the folder's files, the rulesets it requires (transitively, by hash) and the limits
 * they run under. So the process remembers each combination whose cases all passed, and a reload, a draft's
 * check or the start of another instance of the service in the same process (as tests start many) does not run
 * them again; a failure is never remembered, so a failing folder reports its cases every time.
 */
public final class FolderTests implements RulesetTests {

	private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private final Evaluator evaluator;

	private final Duration checkDeadline;

	public FolderTests(Evaluator evaluator, Duration checkDeadline) {
		this.evaluator = evaluator;
		this.checkDeadline = checkDeadline;
	}

	public FolderTests(Evaluator evaluator) {
		this(evaluator, RulesProperties.CHECK_DEADLINE);
	}

	@Override
	public List<RulesetError> run(Ruleset ruleset, Map<RulesetKey, Ruleset> loaded) {
		List<RulesetError> errors = new ArrayList<>();
		long end = System.nanoTime() + this.checkDeadline.toNanos();
		Evaluator on = loaded.isEmpty() ? this.evaluator
				: this.evaluator.preferring((key) -> Optional.ofNullable(loaded.get(key)));
		String passed = passedKey(on, ruleset);
		if (PASSED.contains(passed)) {
			return errors;
		}
		for (RulesetFile file : ruleset.files()) {
			if (file.name().startsWith(RulesetTests.FOLDER)) {
				run(on, ruleset, file, errors, end);
			}
		}
		if (errors.isEmpty()) {
			PASSED.add(passed);
		}
		return errors;
	}

	/**
	 * What the cases' results depend on: the folder's hash, the hash of every ruleset it requires as the evaluator
	 * finds them (and of those they require), the evaluator's limits and the check's deadline.
	 */
	private String passedKey(Evaluator on, Ruleset ruleset) {
		Map<String, String> required = new TreeMap<>();
		List<Ruleset> pending = new ArrayList<>(List.of(ruleset));
		while (!pending.isEmpty()) {
			for (org.redproperty.ruleset.Requirement requirement : pending.remove(0).manifest().requires()) {
				String key = requirement.key().toString();
				if (!required.containsKey(key)) {
					Optional<Ruleset> found = on.find(requirement.key());
					required.put(key, found.map(Ruleset::hash).orElse("missing"));
					found.ifPresent(pending::add);
				}
			}
		}
		return ruleset.hash() + " " + required + " " + on.limits() + " " + this.checkDeadline;
	}

	private void run(Evaluator evaluator, Ruleset ruleset, RulesetFile file, List<RulesetError> errors, long end) {
		TestCase test;
		try {
			JsonNode tree = this.json.readTree(file.content());
			Optional<String> huge = hugeNumber(tree);
			if (huge.isPresent()) {
				errors.add(new RulesetError(file.name(), 0, 0, "测试用例中的数 " + huge.get() + " 太大或太精细：规则对它的一次计算"
						+ "就可能耗时数分钟而无法停止；小数最多 15 位整数、10 位小数"));
				return;
			}
			test = this.json.treeToValue(tree, TestCase.class);
		}
		catch (Exception ex) {
			errors.add(new RulesetError(file.name(), 0, 0, "测试用例无法读取：" + ex.getMessage()));
			return;
		}
		Dataset facts = test.facts();
		Optional<Ruleset> pinned = pinned(ruleset, file, test.parameters(), errors);
		if (pinned.isEmpty()) {
			return;
		}
		ruleset = pinned.get();
		for (Expectation expected : test.expect()) {
			Duration left = Duration.ofNanos(end - System.nanoTime());
			if (left.isNegative() || left.isZero()) {
				errors.add(error(file, expected, "检查超过时限 " + RulesTimeoutException.seconds(this.checkDeadline)
						+ " 秒，这个测试用例没有运行"));
				continue;
			}
			Optional<SubjectType> type = typeOf(test.facts(), expected.subjectId());
			if (type.isEmpty()) {
				errors.add(error(file, expected, "测试数据中没有这个评价对象"));
				continue;
			}
			String subjectId = (expected.within() != null) ? expected.within() : expected.subjectId();
			Optional<SubjectType> subjectType = typeOf(test.facts(), subjectId);
			if (subjectType.isEmpty()) {
				errors.add(error(file, expected, "测试数据中没有评价对象 " + subjectId));
				continue;
			}
			Scope scope = (expected.within() != null) ? Scope.whole(subjectType.get(), subjectId)
					: Scope.of(subjectType.get(), subjectId);
			try {
				Optional<SubjectResult> actual = evaluator.evaluate(ruleset, scope, test.asOf(), test.period(), facts, left)
					.stream()
					.filter((result) -> result.subject().id().equals(expected.subjectId()))
					.findFirst();
				if (actual.isEmpty()) {
					errors.add(error(file, expected, "在 " + subjectId + " 的评价中没有这个评价对象"));
				}
				else if (!actual.get().succeeded()) {
					errors.add(error(file, expected, "评价失败：" + actual.get().failure().message()));
				}
				else {
					compare(file, expected, actual.get().outcome(), errors);
				}
			}
			catch (RuntimeException ex) {
				errors.add(error(file, expected, "评价失败：" + ex.getMessage()));
			}
		}
	}

	/**
	 * The ruleset reading the parameter values the test case was written for ({@code "parameters"}), so that a
	 * new value in the manifest does not break a test of the rules' logic; what-if shows what the new value changes.
	 */
	private static Optional<Ruleset> pinned(Ruleset ruleset, RulesetFile file, Map<String, Object> values,
			List<RulesetError> errors) {
		Map<String, Object> typed = new java.util.HashMap<>();
		for (Map.Entry<String, Object> value : values.entrySet()) {
			Optional<Parameter> declared = ruleset.manifest().parameter(value.getKey());
			if (declared.isEmpty()) {
				errors.add(new RulesetError(file.name(), 0, 0, "测试用例设定的参数「" + value.getKey() + "」没有在 manifest.yaml 中声明"));
				return Optional.empty();
			}
			try {
				Object raw = value.getValue();
				typed.put(value.getKey(), declared.get().type().parse((raw instanceof List<?> list)
						? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(raw)));
			}
			catch (RuntimeException ex) {
				errors.add(new RulesetError(file.name(), 0, 0, "测试用例设定的参数「" + value.getKey() + "」的值「" + value.getValue()
						+ "」不是" + declared.get().type().label()));
				return Optional.empty();
			}
		}
		return Optional.of(typed.isEmpty() ? ruleset : ruleset.withValues(typed));
	}

	/** A decimal of the test data that no imported fact could hold and that arithmetic would take very long on. */
	private static Optional<String> hugeNumber(JsonNode node) {
		if (node.isBigDecimal()) {
			return ParameterType.fits(node.decimalValue()) ? Optional.empty() : Optional.of(node.decimalValue().toString());
		}
		for (JsonNode child : node) {
			Optional<String> huge = hugeNumber(child);
			if (huge.isPresent()) {
				return huge;
			}
		}
		return Optional.empty();
	}

	private static void compare(RulesetFile file, Expectation expected, RuleOutcome actual, List<RulesetError> errors) {
		if (expected.status() != null && !expected.status().equals(actual.status().value())) {
			errors.add(error(file, expected, "状态应为 " + expected.status() + "，实际为 " + actual.status().value()));
		}
		if (expected.totalPoints() != null && expected.totalPoints().compareTo(actual.totalPoints()) != 0) {
			errors.add(error(file, expected, "总分应为 " + expected.totalPoints().toPlainString() + "，实际为 "
					+ actual.totalPoints().toPlainString()));
		}
		if (expected.rank() != null && !expected.rank().equals(actual.rank())) {
			errors.add(error(file, expected, "名次应为 " + expected.rank() + "，实际为 " + actual.rank()));
		}
		if (expected.gates() != null) {
			expected.gates().forEach((code, passed) -> {
				GateResult gate = actual.gate(code);
				if (gate == null) {
					errors.add(error(file, expected, "没有得出门槛 " + code + " 的结果"));
				}
				else if (gate.passed() != passed) {
					errors.add(error(file, expected, "门槛 " + code + " 应" + (passed ? "通过" : "不通过") + "，实际"
							+ (gate.passed() ? "通过" : "不通过") + "（" + gate.reason() + "）"));
				}
			});
		}
		if (expected.findings() != null) {
			expected.findings().forEach((code, count) -> {
				long found = actual.findings().stream().filter((finding) -> code.equals(finding.code())).count();
				if (found != count) {
					errors.add(error(file, expected, "发现 " + code + " 应有 " + count + " 条，实际 " + found + " 条"));
				}
			});
		}
	}

	private static Optional<SubjectType> typeOf(Dataset facts, String id) {
		for (SubjectType type : List.of(SubjectType.PROJECT, SubjectType.STREET, SubjectType.COMMUNITY,
				SubjectType.DISTRICT, SubjectType.COMPANY)) {
			if (FactKind.of(type).of(facts).stream().anyMatch((fact) -> fact.id().equals(id))) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private static RulesetError error(RulesetFile file, Expectation expected, String message) {
		return new RulesetError(file.name(), 0, 0, "测试用例不符（" + expected.subjectId() + "）：" + message);
	}

	/** One test file: what it shows, the date, the facts and what the rules must conclude. */
	record TestCase(String description, LocalDate asOf, String period, Map<String, Object> parameters, Dataset facts,
			List<Expectation> expect) {

		TestCase {
			expect = (expect != null) ? expect : List.of();
			parameters = (parameters != null) ? parameters : Map.of();
		}

	}

	/**
	 * What the rules must conclude for one subject; what is left out is not checked. With {@code within}, the
	 * subject is judged in the evaluation of that other subject (e.g. a company ranked within its district).
	 * {@code findings} gives, by finding code, how many findings of that code the subject must get.
	 */
	record Expectation(String subjectId, String within, String status, BigDecimal totalPoints, Integer rank,
			Map<String, Boolean> gates, Map<String, Integer> findings) {
	}

}
