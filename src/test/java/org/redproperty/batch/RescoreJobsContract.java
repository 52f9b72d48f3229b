package org.redproperty.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.redproperty.common.ServiceException;
import org.redproperty.evaluation.Cause;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.EvaluationService;
import org.redproperty.evaluation.ReplayReport;
import org.redproperty.facts.DatasetService;
import org.redproperty.facts.SubjectType;
import org.redproperty.support.TestRules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Re-score jobs over the demo fixtures, run by the subclasses against H2 and against the real MariaDB: results
 * against the expected file, previous status and changes, reports, one job per scope, a subject whose rule never
 * stops (halted at a deadline of one second, the firing limit set out of reach), a job cut off after its first
 * district and resumed with exactly one result per subject, a cancelled job, and a district of empty streets and
 * communities.
 */
@SpringBootTest(properties = { "app.demo.enabled=false", "app.evaluation.max-firings=1000000000",
		"app.evaluation.deadline-per-subject=1s", "app.rescore.parallelism=2", "app.rescore.resume-on-start=false" })
abstract class RescoreJobsContract {

	private static final LocalDate AS_OF = LocalDate.of(2023, 11, 30);

	static final Path RULES = rulesWithARunawayScheme();

	@Autowired
	private RescoreService service;

	@Autowired
	private RescoreResults results;

	@Autowired
	private RescoreChanges changes;

	@Autowired
	private RescoreReports reports;

	@Autowired
	private EvaluationService evaluations;

	@Autowired
	private DatasetService datasets;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ObjectMapper objectMapper;

	@BeforeEach
	void freshJobsOverTheFixtures() throws IOException {
		for (String table : List.of("rescore_results", "rescore_jobs", "evaluations", "fact_snapshots")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/demo-zichuan.json").toFile()), "test");
		this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/small-valid.json").toFile()), "test");
		this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/gold-red-property-2019.json").toFile()), "test");
		this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/zhuzhou-demo-2023.json").toFile()), "test");
	}

	/**
	 * A job over each scheme's fixture district reproduces the expected file: 红齐365 projects, honours and targets,
	 * the gold ranking with its ranks and the tie at tenth place, the Zhuzhou checklist, the review of the 2019 gold
	 * titles (its fixture, which holds the titles, imported first).
	 */
	@ParameterizedTest
	@CsvSource({ "hongqi365, 2023, D-ZC,", "gold-red-property, 2019, G-D1,", "zhuzhou-demo, 2023, ZZ-D1,",
			"title-review, 2020, TR-D1, fixtures/title-review-2020.json" })
	void aJobOverAFixtureDistrictGivesTheExpectedResults(String scheme, int year, String district, String fixture)
			throws IOException {
		if (fixture != null) {
			this.datasets.importDataset(this.objectMapper.readTree(Path.of(fixture).toFile()), "test");
		}
		JsonNode expected = this.objectMapper
			.readTree(Path.of("fixtures/expected/" + scheme + "-" + year + ".json").toFile());
		Set<String> dates = new TreeSet<>();
		expected.forEach((e) -> dates.add(e.get("asOf").asText()));
		int checked = 0;
		for (String date : dates) {
			RescoreJob job = run(new RescoreRequest(scheme, year, LocalDate.parse(date), district));
			assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
			assertThat(job.done()).isEqualTo(job.total());
			assertThat(job.failed()).isZero();
			Map<String, RescoreResult> byId = all(job).stream()
				.collect(Collectors.toMap((r) -> r.subjectType() + ":" + r.subjectId(), Function.identity()));
			for (JsonNode e : expected) {
				if (!e.get("asOf").asText().equals(date)) {
					continue;
				}
				RescoreResult result = byId.get(e.get("subjectType").asText() + ":" + e.get("subjectId").asText());
				assertThat(result).as(e.toString()).isNotNull();
				assertThat(result.status()).as(e.toString()).isEqualTo(e.get("status").asText());
				if (e.hasNonNull("totalPoints")) {
					assertThat(result.totalPoints()).as(e.toString())
						.isEqualByComparingTo(e.get("totalPoints").decimalValue());
				}
				if (e.has("rank")) {
					assertThat(result.rank()).as(e.toString())
						.isEqualTo(e.get("rank").isNull() ? null : e.get("rank").asInt());
				}
				checked++;
			}
		}
		assertThat(checked).isEqualTo(expected.size());
	}

	/**
	 * A job of credit-grade over the red-black-list fixture district with its credit deductions reproduces the
	 * expected grades: the required red-black-list quarters are evaluated within the job.
	 */
	@Test
	void aJobOfCreditGradeOverTheRedBlackListDistrictGivesTheExpectedGrades() throws IOException {
		this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/red-black-list-2024.json").toFile()),
				"test");
		this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/credit-grade-2024.json").toFile()),
				"test");
		JsonNode expected = this.objectMapper.readTree(Path.of("fixtures/expected/credit-grade-2024.json").toFile());

