package org.redproperty.batch;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.redproperty.RedPropertyApplication;
import org.redproperty.cli.Options;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.FactsRead;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.evaluation.RuleOutcome;
import org.redproperty.evaluation.Status;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The I/O floor of a re-score job, for {@code bench/rescore.sh}: a job like {@code rescore} that reads each
 * district's facts ({@link FactStore#scope}) and writes, in one transaction per district, what the job writes (an
 * evaluation per subject naming the revision of the facts it read, a result row per subject, the job's progress), but with an
 * empty outcome of status {@code NOOP} in place of the evaluator's: what a job costs when no rule is evaluated.
 *
 * <p>
 * Only in the benchmark sources, and no bean: the service has no switch for it and is the same whether or not these
 * classes are on the class path. It sits in the job's package to write through the job's own writers
 * ({@link Written}, {@link RescoreResults}, {@link RescoreJobs}), so that floor and job differ only in the evaluation.
 *
 * <pre>
 * java -cp target/bench/classes:$(cat target/bench/benchmarks.classpath) org.redproperty.batch.RescoreFloor \
 *     --scheme hongqi365 --year 2023 --as-of 2023-11-30 [--district D] --spring.profiles.active=mysql
 * </pre>
 */
public final class RescoreFloor {

	private static final Set<String> OPTIONS = Set.of("--scheme", "--year", "--as-of", "--district");

	private final RescoreJobs jobs;

	private final RescoreResults results;

	private final RescoreScope scope;

	private final FactStore facts;

	private final Rulesets rulesets;

	private final Evaluations evaluations;

	private final TransactionTemplate transaction;

	private final int parallelism;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private RescoreFloor(ConfigurableApplicationContext context) {
		this.jobs = context.getBean(RescoreJobs.class);
		this.results = context.getBean(RescoreResults.class);
		this.scope = context.getBean(RescoreScope.class);
		this.facts = context.getBean(FactStore.class);
		this.rulesets = context.getBean(Rulesets.class);
		this.evaluations = context.getBean(Evaluations.class);
		this.transaction = context.getBean(TransactionTemplate.class);
		int configured = context.getBean(RescoreProperties.class).parallelism();
		this.parallelism = (configured > 0) ? configured : Runtime.getRuntime().availableProcessors();
	}

	public static void main(String[] args) throws Exception {
		String[] spring = Arrays.stream(args).filter(RescoreFloor::isSpringOption).toArray(String[]::new);
		Options options = Options.parse(Arrays.stream(args).filter((arg) -> !isSpringOption(arg)).toList(), OPTIONS,
				Set.of());
		options.required("--year");
		options.required("--as-of");
		RescoreRequest request = new RescoreRequest(options.required("--scheme"),
				options.as("--year", Integer::valueOf, null), options.as("--as-of", LocalDate::parse, null),
				options.get("--district"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(RedPropertyApplication.class)
			.web(WebApplicationType.NONE)
			.properties("app.rescore.resume-on-start=false", "spring.main.banner-mode=off")
			.run(spring);
		int code = new RescoreFloor(context).run(request);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private int run(RescoreRequest request) throws InterruptedException {
		Ruleset ruleset = this.rulesets.find(request.scheme(), request.year())
			.orElseThrow(() -> new IllegalArgumentException("没有可用的规则集 " + request.scheme() + "/" + request.year()));
		RescoreJob job = new RescoreJob(UUID.randomUUID().toString(), request.scheme(), request.year(),
				request.asOf(), request.districtId(), JobState.QUEUED,
				this.scope.count(request.districtId(), Set.copyOf(ruleset.manifest().subjectTypes())), 0, 0, now(),
				null, null, ruleset.identity(), this.jobs.lastSucceeded(request.scopeKey()).orElse(null), null, null);
		long started = System.nanoTime();
		this.jobs.insert(job, request.scopeKey());
		this.jobs.started(job.id(), now());
		ExecutorService pool = Executors.newFixedThreadPool(this.parallelism);
		try {
			List<Future<?>> districts = new ArrayList<>();
			for (String district : this.scope.districts(request.districtId())) {
				districts.add(pool.submit(() -> floor(job, ruleset, district)));
			}
			for (Future<?> district : districts) {
				district.get();
			}
			this.jobs.ended(job.id(), JobState.SUCCEEDED, null, now());
		}
		catch (ExecutionException ex) {
			this.jobs.ended(job.id(), JobState.FAILED, String.valueOf(ex.getCause()), now());
			ex.getCause().printStackTrace();
		}
		finally {
			pool.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		RescoreJob ended = this.jobs.find(job.id()).orElseThrow();
		this.out.printf("任务 %s（I/O 底线，未评价规则）：%s，共 %d 个对象，完成 %d，失败 %d，用时 %.1f 秒%n", ended.id(),
				ended.state(), ended.total(), ended.done(), ended.failed(), took.toMillis() / 1000.0);
		this.out.printf("每秒 %.0f 个对象%n", ended.done() / Math.max(0.001, took.toMillis() / 1000.0));
		return (ended.state() == JobState.SUCCEEDED) ? 0 : 1;
	}

	/** What {@code RescoreRunner} does for a district, with an empty outcome in place of the evaluator's. */
	private void floor(RescoreJob job, Ruleset ruleset, String district) {
		FactsRead read = new FactsRead(this.facts.latestRevision(), SubjectType.DISTRICT, district);
		Dataset stored = this.facts.scope(SubjectType.DISTRICT, district, read.revision());
		Map<String, String> previous = (job.previousJobId() != null)
				? this.results.statuses(job.previousJobId(), district) : Map.of();
		Written written = new Written(job, district, previous);
		Dataset seen = stored.asOf(job.asOf());
		List<Evaluation> evaluated = new ArrayList<>();
		Evaluation.Together with = new Evaluation.Together(SubjectType.DISTRICT, district);
		for (SubjectRef subject : SubjectRef.in(seen, ruleset.manifest().subjectTypes())) {
			RuleOutcome outcome = new RuleOutcome(new Status(subject.id(), "NOOP", "NOOP", "未评价（基准测试的 I/O 底线）"),
					BigDecimal.ZERO, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
			Evaluation evaluation = Evaluation.of(UUID.randomUUID().toString(), subject.of(job), outcome,
					ruleset.identity(), subject.isSession(district) ? null : with, now(), read.revision());
			evaluated.add(evaluation);
			written.evaluated(subject, evaluation, outcome);
		}
		written.facts(evaluated, read);
		this.transaction.executeWithoutResult((status) -> {
			written.batches().forEach((batch) -> this.evaluations.saveAll(batch.evaluations(), batch.read()));
			this.results.insertAll(written.jobId(), written.rows());
			this.jobs.progress(written.jobId(), written.rows().size(), 0);
		});
	}

	private static boolean isSpringOption(String arg) {
		return arg.startsWith("--spring.") || arg.startsWith("--app.") || arg.startsWith("--server.")
				|| arg.startsWith("--logging.");
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}
