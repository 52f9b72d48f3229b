package org.redproperty.rules;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.ScoreLine;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo fixtures of the gold-red-property/2019, zhuzhou-demo/2023, red-black-list/2024 (each period),
 * credit-grade/2024 (the red-black-list district with credit deductions), star-rating/2024 (that district with
 * management violations, and a second district SR-D1) and title-review/2020 (the holders of the 2019 金牌红色物业
 * title) schemes, read as datasets, evaluated by the real rule folders without Spring: the rules must reproduce {@code fixtures/expected/*.json}.
 */
class SchemeFixturesTests {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	@Test
	void goldDistrictRankingReproducesTheExpectedOutcomes() throws IOException {
		Dataset facts = JSON.readValue(new File("fixtures/gold-red-property-2019.json"), Dataset.class);
		List<Expected> expected = expected("gold-red-property-2019");
		Expected district = expected.stream().filter((e) -> e.subjectType() == SubjectType.DISTRICT).findFirst().orElseThrow();

		Map<String, RuleOutcome> outcomes = RulesFolder.load("gold-red-property", 2019)
			.evaluateTogether(SubjectType.DISTRICT, district.subjectId(), district.asOf(), facts);

		assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::subjectId).toList());
		assertThat(outcomes.values().stream().filter((o) -> o.status().value().equals("GOLD"))).hasSize(11);
		expected.forEach((e) -> check(e, outcomes.get(e.subjectId())));
	}

	@Test
	void zhuzhouProjectsReproduceTheExpectedOutcomes() throws IOException {
		Dataset facts = JSON.readValue(new File("fixtures/zhuzhou-demo-2023.json"), Dataset.class);
		RulesFolder rules = RulesFolder.load("zhuzhou-demo", 2023);
		List<Expected> expected = expected("zhuzhou-demo-2023");
		assertThat(expected).hasSizeGreaterThanOrEqualTo(12);
		expected.forEach((e) -> check(e, rules.evaluate(e.subjectType(), e.subjectId(), e.asOf(), facts)));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Q1", "Q2", "Q3", "Q4", "YEAR" })
	void redBlackListDistrictReproducesTheExpectedOutcomesOfEachPeriod(String period) throws IOException {
		Dataset facts = JSON.readValue(new File("fixtures/red-black-list-2024.json"), Dataset.class);
		List<Expected> expected = expected("red-black-list-2024-" + period);
		Expected district = expected.stream().filter((e) -> e.subjectType() == SubjectType.DISTRICT).findFirst().orElseThrow();
		assertThat(expected).allSatisfy((e) -> assertThat(e.period()).isEqualTo(period));

		Map<String, RuleOutcome> outcomes = RulesFolder.load("red-black-list", 2024)
			.evaluateTogether(SubjectType.DISTRICT, district.subjectId(), district.asOf(), period, facts);

		assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::subjectId).toList());
		assertThat(outcomes.values().stream().filter((o) -> o.status().value().equals("RED_LIST"))).hasSizeGreaterThanOrEqualTo(5);
		expected.forEach((e) -> check(e, outcomes.get(e.subjectId())));
	}

	@Test
	void creditGradeOfTheRedBlackListDistrictReproducesTheExpectedGrades() throws IOException {
		Dataset facts = merged("red-black-list-2024", "credit-grade-2024");
		List<Expected> expected = expected("credit-grade-2024");

		Map<String, RuleOutcome> outcomes = RulesFolder.load("credit-grade", 2024)
			.evaluateTogether(SubjectType.DISTRICT, "RB-D1", LocalDate.of(2024, 12, 31), facts);

		assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::subjectId).toList());
		assertThat(expected.stream().map(Expected::status).distinct().sorted())
			.containsExactly("GRADE_A", "GRADE_B", "GRADE_C", "GRADE_D");
		expected.forEach((e) -> check(e, outcomes.get(e.subjectId())));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "RB-D1", "SR-D1" })
	void starRatingOfEachDistrictReproducesTheExpectedStarsAndCapLines(String district) throws IOException {
		Dataset facts = merged("red-black-list-2024", "credit-grade-2024", "star-rating-2024");
		List<Expected> all = expected("star-rating-2024");
		List<Expected> expected = all.stream().filter((e) -> e.within().equals(district)).toList();
		Map<String, List<String>> capLines = new HashMap<>();
		JSON.readTree(new File("fixtures/expected/star-rating-2024.json")).forEach((e) -> capLines
			.put(e.get("subjectId").asText(), JSON.convertValue(e.get("capLines"), new TypeReference<List<String>>() {
			})));

		Map<String, RuleOutcome> outcomes = RulesFolder.load("star-rating", 2024)
			.evaluateTogether(SubjectType.DISTRICT, district, LocalDate.of(2024, 12, 31), facts);

		assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::subjectId).toList());
		assertThat(all.stream().map(Expected::status).distinct().sorted())
			.containsExactly("NOT_RATED", "STARS_1", "STARS_2", "STARS_3", "STARS_4", "STARS_5");
		expected.forEach((e) -> {
			check(e, outcomes.get(e.subjectId()));
			assertThat(outcomes.get(e.subjectId()).lines().stream().map(ScoreLine::code)
				.filter((code) -> !code.equals("STAR-SCORE")).toList())
				.as(e.subjectId() + " cap lines")
				.isEqualTo(capLines.get(e.subjectId()));
		});
	}

	/** The fixtures imported together, as the demo import takes them: the rows of each kind one after the other. */
	private static Dataset merged(String... names) throws IOException {
		ObjectNode merged = JSON.createObjectNode();
		for (String name : names) {
			JSON.readTree(new File("fixtures/" + name + ".json")).fields()
				.forEachRemaining((kind) -> merged.withArray(kind.getKey()).addAll((ArrayNode) kind.getValue()));
		}
		return JSON.treeToValue(merged, Dataset.class);
	}

	@Test
	void titleReviewOfTheGoldHoldersReproducesTheExpectedOutcomesAndReasons() throws IOException {
		Dataset facts = JSON.readValue(new File("fixtures/title-review-2020.json"), Dataset.class);
		RulesFolder rules = RulesFolder.load("title-review", 2020);
		List<Expected> expected = expected("title-review-2020");
		assertThat(expected.stream().map(Expected::status).distinct().sorted())
			.containsExactly("NO_TITLE", "OUTSIDE_REVIEW_WINDOW", "TITLE_KEPT", "TITLE_REVOKED");
		expected.forEach((e) -> {
			RuleOutcome outcome = rules.evaluate(e.subjectType(), e.subjectId(), e.asOf(), facts);
			check(e, outcome);
			// one line per reason, in the order of the codes (TR-PARTY, TR-EVENTS, TR-LAW)
			assertThat(outcome.lines().stream().map((line) -> line.reason().replaceAll("^取消称号理由（([A-Z-]+)）.*$", "$1")))
				.as(e.subjectId() + " reasons")
				.containsExactlyElementsOf(e.reasons());
		});
	}

	private static void check(Expected expected, RuleOutcome actual) {
		assertThat(actual).as(expected.subjectId()).isNotNull();
		assertThat(actual.status().value()).as(expected.subjectId() + " status").isEqualTo(expected.status());
		assertThat(actual.rank()).as(expected.subjectId() + " rank").isEqualTo(expected.rank());
		if (expected.totalPoints() != null) {
			assertThat(actual.totalPoints()).as(expected.subjectId() + " points").isEqualByComparingTo(expected.totalPoints());
		}
		if (expected.failedGates() != null) {
			assertThat(actual.gates().stream().filter((g) -> !g.passed()).map(GateResult::code).sorted().toList())
				.as(expected.subjectId() + " failed gates")
				.isEqualTo(expected.failedGates());
		}
		assertThat(actual.findings().stream().anyMatch((f) -> f.severity().equals("MANUAL_DECISION")))
			.as(expected.subjectId() + " manual decision")
			.isEqualTo(expected.manualDecision());
	}

	private static List<Expected> expected(String name) throws IOException {
		return JSON.readValue(new File("fixtures/expected/" + name + ".json"), new TypeReference<List<Expected>>() {
		}).stream().collect(Collectors.toList());
	}

	record Expected(SubjectType subjectType, String subjectId, String within, LocalDate asOf, String status,
			Integer rank, BigDecimal totalPoints, List<String> failedGates, boolean manualDecision, String period,
			List<String> reasons) {
	}

}
