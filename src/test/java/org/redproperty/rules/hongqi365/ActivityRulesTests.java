package org.redproperty.rules.hongqi365;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.Finding;
import org.redproperty.evaluation.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.assertGate;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.pointEvidence;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.rejectedIds;
import static org.redproperty.rules.hongqi365.Hongqi365Assertions.rejection;
import static org.redproperty.rules.hongqi365.Hongqi365Facts.world;
import static org.redproperty.rules.hongqi365.Hongqi365Rules.project;

/** HQ-ACT-VALID, HQ-ACT-PTS and HQ-ACT-MIN: which records count, 2 points each, at least 50 of them. */
class ActivityRulesTests {

	private static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

	@Nested
	class Minimum {

		@Test
		void passesWithExactlyFiftyCountedRecordsForOneHundredPoints() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1"));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("100");
			assertGate(outcome.gate("HQ-ACT-MIN"), true, "50", "50", "0");
			assertThat(outcome.gate("HQ-ACT-MIN").evidence()).hasSize(50).contains("A-P1-001", "A-P1-050");
		}

		@Test
		void failsWithFortyNineCountedRecordsForNinetyEightPoints() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1").validActivities("P1", 49));

			assertThat(outcome.status().value()).isEqualTo("NOT_AWARDED");
			assertThat(outcome.status().reason()).contains("HQ-ACT-MIN");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("98");
			assertGate(outcome.gate("HQ-ACT-MIN"), false, "50", "49", "1");
			assertThat(outcome.gate("HQ-ACT-MIN").evidence()).hasSize(49).doesNotContain("A-P1-050");
		}

		@Test
		void passesWithFiftyOneCountedRecordsForOneHundredAndTwoPoints() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1").validActivities("P1", 51));

			assertThat(outcome.status().value()).isEqualTo("FIVE_STAR");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("102");
			assertGate(outcome.gate("HQ-ACT-MIN"), true, "50", "51", "0");
		}

		@Test
		void failsWithNoRecordAtAll() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1").validActivities("P1", 0));

			assertThat(outcome.totalPoints()).isEqualByComparingTo("0");
			assertThat(outcome.lines()).isEmpty();
			assertGate(outcome.gate("HQ-ACT-MIN"), false, "50", "0", "50");
		}

	}

	@Nested
	class Points {

		@Test
		void givesTwoPointsPerCountedRecordWithTheRecordAsEvidence() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1"));

			assertThat(outcome.lines()).hasSize(50).allSatisfy((line) -> {
				assertThat(line.code()).isEqualTo("HQ-ACT-PTS");
				assertThat(line.points()).isEqualByComparingTo("2");
				assertThat(line.evidence()).singleElement().asString().startsWith("A-P1-");
				assertThat(line.reason()).contains("计 2 分");
				assertThat(line.clause()).isEqualTo("川综执字〔2023〕68号 二.2");
			});
			assertThat(outcome.lines().stream().map((line) -> line.evidence().get(0)).distinct()).hasSize(50);
		}

		@Test
		void givesNoPointsForARecordThatDoesNotCount() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.activity("A-P1-900", "P1", LocalDate.of(2023, 5, 5), "物业服务中心", "照片不足", 1, 1));

			assertThat(outcome.totalPoints()).isEqualByComparingTo("100");
			assertThat(outcome.lines()).noneMatch((line) -> line.evidence().contains("A-P1-900"));
		}

	}

	@Nested
	class ValidDates {

		@Test
		void countsTheFirstAndLastDayOfTheWindowButNotTheDaysAround() {
			RuleOutcome outcome = project("P1", YEAR_END, world().fiveStarProject("P1", "C1")
				.activity("A-X1", "P1", LocalDate.of(2022, 12, 31), "前一年")
				.activity("A-X2", "P1", LocalDate.of(2023, 1, 1), "元旦")
				.activity("A-X3", "P1", LocalDate.of(2023, 11, 30), "月底")
				.activity("A-X4", "P1", LocalDate.of(2023, 12, 1), "十二月"));

			assertThat(outcome.totalPoints()).isEqualByComparingTo("104");
			assertThat(pointEvidence(outcome)).contains("A-X2", "A-X3").doesNotContain("A-X1", "A-X4");
			assertThat(rejection(outcome, "A-X1").message()).contains("不在计分期").contains("2022-12-31");
			assertThat(rejection(outcome, "A-X4").message()).contains("不在计分期").contains("2023-11-30");
			assertThat(rejectedIds(outcome)).containsExactlyInAnyOrder("A-X1", "A-X4");
		}

		@Test
		void countsARecordDatedOnTheEvaluationDateButNotOneDatedTheDayAfter() {
			LocalDate asOf = LocalDate.of(2023, 9, 15);
			RuleOutcome outcome = project("P1", asOf, world().fiveStarProject("P1", "C1")
				.validActivities("P1", 0)
				.activity("A-X1", "P1", asOf, "当天")
				.activity("A-X2", "P1", asOf.plusDays(1), "次日"));

			assertThat(pointEvidence(outcome)).containsExactly("A-X1");
			assertThat(outcome.findings()).as("a later record does not exist yet").isEmpty();
			assertGate(outcome.gate("HQ-ACT-MIN"), false, "50", "1", "49");
		}

		@Test
		void knowsNothingOfARecordDatedAfterTheEvaluationDate() {
			LocalDate asOf = LocalDate.of(2023, 9, 15);
			RuleOutcome outcome = Hongqi365Rules.unfiltered(org.redproperty.facts.SubjectType.PROJECT, "P1", asOf,
					world().fiveStarProject("P1", "C1")
						.validActivities("P1", 0)
						.activity("A-X1", "P1", asOf, "当天")
						.activity("A-X2", "P1", asOf.plusDays(1), "次日"));

			assertThat(pointEvidence(outcome)).containsExactly("A-X1");
			assertThat(outcome.findings()).noneSatisfy((f) -> assertThat(f.evidence()).contains("A-X2"));
			assertThat(outcome.trace()).noneSatisfy((t) -> assertThat(t.facts()).contains("A-X2"));
		}

	}

	@Nested
	class ValidEvidence {

		@Test
		void countsTwoPhotosButNotOne() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.validActivities("P1", 48)
				.activity("A-X1", "P1", LocalDate.of(2023, 6, 1), "物业服务中心", "一张照片", 1, 1)
				.activity("A-X2", "P1", LocalDate.of(2023, 6, 1), "物业服务中心", "两张照片", 2, 1)
				.activity("A-X3", "P1", LocalDate.of(2023, 6, 1), "物业服务中心", "未填照片", null, 1));

			assertThat(pointEvidence(outcome)).contains("A-X2").doesNotContain("A-X1", "A-X3");
			assertThat(rejection(outcome, "A-X1").message()).contains("照片 1 张，少于 2 张");
			assertThat(rejection(outcome, "A-X3").message()).contains("照片 0 张");
			assertGate(outcome.gate("HQ-ACT-MIN"), false, "50", "49", "1");
		}

		@Test
		void countsOneResidentSignatureButNotNone() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.validActivities("P1", 49)
				.activity("A-X1", "P1", LocalDate.of(2023, 6, 1), "物业服务中心", "无人签字", 2, 0)
				.activity("A-X2", "P1", LocalDate.of(2023, 6, 1), "物业服务中心", "一人签字", 2, 1));

			assertThat(pointEvidence(outcome)).contains("A-X2").doesNotContain("A-X1");
			assertThat(rejection(outcome, "A-X1").message()).contains("没有居民签字");
			assertGate(outcome.gate("HQ-ACT-MIN"), true, "50", "50", "0");
		}

		@Test
		void rejectsABlankOrganizerOrTitle() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.activity("A-X1", "P1", LocalDate.of(2023, 6, 1), "  ", "无组织单位", 2, 1)
				.activity("A-X2", "P1", LocalDate.of(2023, 6, 2), null, "组织单位为空", 2, 1)
				.activity("A-X3", "P1", LocalDate.of(2023, 6, 3), "物业服务中心", "", 2, 1)
				.activity("A-X4", "P1", LocalDate.of(2023, 6, 4), "物业服务中心", null, 2, 1));

			assertThat(pointEvidence(outcome)).doesNotContain("A-X1", "A-X2", "A-X3", "A-X4");
			assertThat(rejection(outcome, "A-X1").message()).contains("未填写组织单位");
			assertThat(rejection(outcome, "A-X2").message()).contains("未填写组织单位");
			assertThat(rejection(outcome, "A-X3").message()).contains("未填写活动名称");
			assertThat(rejection(outcome, "A-X4").message()).contains("未填写活动名称");
			assertThat(rejection(outcome, "A-X4").message()).startsWith("记录「」").doesNotContain("null");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("100");
		}

		@Test
		void listsEveryReasonOfARecordInOneFinding() {
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.activity("A-X1", "P1", LocalDate.of(2022, 12, 1), "", "样样不行", 1, 0));

			Finding finding = rejection(outcome, "A-X1");
			assertThat(finding.severity()).isEqualTo("INFO");
			assertThat(finding.clause()).isEqualTo("川综执字〔2023〕68号 二.2、附件2");
			assertThat(finding.message()).contains("样样不行", "不在计分期", "照片 1 张", "没有居民签字", "未填写组织单位");
			assertThat(rejectedIds(outcome)).containsExactly("A-X1");
		}

	}

	@Nested
	class Duplicates {

		@Test
		void countsTheSmallestIdOnceAndListsTheOthersAsDuplicates() {
			LocalDate day = LocalDate.of(2023, 7, 1);
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.validActivities("P1", 49)
				.activity("A-D3", "P1", day, "捡拾垃圾")
				.activity("A-D1", "P1", day, "社区议事", "捡拾垃圾", 2, 1)
				.activity("A-D2", "P1", day, "另一组织单位", "捡拾垃圾", 3, 5));

			assertThat(pointEvidence(outcome)).contains("A-D1").doesNotContain("A-D2", "A-D3");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("100");
			assertGate(outcome.gate("HQ-ACT-MIN"), true, "50", "50", "0");
			assertThat(rejectedIds(outcome)).containsExactlyInAnyOrder("A-D2", "A-D3");
			assertThat(rejection(outcome, "A-D2").message()).contains("与记录 A-D1", "重复记录只计一次");
			assertThat(rejection(outcome, "A-D3").message()).contains("与记录 A-D1", "重复记录只计一次");
		}

		@Test
		void comparesIdsAsStrings() {
			LocalDate day = LocalDate.of(2023, 7, 1);
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.activity("A-9", "P1", day, "重复活动")
				.activity("A-10", "P1", day, "重复活动"));

			assertThat(pointEvidence(outcome)).contains("A-10").doesNotContain("A-9");
			assertThat(rejection(outcome, "A-9").message()).contains("与记录 A-10");
		}

		@Test
		void keepsTheValidRecordWhenTheSmallerIdDoesNotCountOtherwise() {
			LocalDate day = LocalDate.of(2023, 7, 1);
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.validActivities("P1", 49)
				.activity("A-D1", "P1", day, "物业服务中心", "捡拾垃圾", 1, 1)
				.activity("A-D2", "P1", day, "捡拾垃圾"));

			assertThat(pointEvidence(outcome)).contains("A-D2").doesNotContain("A-D1");
			assertThat(rejection(outcome, "A-D1").message()).contains("照片").doesNotContain("重复");
			assertGate(outcome.gate("HQ-ACT-MIN"), true, "50", "50", "0");
		}

		@Test
		void countsTheSameTitleOnAnotherDayOrInAnotherProject() {
			LocalDate day = LocalDate.of(2023, 7, 1);
			RuleOutcome outcome = project("P1", world().fiveStarProject("P1", "C1")
				.fiveStarProject("P2", "C1")
				.activity("A-D1", "P1", day, "捡拾垃圾")
				.activity("A-D2", "P1", day.plusDays(1), "捡拾垃圾")
				.activity("A-D3", "P2", day, "捡拾垃圾"));

			assertThat(pointEvidence(outcome)).contains("A-D1", "A-D2").doesNotContain("A-D3");
			assertThat(outcome.totalPoints()).isEqualByComparingTo("104");
			assertThat(outcome.findings()).isEmpty();
		}

	}

}