		RescoreJob job = run(new RescoreRequest("credit-grade", 2024, LocalDate.of(2024, 12, 31), "RB-D1", null));

		assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(job.failed()).isZero();
		Map<String, RescoreResult> byId = all(job).stream()
			.collect(Collectors.toMap(RescoreResult::subjectId, Function.identity()));
		assertThat(byId).hasSize(expected.size());
		for (JsonNode e : expected) {
			RescoreResult result = byId.get(e.get("subjectId").asText());
			assertThat(result).as(e.toString()).isNotNull();
			assertThat(result.status()).as(e.toString()).isEqualTo(e.get("status").asText());
			assertThat(result.totalPoints()).as(e.toString()).isEqualByComparingTo(e.get("totalPoints").decimalValue());
		}
		// Each stored evaluation of the job records the red-black-list content its grade was built on.
		String redBlackList = this.jdbc.sql("SELECT hash FROM ruleset_activations WHERE scheme = 'red-black-list' "
				+ "ORDER BY id DESC").query(String.class).list().get(0);
		Evaluation stored = this.evaluations.find(byId.get("RB-CO-02").evaluationId());
		assertThat(stored.requiredRulesets()).singleElement().satisfies((required) -> {
			assertThat(required.key().toString()).isEqualTo("red-black-list/2024");
			assertThat(required.hash()).isEqualTo(redBlackList);
			assertThat(required.periods()).containsExactly("Q1", "Q2", "Q3", "Q4");
		});
		assertThat(stored.requiredOutcomes()).hasSize(4)
			.allSatisfy((outcome) -> assertThat(outcome.status()).isEqualTo("RED_LIST"));
	}

	/**
	 * Jobs of star-rating over the red-black-list fixture district and the star district SR-D1 reproduce the expected
	 * stars: the required red-black-list periods and credit grades are evaluated within each job.
	 */
	@Test
	void jobsOfStarRatingOverTheFixtureDistrictsGiveTheExpectedStars() throws IOException {
		for (String fixture : List.of("red-black-list-2024", "credit-grade-2024", "star-rating-2024")) {
			this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/" + fixture + ".json").toFile()),
					"test");
		}
		JsonNode expected = this.objectMapper.readTree(Path.of("fixtures/expected/star-rating-2024.json").toFile());

		Map<String, RescoreResult> byId = new HashMap<>();
		for (String district : List.of("RB-D1", "SR-D1")) {
			RescoreJob job = run(new RescoreRequest("star-rating", 2024, LocalDate.of(2024, 12, 31), district, null));
			assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
			assertThat(job.failed()).isZero();
			all(job).forEach((result) -> byId.put(result.subjectId(), result));
		}

		assertThat(byId).hasSize(expected.size());
		for (JsonNode e : expected) {
			RescoreResult result = byId.get(e.get("subjectId").asText());
			assertThat(result).as(e.toString()).isNotNull();
			assertThat(result.status()).as(e.toString()).isEqualTo(e.get("status").asText());
			assertThat(result.totalPoints()).as(e.toString()).isEqualByComparingTo(e.get("totalPoints").decimalValue());
		}
	}

	/**
	 * A job over the red-black-list fixture district for each period reproduces the expected file of that period,
	 * keeps its period, and reports it in a column of its own; a job that names no period is refused.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Q1", "Q2", "Q3", "Q4", "YEAR" })
	void aJobOverTheRedBlackListDistrictGivesTheExpectedResultsOfEachPeriod(String period) throws IOException {
		this.datasets.importDataset(this.objectMapper.readTree(Path.of("fixtures/red-black-list-2024.json").toFile()),
				"test");
		JsonNode expected = this.objectMapper
			.readTree(Path.of("fixtures/expected/red-black-list-2024-" + period + ".json").toFile());
		LocalDate asOf = LocalDate.parse(expected.get(0).get("asOf").asText());

		RescoreJob job = run(new RescoreRequest("red-black-list", 2024, asOf, "RB-D1", period));

		assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(job.period()).isEqualTo(period);
		assertThat(job.failed()).isZero();
		Map<String, RescoreResult> byId = all(job).stream()
			.collect(Collectors.toMap((r) -> r.subjectType() + ":" + r.subjectId(), Function.identity()));
		assertThat(byId).hasSize(expected.size());
		for (JsonNode e : expected) {
			RescoreResult result = byId.get(e.get("subjectType").asText() + ":" + e.get("subjectId").asText());
			assertThat(result).as(e.toString()).isNotNull();
			assertThat(result.status()).as(e.toString()).isEqualTo(e.get("status").asText());
			assertThat(result.rank()).as(e.toString()).isEqualTo(e.get("rank").isNull() ? null : e.get("rank").asInt());
			if (e.hasNonNull("totalPoints")) {
				assertThat(result.totalPoints()).as(e.toString()).isEqualByComparingTo(e.get("totalPoints").decimalValue());
			}
		}
		assertThat(this.evaluations.find(byId.get("COMPANY:RB-CO-01").evaluationId()).period()).isEqualTo(period);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.reports.csv(job, csv);
		assertThat(new String(csv.toByteArray(), StandardCharsets.UTF_8).substring(1).lines().findFirst().orElseThrow())
			.startsWith("区,评价期间,对象类型");
		assertThatThrownBy(() -> run(new RescoreRequest("red-black-list", 2024, asOf, "RB-D1", null)))
			.isInstanceOf(ServiceException.class)
			.hasMessageContaining("必须写 period");
	}

	@Test
	void everyResultPointsAtAStoredEvaluationThatReplaysIdentically() {
		RescoreJob job = run(new RescoreRequest("hongqi365", 2023, AS_OF, "D-ZC"));
		List<RescoreResult> rows = all(job);
		assertThat(rows).extracting(RescoreResult::subjectType)
			.containsSubsequence(SubjectType.PROJECT, SubjectType.STREET, SubjectType.COMMUNITY, SubjectType.DISTRICT);
		for (RescoreResult row : List.of(rows.get(0), rows.get(rows.size() - 1), find(rows, SubjectType.STREET))) {
			assertThat(this.evaluations.find(row.evaluationId()).status()).isEqualTo(row.status());
			ReplayReport replay = this.evaluations.replay(row.evaluationId());
			assertThat(replay.identical()).as(replay.differences().toString()).isTrue();
			assertThat(this.evaluations.find(row.evaluationId()).factsRevision()).isNotNull();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM fact_snapshots").query(Integer.class).single())
			.as("the job names the revision of the facts it read and copies none of them").isZero();
		Set<String> districtGates = this.evaluations.find(find(rows, SubjectType.DISTRICT).evaluationId())
			.gates()
			.stream()
			.map((gate) -> gate.code())
			.collect(Collectors.toSet());
		assertThat(districtGates).isNotEmpty();
		assertThat(this.evaluations.find(find(rows, SubjectType.PROJECT).evaluationId()).trace())
			.as("a project's trace holds the firings about it, not the district's targets")
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(districtGates).doesNotContain(entry.code()));
	}

	@Test
	void aSecondJobComparesWithThePreviousOneAndExplainsEachChange() {
		RescoreJob first = run(new RescoreRequest("hongqi365", 2023, AS_OF, "D-ZC"));
		RescoreJob second = run(new RescoreRequest("hongqi365", 2023, LocalDate.of(2023, 12, 31), "D-ZC"));
		assertThat(second.previousJobId()).isEqualTo(first.id());
		List<RescoreResult> changed = this.results.page(second.id(), new ResultFilter(null, true), 0, 1000);
		assertThat(changed).isNotEmpty().allSatisfy((r) -> {
			assertThat(r.changed()).isTrue();
			assertThat(r.status()).isNotEqualTo(r.previousStatus());
		});
		assertThat(this.results.count(second.id(), new ResultFilter(null, false)) + changed.size())
			.isEqualTo(second.total());
		List<RescoreChange> explained = this.changes.of(second);
		assertThat(explained).extracting(RescoreChange::subjectId)
			.containsExactlyElementsOf(changed.stream().map(RescoreResult::subjectId).toList());
		RescoreChange p013 = explained.stream().filter((c) -> c.subjectId().equals("P-013")).findFirst().orElseThrow();
		assertThat(p013.previousStatus()).isEqualTo("FIVE_STAR");
		assertThat(p013.status()).isEqualTo("DISQUALIFIED");
		assertThat(p013.gates()).anySatisfy((g) -> {
			assertThat(g.code()).isEqualTo("HQ-SAFE-DQ");
			assertThat(g.oldPassed()).isTrue();
			assertThat(g.newPassed()).isFalse();
		});
		assertThat(p013.reason()).contains("FIVE_STAR").contains("DISQUALIFIED").contains("HQ-SAFE-DQ");
		assertThat(explained).allSatisfy((c) -> assertThat(c.causes()).containsExactly(Cause.AS_OF));
		assertThat(p013.interaction()).isFalse();
		assertThat(p013.facts()).isEmpty();
		assertThat(p013.causeReason()).contains("评价日由 2023-11-30 改为 2023-12-31").contains("DISQUALIFIED");
		assertThat(this.changes.page(second, 1, 2)).extracting(RescoreChange::subjectId)
			.containsExactlyElementsOf(explained.subList(2, Math.min(4, explained.size()))
				.stream()
				.map(RescoreChange::subjectId)
				.toList());
		assertThat(this.results.page(second.id(), new ResultFilter("DISQUALIFIED", null), 0, 1000))
			.extracting(RescoreResult::subjectId)
			.contains("P-013");
	}

	@Test
	void reportsHaveOneRowPerSubjectWithChineseHeaders() throws IOException {
		RescoreJob job = run(new RescoreRequest("hongqi365", 2023, AS_OF, null));
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.reports.csv(job, csv);
		byte[] bytes = csv.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("区,对象类型,对象编号,评价结果,总分");
		assertThat(lines).hasSize(job.total() + 1);
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("D-ZC,物业服务项目,P-001,FIVE_STAR,110,"));
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		this.reports.xlsx(job, xlsx);
		String sheet = entry(xlsx.toByteArray(), "xl/worksheets/sheet1.xml");
		assertThat(sheet.split("<row ", -1)).hasSize(job.total() + 2);
	}

	@Test
	void twoJobsOfOneScopeDoNotRunAtOnce() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(1);
		RescoreRequest request = new RescoreRequest("hongqi365", 2023, AS_OF, "D-ZC");
		RescoreJob first = this.service.start(request, (job, district, done, total) -> {
			running.countDown();
			await(release);
		}, true);
		assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(RescoreException.class).isThrownBy(() -> this.service.start(request))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ServiceException.Kind.CONFLICT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("RESCORE_JOB_RUNNING"));
		RescoreJob otherScope = run(new RescoreRequest("hongqi365", 2023, AS_OF, "D-T"));
		assertThat(otherScope.state()).isEqualTo(JobState.SUCCEEDED);
		release.countDown();
		assertThat(waitFor(first.id()).state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(run(request).state()).isEqualTo(JobState.SUCCEEDED);
	}

	@Test
	void aSubjectWhoseRuleNeverStopsFailsWithRulesTimeoutAndTheJobGoesOnAndEnds() {
		RescoreJob job = run(new RescoreRequest("looptest", 2023, AS_OF, "D-ZC"));
		assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(job.failed()).isEqualTo(1);
		assertThat(job.done() + job.failed()).isEqualTo(job.total());
		List<RescoreResult> rows = all(job);
		assertThat(rows).hasSize(job.total());
		RescoreResult failed = rows.stream().filter((r) -> r.error() != null).findFirst().orElseThrow();
		assertThat(failed.subjectId()).isEqualTo("P-007");
		assertThat(failed.error().code()).isEqualTo("RULES_TIMEOUT");
		assertThat(failed.error().message()).contains("1 秒", "LT-LOOP");
		assertThat(rows).filteredOn((r) -> r.error() == null).allSatisfy((r) -> assertThat(r.status()).isEqualTo("DONE"));
	}

	@Test
	void aResumedJobWhoseSubjectKeepsTimingOutRecordsItAsFailedAndEnds() {
		RescoreRequest request = new RescoreRequest("looptest", 2023, AS_OF, null);
		assertThatExceptionOfType(Crash.class).isThrownBy(() -> this.service.start(request, (job, district, done, total) -> {
			throw new Crash();
		}, false));
		String cut = this.jdbc.sql("SELECT id FROM rescore_jobs").query(String.class).single();

		this.service.resumeUnfinished();
		RescoreJob resumed = waitFor(cut);

		assertThat(resumed.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(resumed.failed()).isEqualTo(1);
		assertThat(resumed.done() + resumed.failed()).isEqualTo(resumed.total());
		assertThat(all(resumed)).hasSize(resumed.total())
			.filteredOn((r) -> r.error() != null)
			.singleElement()
			.satisfies((r) -> assertThat(r.error().code()).isEqualTo("RULES_TIMEOUT"));
	}

	@Test
	void aCancelledJobStopsAtADistrictBoundaryKeepsItsResultsAndFreesItsScope() {
		RescoreRequest request = new RescoreRequest("hongqi365", 2023, AS_OF, null);
		List<RescoreJob> next = new ArrayList<>();
		RescoreJob cancelled = this.service.start(request, (job, district, done, total) -> {
			if (next.isEmpty()) {
				assertThat(this.service.cancel(job).state()).isEqualTo(JobState.CANCELLED);
				next.add(this.service.start(request));
			}
		}, false);

		assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
		assertThat(cancelled.finishedAt()).isNotNull();
		assertThat(all(cancelled)).as("the districts written are kept, one row per subject")
			.hasSize(cancelled.done() + cancelled.failed())
			.extracting((r) -> r.subjectType() + ":" + r.subjectId())
			.doesNotHaveDuplicates();
		assertThat(cancelled.done() + cancelled.failed()).as("no district is started after the cancel")
			.isPositive()
			.isLessThan(cancelled.total());
		assertThat(waitFor(next.get(0).id()).state()).as("a new job of the scope was accepted at once")
			.isEqualTo(JobState.SUCCEEDED);
		assertThatExceptionOfType(RescoreException.class).isThrownBy(() -> this.service.resume(cancelled.id()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("RESCORE_JOB_NOT_RESUMABLE"));
	}

	@Test
	void aJobThatHasEndedCannotBeCancelledAndAnUnknownOneIsNotFound() {
		RescoreJob done = run(new RescoreRequest("hongqi365", 2023, AS_OF, "D-T"));

		assertThatExceptionOfType(RescoreException.class).isThrownBy(() -> this.service.cancel(done.id()))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ServiceException.Kind.CONFLICT))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("RESCORE_JOB_NOT_CANCELLABLE"));
		assertThat(this.service.find(done.id()).state()).isEqualTo(JobState.SUCCEEDED);
		assertThatExceptionOfType(RescoreException.class).isThrownBy(() -> this.service.cancel("no-such-job"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ServiceException.Kind.NOT_FOUND));
	}

	@Test
	void aDistrictOfEmptyStreetsAndCommunitiesGivesOneResultPerSubject() throws IOException {
		// Sorts after the fixtures' districts, so that the tests cutting a job after its first district still cut D-T.
		this.datasets.importDataset(this.objectMapper.readTree("""
				{"districts": [{"id": "ZZZ-D-EMPTY", "name": "空区"}],
				 "streets": [{"id": "ZZZ-S-EMPTY", "districtId": "ZZZ-D-EMPTY", "name": "空街道"}],
				 "communities": [{"id": "ZZZ-CM-EMPTY", "streetId": "ZZZ-S-EMPTY", "name": "空社区"}]}
				"""), "test");

		RescoreJob job = run(new RescoreRequest("hongqi365", 2023, AS_OF, "ZZZ-D-EMPTY"));

		assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(job.total()).isEqualTo(3);
		assertThat(job.done() + job.failed()).isEqualTo(job.total());
		assertThat(all(job)).extracting((r) -> r.subjectType() + ":" + r.subjectId())
			.containsExactlyInAnyOrder("STREET:ZZZ-S-EMPTY", "COMMUNITY:ZZZ-CM-EMPTY", "DISTRICT:ZZZ-D-EMPTY");
	}

	@Test
	void aJobCutOffAfterItsFirstDistrictIsResumedWithExactlyOneResultPerSubject() {
		RescoreRequest request = new RescoreRequest("hongqi365", 2023, AS_OF, null);
		List<String> written = new ArrayList<>();
		assertThatExceptionOfType(Crash.class).isThrownBy(() -> this.service.start(request, (job, district, done, total) -> {
			written.add(district);
			throw new Crash();
		}, false));
		RescoreJob cut = this.jdbc.sql("SELECT id FROM rescore_jobs").query(String.class).list().stream()
			.map(this.service::find)
			.findFirst()
			.orElseThrow();
		assertThat(cut.state()).isEqualTo(JobState.RUNNING);
		assertThat(written).containsExactly("D-T");
		assertThat(cut.done()).isPositive().isLessThan(cut.total());
		assertThatExceptionOfType(RescoreException.class).as("its scope stays taken until it ends")
			.isThrownBy(() -> this.service.start(request));

		this.service.resumeUnfinished();
		RescoreJob resumed = waitFor(cut.id());

		assertThat(resumed.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(resumed.done()).isEqualTo(resumed.total());
		assertThat(resumed.failed()).isZero();
		Integer rows = this.jdbc.sql("SELECT COUNT(*) FROM rescore_results WHERE job_id = :id")
			.param("id", cut.id())
			.query(Integer.class)
			.single();
		Integer distinct = this.jdbc.sql("""
				SELECT COUNT(*) FROM (SELECT DISTINCT subject_type, subject_id FROM rescore_results WHERE job_id = :id) x
				""").param("id", cut.id()).query(Integer.class).single();
		assertThat(rows).isEqualTo(resumed.total()).isEqualTo(distinct);
		Integer evaluationsOfTheJob = this.jdbc.sql("""
				SELECT COUNT(*) FROM evaluations e JOIN rescore_results r ON r.evaluation_id = e.id WHERE r.job_id = :id
				""").param("id", cut.id()).query(Integer.class).single();
		assertThat(evaluationsOfTheJob).isEqualTo(rows);
	}

	private RescoreJob run(RescoreRequest request) {
		return this.service.start(request, RescoreListener.NONE, false);
	}

	private RescoreJob waitFor(String id) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		RescoreJob job = this.service.find(id);
		while (!job.state().ended() && System.nanoTime() < deadline) {
			sleep();
			job = this.service.find(id);
		}
		return job;
	}

	private List<RescoreResult> all(RescoreJob job) {
		return this.results.page(job.id(), ResultFilter.ALL, 0, 100_000);
	}

	private static RescoreResult find(List<RescoreResult> rows, SubjectType type) {
		return rows.stream().filter((r) -> r.subjectType() == type).findFirst().orElseThrow();
	}

	private static String entry(byte[] zip, String name) throws IOException {
		Path file = Files.createTempFile("report", ".xlsx");
		try {
			Files.write(file, zip);
			try (ZipFile archive = new ZipFile(file.toFile())) {
				ZipEntry entry = archive.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stands for the process dying: not caught by the runner, so the job stays marked running. */
	static final class Crash extends Error {

	}

	/** The repository's rules, plus a scheme whose rules never stop for project P-007. */
	private static Path rulesWithARunawayScheme() {
		try {
			Path dir = Files.createTempDirectory("rescore-rules");
			FileSystemUtils.copyRecursively(Path.of("rules"), dir);
			Path loop = Files.createDirectories(dir.resolve("looptest/2023"));
			Files.writeString(loop.resolve("manifest.yaml"), """
					scheme: looptest
					year: 2023
					title: 规则失控试验
					subjectTypes: [PROJECT]
					phases:
					  - {name: all, label: 全部规则, step: each}
					""");
			Files.writeString(loop.resolve("loop.drl"), """
					import org.redproperty.facts.Project;
					import org.redproperty.evaluation.Outcome;
					global Outcome outcome;

					rule "LT-STATUS 每个项目都有结果"
					    @code("LT-STATUS") @clause("试验条款")
					    agenda-group "all"
					when
					    $p : Project()
					then
					    insert(outcome.status($p.id(), "DONE", "已评价"));
					end
					""" + TestRules.loop("LT-LOOP", "试验条款", "all", "Project( id == \"P-007\" )"));
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
