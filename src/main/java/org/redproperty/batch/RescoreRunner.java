package org.redproperty.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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

	private final Clock clock = Clock.systemUTC();

	RescoreRunner(RescoreJobs jobs, RescoreResults results, RescoreScope scope, FactStore facts, Rulesets rulesets,
			Evaluations evaluations, TransactionTemplate transaction, Evaluator evaluator,
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
	}

	void run(String jobId, RescoreListener listener) {
		RescoreJob job = this.jobs.find(jobId).orElseThrow();
		try {
			Ruleset ruleset = this.rulesets.byHash(job.scheme(), job.year(), job.ruleset().hash())
				.orElseThrow(() -> new IllegalStateException("找不到任务所用的规则集版本 " + job.ruleset().hash()));
			if (!this.jobs.started(jobId, now())) {
				logger.info("重新评价任务 {} 已取消，不再运行", jobId);
				return;
			}
			Set<String> written = this.results.unitsDone(jobId);
			List<String> pending = this.scope.districts(job.districtId())
				.stream()
				.filter((district) -> !written.contains(district))
				.toList();
			inParallel(pending, (district) -> rescore(job, ruleset, district), (district) -> {
				RescoreJob progress = this.jobs.find(jobId).orElseThrow();
				listener.districtWritten(jobId, district, progress.done() + progress.failed(), progress.total());
			}, () -> this.jobs.cancelled(jobId));
			this.jobs.ended(jobId, JobState.SUCCEEDED, null, now());
			logger.info("重新评价任务 {} {}，{} 个区", jobId, this.jobs.cancelled(jobId) ? "已取消" : "完成", pending.size());
		}
		catch (RuntimeException ex) {
			logger.error("重新评价任务 {} 失败", jobId, ex);
			this.jobs.ended(jobId, JobState.FAILED, ex.getMessage(), now());
		}
	}

	/**
	 * Rescores the districts on {@code app.rescore.parallelism} threads, each district in its own transaction, and
	 * tells the listener of each as it is written. No more districts are under way than threads, and the next one
	 * is started only while the job is not cancelled: a cancelled job stops at a district boundary. The first
	 * failure stops the others and is thrown.
	 */
	private void inParallel(List<String> districts, Consumer<String> rescore, Consumer<String> written,
			BooleanSupplier cancelled) {
		ExecutorService pool = Executors.newFixedThreadPool(this.parallelism);
		try {
			CompletionService<String> completion = new ExecutorCompletionService<>(pool);
			Iterator<String> next = districts.iterator();
			int underWay = 0;
			while (underWay < this.parallelism && next.hasNext()) {
				submit(completion, next.next(), rescore);
				underWay++;
			}
			while (underWay > 0) {
				written.accept(completion.take().get());
				underWay--;
				if (next.hasNext() && !cancelled.getAsBoolean()) {
					submit(completion, next.next(), rescore);
					underWay++;
				}
			}
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
		}
	}

	private static void submit(CompletionService<String> completion, String district, Consumer<String> rescore) {
		completion.submit(() -> {
			rescore.accept(district);
			return district;
		});
	}

	private void rescore(RescoreJob job, Ruleset ruleset, String district) {
		FactsRead read = new FactsRead(this.facts.latestRevision(), SubjectType.DISTRICT, district);
		Dataset stored = this.facts.scope(SubjectType.DISTRICT, district, read.revision());
		Map<String, String> previous = (job.previousJobId() != null)
				? this.results.statuses(job.previousJobId(), district) : Map.of();
		Written written = new Written(job, district, previous);
		List<Evaluation> evaluated = new ArrayList<>();
		Evaluation.Together with = new Evaluation.Together(SubjectType.DISTRICT, district);
		for (SubjectResult result : this.evaluator.evaluate(ruleset, Scope.district(district), job.asOf(), job.period(), stored)) {
			SubjectRef subject = new SubjectRef(result.subject().type(), result.subject().id());
			if (!result.succeeded()) {
				written.failed(subject, result.failure().code(), result.failure().message());
				continue;
			}
			Evaluation evaluation = Evaluation.of(UUID.randomUUID().toString(), result.subject(), result.outcome(),
					ruleset.identity(), subject.isSession(district) ? null : with, now(), read.revision())
				.requestedBy(job.requestedBy());
			evaluated.add(evaluation);
			written.evaluated(subject, evaluation, result.outcome());
		}
		written.facts(evaluated, read);
		write(written);
	}

	private void write(Written written) {
		this.transaction.executeWithoutResult((status) -> {
			written.batches().forEach((batch) -> this.evaluations.saveAll(batch.evaluations(), batch.read()));
			this.results.insertAll(written.jobId(), written.rows());
			int failed = (int) written.rows().stream().filter((row) -> row.error() != null).count();
			this.jobs.progress(written.jobId(), written.rows().size() - failed, failed);
		});
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

}
