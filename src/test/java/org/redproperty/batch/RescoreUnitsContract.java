package org.redproperty.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.evaluation.Evaluator;
import org.redproperty.facts.DatasetService;
import org.redproperty.facts.FactStore;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claiming the districts of a job shared by several instances, run by the subclasses against H2 and against the
 * real MariaDB: two claimers asking at once get disjoint districts and together all of them; a lease that has run
 * out is taken over, a live or renewed one is not, a released one at once; a district finished by two instances
 * (the first one's lease ran out while it worked) is written once; and two instances running one job at once end it
 * with exactly one result per subject. The second instance is a second runner in this JVM under another name.
 */
@SpringBootTest(properties = { "app.demo.enabled=false", "app.rescore.resume-on-start=false",
		"app.rescore.instance-id=instance-a", "app.rescore.parallelism=2" })
abstract class RescoreUnitsContract {

	private static final LocalDate AS_OF = LocalDate.of(2023, 11, 30);

	private static final Duration LONG = Duration.ofMinutes(5);

	private static final Duration SHORT = Duration.ofMillis(300);

	@Autowired
	private RescoreUnits units;

	@Autowired
	private RescoreJobs jobs;

	@Autowired
	private RescoreScope scope;

	@Autowired
	private RescoreRunner runner;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	/** Three fixtures' districts, and no job, result or evaluation of an earlier test. */
	@BeforeEach
	void districtsWithoutJobs() throws IOException {
		this.jdbc.sql("DELETE FROM rescore_units").update();
		this.jdbc.sql("DELETE FROM rescore_results").update();
		this.jdbc.sql("DELETE FROM rescore_jobs").update();
		this.jdbc.sql("DELETE FROM evaluations").update();
		ObjectMapper json = this.context.getBean(ObjectMapper.class);
		DatasetService datasets = this.context.getBean(DatasetService.class);
		for (String fixture : List.of("demo-zichuan", "small-valid", "gold-red-property-2019")) {
			datasets.importDataset(json.readTree(Path.of("fixtures", fixture + ".json").toFile()), "test");
		}
	}

	@Test
	void twoClaimersAskingAtOnceGetDisjointUnitsAndTogetherAll() {
		String job = UUID.randomUUID().toString();
		List<String> all = IntStream.rangeClosed(1, 40).mapToObj((n) -> "U-%02d".formatted(n)).toList();
		this.units.plan(job, all, Set.of());
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<List<String>> a = CompletableFuture.supplyAsync(() -> claimAll(job, "instance-a", go));
		CompletableFuture<List<String>> b = CompletableFuture.supplyAsync(() -> claimAll(job, "instance-b", go));
		go.countDown();

		List<String> byA = a.join();
		List<String> byB = b.join();

		assertThat(byA).doesNotContainAnyElementsOf(byB).doesNotHaveDuplicates();
		assertThat(byB).doesNotHaveDuplicates();
		List<String> both = new ArrayList<>(byA);
		both.addAll(byB);
		assertThat(both).containsExactlyInAnyOrderElementsOf(all);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM rescore_units WHERE job_id = :job AND claims = 1")
			.param("job", job).query(Integer.class).single()).isEqualTo(all.size());
		assertThat(this.units.claim(job, "instance-c", LONG)).as("every unit is held").isEmpty();
	}

	@Test
	void anExpiredLeaseIsTakenOverALiveOrRenewedOneIsNotAndAReleasedOneAtOnce() throws InterruptedException {
		String job = UUID.randomUUID().toString();
		this.units.plan(job, List.of("U-LIVE", "U-RENEWED", "U-EXPIRING", "U-WRITTEN"), Set.of("U-WRITTEN"));
		assertThat(this.units.claim(job, "instance-a", LONG)).contains("U-EXPIRING");
		assertThat(this.units.claim(job, "instance-a", LONG)).contains("U-LIVE");
		assertThat(this.units.claim(job, "instance-a", SHORT)).contains("U-RENEWED");
		this.units.renew(job, "instance-a", List.of("U-RENEWED"), LONG);
		this.jdbc.sql("UPDATE rescore_units SET lease_until = TIMESTAMPADD(MICROSECOND, 300000, CURRENT_TIMESTAMP(3))"
				+ " WHERE job_id = :job AND unit_id = 'U-EXPIRING'").param("job", job).update();
		assertThat(this.units.claim(job, "instance-b", LONG)).as("every lease is live").isEmpty();

		Thread.sleep(2 * SHORT.toMillis());

		assertThat(this.units.claim(job, "instance-b", LONG)).contains("U-EXPIRING");
		assertThat(this.units.claim(job, "instance-b", LONG)).as("U-LIVE and U-RENEWED are still leased").isEmpty();
		assertThat(this.jdbc.sql("SELECT claims FROM rescore_units WHERE job_id = :job AND unit_id = 'U-EXPIRING'")
			.param("job", job).query(Integer.class).single()).isEqualTo(2);
		this.units.renew(job, "instance-a", List.of("U-EXPIRING"), LONG);
		this.units.release(job, "instance-a", List.of("U-EXPIRING", "U-LIVE"));
		assertThat(this.units.claim(job, "instance-c", LONG)).as("released by its holder, free at once").contains("U-LIVE");
		assertThat(this.units.claim(job, "instance-c", LONG)).as("a taken-over unit stays with the new holder").isEmpty();
		assertThat(this.units.allDone(job)).isFalse();
		assertThat(this.units.finish(job, "U-WRITTEN", "instance-c")).as("planned as done").isFalse();
	}

	@Test
	void aUnitFinishedByTwoInstancesIsWrittenOnceAndTheJobEndsOnce() throws InterruptedException {
		RescoreJob job = queue("D-ZC");
		this.units.plan(job.id(), List.of("D-ZC"), Set.of());
		assertThat(this.units.claim(job.id(), "instance-a", SHORT)).as("instance a claims it, then stalls").contains("D-ZC");
		Thread.sleep(2 * SHORT.toMillis());

		instanceB().run(job.id(), RescoreListener.NONE);
		boolean lateWrite = this.runner.rescore(job.id(), "D-ZC");

		assertThat(lateWrite).as("instance a finishes after b took the district over and wrote it").isFalse();
		RescoreJob ended = this.jobs.find(job.id()).orElseThrow();
		assertThat(ended.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(ended.done() + ended.failed()).as("counted once").isEqualTo(ended.total());
		assertOneResultPerSubject(ended);
		assertThat(this.jdbc.sql("SELECT done_by FROM rescore_units WHERE job_id = :job").param("job", job.id())
			.query(String.class).single()).isEqualTo("instance-b");
		Instant finished = ended.finishedAt();
		assertThat(this.jobs.ended(job.id(), JobState.SUCCEEDED, null, finished.plusSeconds(60))).isFalse();
		assertThat(this.jobs.find(job.id()).orElseThrow().finishedAt()).isEqualTo(finished);
	}

	@Test
	void twoInstancesRunningOneJobAtOnceEndItWithOneResultPerSubject() {
		RescoreJob job = queue(null);
		RescoreRunner b = instanceB();

		CompletableFuture<Void> byA = CompletableFuture.runAsync(() -> this.runner.run(job.id(), RescoreListener.NONE));
		CompletableFuture<Void> byB = CompletableFuture.runAsync(() -> b.run(job.id(), RescoreListener.NONE));
		CompletableFuture.allOf(byA, byB).join();

		RescoreJob ended = this.jobs.find(job.id()).orElseThrow();
		assertThat(ended.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(ended.done()).isEqualTo(ended.total());
		assertThat(ended.failed()).isZero();
		assertOneResultPerSubject(ended);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM rescore_units WHERE job_id = :job AND done_at IS NOT NULL")
			.param("job", job.id()).query(Integer.class).single())
			.isEqualTo(this.scope.districts(null).size());
	}

	private void assertOneResultPerSubject(RescoreJob job) {
		int rows = count("SELECT COUNT(*) FROM rescore_results WHERE job_id = :job", job);
		assertThat(rows).isEqualTo(job.total());
		assertThat(count("SELECT COUNT(*) FROM (SELECT DISTINCT unit_id, subject_type, subject_id FROM rescore_results"
				+ " WHERE job_id = :job) x", job)).isEqualTo(rows);
		assertThat(count("SELECT COUNT(*) FROM evaluations e JOIN rescore_results r ON r.evaluation_id = e.id"
				+ " WHERE r.job_id = :job", job)).as("no evaluation of the district written twice").isEqualTo(rows);
		assertThat(count("SELECT COUNT(*) FROM evaluations", job)).as("nor stored without a result").isEqualTo(rows);
	}

	private int count(String sql, RescoreJob job) {
		return this.jdbc.sql(sql).param("job", job.id()).query(Integer.class).single();
	}

	private List<String> claimAll(String job, String instance, CountDownLatch go) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		List<String> claimed = new ArrayList<>();
		for (var unit = this.units.claim(job, instance, LONG); unit.isPresent(); unit = this.units.claim(job, instance, LONG)) {
			claimed.add(unit.get());
		}
		return claimed;
	}

	/** A queued job of 红齐365 over one district (or all), as the service queues it, not yet run. */
	private RescoreJob queue(String district) {
		Ruleset ruleset = this.context.getBean(Rulesets.class).find("hongqi365", 2023).orElseThrow();
		RescoreRequest request = new RescoreRequest("hongqi365", 2023, AS_OF, district);
		RescoreJob job = new RescoreJob(UUID.randomUUID().toString(), "hongqi365", 2023, AS_OF, district,
				JobState.QUEUED, this.scope.count(district, new HashSet<>(ruleset.manifest().subjectTypes())), 0, 0,
				Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, ruleset.identity(), null, null, "test");
		this.jobs.insert(job, request.scopeKey());
		return job;
	}

	/** A second instance in this JVM: the same beans, another name. */
	private RescoreRunner instanceB() {
		ApplicationContext beans = this.context;
		return new RescoreRunner(this.jobs, beans.getBean(RescoreResults.class), this.scope, beans.getBean(FactStore.class),
				beans.getBean(Rulesets.class), beans.getBean(Evaluations.class), beans.getBean(TransactionTemplate.class),
				beans.getBean(Evaluator.class), this.units, new RescoreProperties(2, 2, false, "instance-b", LONG));
	}

}
