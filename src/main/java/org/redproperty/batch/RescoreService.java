package org.redproperty.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.redproperty.common.Caller;
import org.redproperty.evaluation.Periods;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.Rulesets;

import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Queues, runs and resumes re-score jobs. A job runs on the ruleset version active when it was queued, in the
 * background; two jobs of one scope may not be queued or running at once.
 */
@Service
public class RescoreService {

	private final RescoreJobs jobs;

	private final RescoreScope scope;

	private final RescoreRunner runner;

	private final RescoreResults results;

	private final RescoreChanges changes;

	private final Rulesets rulesets;

	private final FactStore facts;

	private final TaskExecutor executor;

	private final RescoreUnits units;

	/** Jobs running in this process; a job marked running that is not here was cut off by a stop. */
	private final Set<String> active = ConcurrentHashMap.newKeySet();

	private final Clock clock = Clock.systemUTC();

	RescoreService(RescoreJobs jobs, RescoreScope scope, RescoreRunner runner, RescoreResults results,
			RescoreChanges changes, Rulesets rulesets, FactStore facts, RescoreExecutor executor, RescoreUnits units) {
		this.jobs = jobs;
		this.scope = scope;
		this.runner = runner;
		this.results = results;
		this.changes = changes;
		this.rulesets = rulesets;
		this.facts = facts;
		this.executor = executor.executor();
		this.units = units;
	}

	/** Queues a job and starts it in the background. */
	public RescoreJob start(RescoreRequest request) {
		return start(request, RescoreListener.NONE, true);
	}

	/** Queues a job and runs it, in the background or in the calling thread (the command line). */
	public RescoreJob start(RescoreRequest asked, RescoreListener listener, boolean background) {
		// A caller limited to one district re-scores that district; asking for another finds no such district.
		RescoreRequest request = (asked.districtId() == null && Caller.district().isPresent())
				? new RescoreRequest(asked.scheme(), asked.year(), asked.asOf(), Caller.district().get(), asked.period())
				: asked;
		Ruleset ruleset = this.rulesets.find(request.scheme(), request.year())
			.orElseThrow(() -> RescoreException.notFound("RULESET_NOT_FOUND",
					"没有可用的规则集 " + request.scheme() + "/" + request.year() + "（方案或年度不存在，或规则集有错误未启用）"));
		if (request.districtId() != null
				&& (this.facts.subjectTypeOf(request.districtId()).filter(SubjectType.DISTRICT::equals).isEmpty()
						|| !Caller.sees(request.districtId()))) {
			throw RescoreException.notFound("DISTRICT_NOT_FOUND", "区「" + request.districtId() + "」不存在");
		}
		Periods.of(ruleset.manifest(), request.period());
		String scopeKey = request.scopeKey();
		RescoreJob job = new RescoreJob(UUID.randomUUID().toString(), request.scheme(), request.year(),
				request.asOf(), request.districtId(), JobState.QUEUED,
				this.scope.count(request.districtId(), Set.copyOf(ruleset.manifest().subjectTypes())), 0, 0, now(),
				null, null, ruleset.identity(), this.jobs.lastSucceeded(scopeKey).orElse(null), null, Caller.name(),
				request.period());
		try {
			this.jobs.insert(job, scopeKey);
		}
		catch (DuplicateKeyException ex) {
			throw RescoreException.conflict("RESCORE_JOB_RUNNING",
					"同一范围（" + scopeKey + "）已有重新评价任务在排队或运行，请等它结束后再提交");
		}
		launch(job.id(), listener, background);
		return find(job.id());
	}

