package org.redproperty.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.FactsRead;
import org.redproperty.evaluation.Evaluator;
import org.redproperty.evaluation.Evaluations;
import org.redproperty.evaluation.Scope;
import org.redproperty.evaluation.SubjectResult;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job district by district. Each district is evaluated by the one evaluator over its facts on the job's
 * date (every project or company on its own, then the district's honours, targets and rankings over their
 * outcomes), and its evaluations and result rows are written in one transaction: a job stopped at any point, and
 * resumed, skips the districts already written and so ends with exactly one row per subject. A subject the
 * evaluator answers with a failure (a runaway rule, a rule past its deadline) is recorded as failed with its error
 * while the job goes on, so that a job ends with {@code total = done + failed}. A job cancelled meanwhile starts no
 * further district.
 * <p>
 * Several instances on one database share a job: each claims districts in {@code rescore_units} under a lease it
 * renews while it works, so that the districts of an instance that died are claimed by the others once its lease
 * has run out. A district is marked done in the transaction that writes it, and only the first to do so writes;
 * whichever instance finds every district done ends the job, once.
 */
@Component
class RescoreRunner {

	private static final Logger logger = LoggerFactory.getLogger(RescoreRunner.class);

	private final RescoreJobs jobs;

	private final RescoreResults results;

	private final RescoreScope scope;

	private final FactStore facts;

	private final Rulesets rulesets;

	private final Evaluations evaluations;

	private final TransactionTemplate transaction;

	private final Evaluator evaluator;

	private final int parallelism;

	private final RescoreUnits units;

	private final String instance;

	private final Duration lease;

	private final Duration heartbeat;

	private final Clock clock = Clock.systemUTC();

	RescoreRunner(RescoreJobs jobs, RescoreResults results, RescoreScope scope, FactStore facts, Rulesets rulesets,
			Evaluations evaluations, TransactionTemplate transaction, Evaluator evaluator, RescoreUnits units,
			RescoreProperties properties) {
		this.jobs = jobs;
		this.results = results;
		this.scope = scope;
		this.facts = facts;
		this.rulesets = rulesets;
		this.evaluations = evaluations;
		this.transaction = transaction;
		this.evaluator = evaluator;
		this.parallelism = (properties.parallelism() > 0) ? properties.parallelism()
				: Runtime.getRuntime().availableProcessors();
		this.units = units;
		this.instance = properties.instance();
		this.lease = properties.lease();
		this.heartbeat = properties.heartbeat();
	}

	/** The name this instance claims districts under. */
	String instance() {
		return this.instance;
	}

	void run(String jobId, RescoreListener listener) {
		RescoreJob job = this.jobs.find(jobId).orElseThrow();
		try {
			Ruleset ruleset = ruleset(job);
			if (!this.jobs.started(jobId, now())) {
				logger.info("重新评价任务 {} 已取消，不再运行", jobId);
				return;
			}
			this.units.plan(jobId, this.scope.districts(job.districtId()), this.results.unitsDone(jobId));
			int written = inParallel(jobId, (district) -> rescore(job, ruleset, district), (district) -> {
				RescoreJob progress = this.jobs.find(jobId).orElseThrow();
				listener.districtWritten(jobId, district, progress.done() + progress.failed(), progress.total());
			});
			if (this.units.allDone(jobId) && this.jobs.ended(jobId, JobState.SUCCEEDED, null, now())) {
				logger.info("重新评价任务 {} 完成，本实例（{}）写入 {} 个区", jobId, this.instance, written);
			}
			else {
				logger.info("重新评价任务 {} 在本实例（{}）{}，写入 {} 个区", jobId, this.instance,
						this.jobs.cancelled(jobId) ? "已取消" : "没有可做的区了，其余的区由其他实例完成", written);
			}
		}
		catch (RuntimeException ex) {
			logger.error("重新评价任务 {} 失败", jobId, ex);
			this.jobs.ended(jobId, JobState.FAILED, ex.getMessage(), now());
		}
	}

