package org.redproperty.rules.hongqi365;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.GateResult;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules agree with {@code fixtures/expected/hongqi365-2023.json}, which {@code fixtures/tools/generate_demo.py}
 * computes from the demo facts with its own plain reading of DOMAIN §4: status, points, failed gates, counted
 * records and district ratios of every expected entry.
 */
class DemoFixturesTests {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	record Expected(SubjectType subjectType, String subjectId, LocalDate asOf, String status,
			BigDecimal totalPoints, List<String> failedGates, Integer countedRecords, Map<String, BigDecimal> actuals) {
	}

	@Test
	void rulesGiveTheExpectedResultOfEveryDemoSubject() throws IOException {
		Dataset demo = JSON.readValue(Path.of("fixtures/demo-zichuan.json").toFile(), Dataset.class);
		List<Expected> expected = JSON.readValue(Path.of("fixtures/expected/hongqi365-2023.json").toFile(),
				new TypeReference<List<Expected>>() {
				});
		String district = demo.districts().get(0).id();
		Map<String, RuleOutcome> outcomes = new HashMap<>();
		List<String> mismatches = new ArrayList<>();
		for (Expected entry : expected) {
			String key = entry.asOf() + "/" + entry.subjectId();
			if (!outcomes.containsKey(key)) {
				SubjectType type = (entry.subjectType() == SubjectType.PROJECT) ? SubjectType.DISTRICT
						: entry.subjectType();
				String id = (entry.subjectType() == SubjectType.PROJECT) ? district : entry.subjectId();
				Hongqi365Rules.together(demo, type, id, entry.asOf())
					.forEach((subject, outcome) -> outcomes.putIfAbsent(entry.asOf() + "/" + subject, outcome));
			}
			compare(entry, outcomes.get(key), mismatches);
		}
		assertThat(expected).hasSizeGreaterThan(80);
		assertThat(mismatches).isEmpty();
	}

	private static void compare(Expected expected, RuleOutcome actual, List<String> mismatches) {
		String where = expected.subjectId() + " @ " + expected.asOf() + ": ";
		if (actual == null) {
			mismatches.add(where + "no outcome");
			return;
		}
		if (!expected.status().equals(actual.status().value())) {
			mismatches.add(where + "status " + actual.status().value() + " expected " + expected.status());
		}
		if (expected.totalPoints().compareTo(actual.totalPoints()) != 0) {
			mismatches.add(where + "points " + actual.totalPoints() + " expected " + expected.totalPoints());
		}
		TreeSet<String> failed = new TreeSet<>();
		actual.gates().stream().filter((gate) -> !gate.passed()).map(GateResult::code)
			.map((code) -> code.replaceFirst("-RATE$", "")).forEach(failed::add);
		if (!failed.equals(new TreeSet<>(expected.failedGates()))) {
			mismatches.add(where + "failed gates " + failed + " expected " + expected.failedGates());
		}
		if (expected.countedRecords() != null && actual.gate("HQ-ACT-MIN").actual().intValue() != expected.countedRecords()) {
			mismatches.add(where + "counted " + actual.gate("HQ-ACT-MIN").actual() + " expected "
					+ expected.countedRecords());
		}
		if (expected.actuals() != null) {
			expected.actuals().forEach((code, value) -> {
				GateResult gate = actual.gate(code);
				if (gate == null || gate.actual().compareTo(value) != 0) {
					mismatches.add(where + code + " actual " + ((gate == null) ? null : gate.actual()) + " expected "
							+ value);
				}
			});
		}
	}

}