	/** Resumes a job cut off by a stop, or one that failed; a job running in this process or one that succeeded is refused. */
	public RescoreJob resume(String id) {
		RescoreJob job = find(id);
		if (this.active.contains(id) || job.state() == JobState.SUCCEEDED || job.state() == JobState.CANCELLED) {
			throw RescoreException.conflict("RESCORE_JOB_NOT_RESUMABLE", "任务「" + id + "」"
					+ switch (job.state()) {
						case SUCCEEDED -> "已成功结束，无需继续";
						case CANCELLED -> "已取消，不能继续；请提交新的任务";
						default -> "正在运行，无需继续";
					});
		}
		if (job.state() == JobState.FAILED) {
			try {
				this.jobs.reopen(id);
			}
			catch (DuplicateKeyException ex) {
				throw RescoreException.conflict("RESCORE_JOB_RUNNING",
						"同一范围已有重新评价任务在排队或运行，请等它结束后再继续本任务");
			}
		}
		launch(id, RescoreListener.NONE, true);
		return find(id);
	}

	/**
	 * Cancels a queued or running job: its scope is free at once for a new job, it starts no further district, and
	 * the results of the districts written are kept. A job that has ended cannot be cancelled.
	 */
	public RescoreJob cancel(String id) {
		RescoreJob job = find(id);
		if (!this.jobs.cancel(id, now())) {
			throw RescoreException.conflict("RESCORE_JOB_NOT_CANCELLABLE",
					"任务「" + id + "」已经结束（" + this.jobs.find(id).orElse(job).state() + "），不能取消");
		}
		return find(id);
	}

	/** Resumes every job that was queued or running when the service stopped. */
	void resumeUnfinished() {
		this.jobs.unfinished().stream().filter((id) -> !this.active.contains(id)).forEach((id) -> launch(id,
				RescoreListener.NONE, true));
	}

	/**
	 * Joins the jobs of any instance that have a district to claim (never claimed, or abandoned by an instance
	 * whose lease ran out) and are not running here, or whose districts are all done but that nobody ended.
	 */
	void joinShared() {
		this.units.joinable().stream().filter((id) -> !this.active.contains(id)).forEach((id) -> launch(id,
				RescoreListener.NONE, true));
	}

	public RescoreJob find(String id) {
		return this.jobs.find(id)
			.filter((job) -> Caller.sees(job.districtId()))
			.orElseThrow(() -> RescoreException.notFound("RESCORE_JOB_NOT_FOUND", "重新评价任务「" + id + "」不存在"));
	}

	/**
	 * The newest jobs the caller may see, newest first: those of one district when one is named (or the caller is
	 * limited to one), else every job.
	 */
	public List<RescoreJob> latest(String districtId, int limit) {
		if (districtId != null && !Caller.sees(districtId)) {
			return List.of();
		}
		return this.jobs.latest(Caller.district().orElse(districtId), limit)
			.stream()
			.filter((job) -> Caller.sees(job.districtId()))
			.toList();
	}

	/** One page of a job's results in job order (district, subject type, id). */
	public List<RescoreResult> results(RescoreJob job, ResultFilter filter, int page, int size) {
		List<RescoreResult> rows = this.results.page(job.id(), filter, page, size);
		return (job.publication() != null) ? rows.stream().map((r) -> r.publishedAs(job.publication())).toList() : rows;
	}

	/** How many results of a job the filter lets through. */
	public long count(RescoreJob job, ResultFilter filter) {
		return this.results.count(job.id(), filter);
	}

	/** Every result of a job the filter lets through, one at a time, in job order. */
	public void forEachResult(RescoreJob job, ResultFilter filter, Consumer<RescoreResult> action) {
		this.results.forEach(job.id(), filter, action);
	}

	/** One page of the changes since the previous job of the scope, with their causes; none for a first job. */
	public List<RescoreChange> changes(RescoreJob job, int page, int size) {
		return this.changes.page(job, page, size);
	}

	/** How many subjects changed since the previous job of the scope (0 for a first job). */
	public long changeCount(RescoreJob job) {
		return (job.previousJobId() != null) ? this.results.count(job.id(), new ResultFilter(null, true)) : 0;
	}

	private void launch(String id, RescoreListener listener, boolean background) {
		if (!this.active.add(id)) {
			return;
		}
		Runnable work = () -> {
			try {
				this.runner.run(id, listener);
			}
			finally {
				this.active.remove(id);
			}
		};
		if (background) {
			this.executor.execute(work);
		}
		else {
			work.run();
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

}