	/**
	 * Claims the job's districts one by one and rescores them on {@code app.rescore.parallelism} threads, each in
	 * its own transaction, telling the listener of each as it is written; returns how many this instance wrote. No
	 * more districts are held than threads; the leases of those held are renewed every {@code app.rescore.lease}
	 * third, and the next district is claimed only while the job is queued or running: a cancelled job stops at a
	 * district boundary. The districts held when the run stops (a failure, which stops the others and is thrown)
	 * are given back.
	 */
	private int inParallel(String jobId, Predicate<String> rescore, Consumer<String> written) {
		ExecutorService pool = Executors.newFixedThreadPool(this.parallelism);
		Set<String> held = new HashSet<>();
		AtomicInteger wrote = new AtomicInteger();
		Predicate<String> counted = (district) -> {
			boolean wroteIt = rescore.test(district);
			if (wroteIt) {
				wrote.incrementAndGet();
			}
			return wroteIt;
		};
		try {
			CompletionService<String> completion = new ExecutorCompletionService<>(pool);
			while (held.size() < this.parallelism && claim(jobId, held, completion, counted)) {
				// Claims up to one district per thread.
			}
			long renewed = System.nanoTime();
			while (!held.isEmpty()) {
				Future<String> next = completion.poll(this.heartbeat.toMillis(), TimeUnit.MILLISECONDS);
				if (System.nanoTime() - renewed >= this.heartbeat.toNanos() || next == null) {
					this.units.renew(jobId, this.instance, held, this.lease);
					renewed = System.nanoTime();
				}
				if (next == null) {
					continue;
				}
				String district = next.get();
				held.remove(district);
				written.accept(district);
				claim(jobId, held, completion, counted);
			}
			return wrote.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("任务被中断", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
			try {
				pool.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.units.release(jobId, this.instance, held);
		}
	}

	/**
	 * Claims the next district while the job is queued or running and starts it; false when none is left to claim.
	 * A district this run holds already, whose lease ran out while this instance was stalled, is not started twice:
	 * claiming it has only renewed its lease.
	 */
	private boolean claim(String jobId, Set<String> held, CompletionService<String> completion,
			Predicate<String> rescore) {
		if (!this.jobs.running(jobId)) {
			return false;
		}
		Optional<String> district = this.units.claim(jobId, this.instance, this.lease);
		district.filter(held::add).ifPresent((unit) -> completion.submit(() -> {
			rescore.test(unit);
			return unit;
		}));
		return district.isPresent();
	}

	/**
	 * Rescores one district of a job and writes it, unless another instance has written it meanwhile: false then,
	 * and nothing of it is written.
	 */
	boolean rescore(String jobId, String district) {
		RescoreJob job = this.jobs.find(jobId).orElseThrow();
		return rescore(job, ruleset(job), district);
	}

	private Ruleset ruleset(RescoreJob job) {
		return this.rulesets.byHash(job.scheme(), job.year(), job.ruleset().hash())
			.orElseThrow(() -> new IllegalStateException("找不到任务所用的规则集版本 " + job.ruleset().hash()));
	}

	private boolean rescore(RescoreJob job, Ruleset ruleset, String district) {
		FactsRead read = new FactsRead(this.facts.latestRevision(), SubjectType.DISTRICT, district);
		Dataset stored = this.facts.scope(SubjectType.DISTRICT, district, read.revision());
		Map<String, String> previous = (job.previousJobId() != null)
				? this.results.statuses(job.previousJobId(), district) : Map.of();
		Written written = new Written(job, district, previous);
		Evaluation.Together with = new Evaluation.Together(SubjectType.DISTRICT, district);
		for (SubjectResult result : this.evaluator.evaluate(ruleset, Scope.district(district), job.asOf(), job.period(), stored)) {
			SubjectRef subject = new SubjectRef(result.subject().type(), result.subject().id());
			if (!result.succeeded()) {
				written.failed(subject, result.failure().code(), result.failure().message());
				continue;
			}
			Evaluation evaluation = Evaluation.of(Evaluation.newId(), result.subject(), result.outcome(),
					ruleset.identity(), subject.isSession(district) ? null : with, now(), read.revision())
				.requestedBy(job.requestedBy());
			written.evaluated(subject, evaluation, this.evaluations.prepare(evaluation, read), result.outcome());
		}
		return write(written);
	}

	/**
	 * Writes a district in one transaction that first marks its unit done: when another instance did so first (it
	 * took the district over, or this instance did), nothing is written, so each subject keeps exactly one result
	 * and is counted once in the progress.
	 */
	private boolean write(Written written) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.units.finish(written.jobId(), written.district(), this.instance)) {
				logger.info("任务 {} 的区 {} 已由其他实例写入，本实例算出的结果不再写入", written.jobId(), written.district());
				return false;
			}
			this.evaluations.saveAll(written.evaluations());
			this.results.insertAll(written.jobId(), written.rows());
			int failed = (int) written.rows().stream().filter((row) -> row.error() != null).count();
			this.jobs.progress(written.jobId(), written.rows().size() - failed, failed);
			return true;
		}));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

}
