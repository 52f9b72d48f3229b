package org.redproperty.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.redproperty.evaluation.Evaluations;
import org.redproperty.ruleset.RulesetIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored re-score jobs. */
@Repository
class RescoreJobs {

	private static final String COLUMNS = """
			id, scheme, scheme_year, as_of, district_id, state, total, done, failed, created_at, started_at,
			finished_at, ruleset_hash, previous_job_id, error, requested_by, period, published_at, published_by,
			published_revision, titles_granted, titles_revoked
			""";

	private final JdbcClient jdbc;

	RescoreJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a job; fails with a {@code DuplicateKeyException} when a job of the same scope is queued or running,
	 * since {@code running_scope} is unique.
	 */
	void insert(RescoreJob job, String scopeKey) {
		this.jdbc.sql("""
				INSERT INTO rescore_jobs (id, scheme, scheme_year, as_of, district_id, scope_key, running_scope, state,
				    total, done, failed, ruleset_hash, previous_job_id, created_at, requested_by, period)
				VALUES (:id, :scheme, :year, :asOf, :districtId, :scope, :scope, :state, :total, 0, 0, :hash,
				    :previous, :createdAt, :requestedBy, :period)
				""")
			.param("id", job.id())
			.param("scheme", job.scheme())
			.param("year", job.year())
			.param("asOf", job.asOf())
			.param("districtId", job.districtId())
			.param("scope", scopeKey)
			.param("state", job.state().name())
			.param("total", job.total())
			.param("hash", job.ruleset().hash())
			.param("previous", job.previousJobId())
			.param("createdAt", Evaluations.timestamp(job.createdAt()))
			.param("requestedBy", job.requestedBy())
			.param("period", job.period())
			.update();
	}

	Optional<RescoreJob> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM rescore_jobs WHERE id = :id")
			.param("id", id)
			.query(RescoreJobs::job)
			.optional();
	}

	/** The newest jobs, of one district or (with null) of any scope. */
	List<RescoreJob> latest(String districtId, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM rescore_jobs"
				+ ((districtId != null) ? " WHERE district_id = :district" : "")
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit")
			.params((districtId != null) ? java.util.Map.of("district", districtId) : java.util.Map.of())
			.param("limit", limit)
			.query(RescoreJobs::job)
			.list();
	}

	/** The newest job of the scope that succeeded. */
	Optional<String> lastSucceeded(String scopeKey) {
		return this.jdbc.sql("""
				SELECT id FROM rescore_jobs WHERE scope_key = :scope AND state = 'SUCCEEDED'
				ORDER BY finished_at DESC, id DESC LIMIT 1
				""").param("scope", scopeKey).query(String.class).optional();
	}

	/** Jobs that were queued or running when the service stopped. */
	List<String> unfinished() {
		return this.jdbc.sql("SELECT id FROM rescore_jobs WHERE state IN ('QUEUED', 'RUNNING') ORDER BY created_at")
			.query(String.class)
			.list();
	}

	/** Marks a queued or running job running; false when it was cancelled (or has ended) meanwhile. */
	boolean started(String id, Instant at) {
		return this.jdbc.sql("""
				UPDATE rescore_jobs SET state = 'RUNNING', started_at = COALESCE(started_at, :at), error = NULL
				WHERE id = :id AND state IN ('QUEUED', 'RUNNING')
				""").param("id", id).param("at", Evaluations.timestamp(at)).update() > 0;
	}

	/**
	 * Cancels a job that is queued or running and frees its scope at once; false when it has already ended. The
	 * runner sees the state before its next district and stops there.
	 */
	boolean cancel(String id, Instant at) {
		return this.jdbc.sql("""
				UPDATE rescore_jobs SET state = 'CANCELLED', finished_at = :at, running_scope = NULL
				WHERE id = :id AND state IN ('QUEUED', 'RUNNING')
				""").param("id", id).param("at", Evaluations.timestamp(at)).update() > 0;
	}

	boolean cancelled(String id) {
		return find(id).map((job) -> job.state() == JobState.CANCELLED).orElse(true);
	}

	/** Whether the job is queued or running: one cancelled or ended by another instance starts no further district. */
	boolean running(String id) {
		return find(id).map((job) -> !job.state().ended()).orElse(false);
	}

	/**
	 * Takes the scope again for a job that ended in failure and is resumed; a {@code DuplicateKeyException} when
	 * another job of the scope is queued or running.
	 */
	void reopen(String id) {
		this.jdbc.sql("""
				UPDATE rescore_jobs SET running_scope = scope_key, state = 'QUEUED', finished_at = NULL
				WHERE id = :id AND state = 'FAILED'
				""").param("id", id).update();
	}

	/**
	 * Adds a district's rows to the progress, in the transaction that writes them: a resumed job, which skips the
	 * districts written, counts each subject once. Only the job's own row is locked, so that districts written at
	 * once by several threads do not deadlock (a count over the results would lock them).
	 */
	void progress(String id, int done, int failed) {
		this.jdbc.sql("UPDATE rescore_jobs SET done = done + :done, failed = failed + :failed WHERE id = :id")
			.param("id", id)
			.param("done", done)
			.param("failed", failed)
			.update();
	}

	/**
	 * Ends a job that is queued or running; one cancelled meanwhile stays cancelled. False when it had ended
	 * already: of several instances ending one job, only the first does.
	 */
	boolean ended(String id, JobState state, String error, Instant at) {
		return this.jdbc.sql("""
				UPDATE rescore_jobs SET state = :state, error = :error, finished_at = :at, running_scope = NULL
				WHERE id = :id AND state IN ('QUEUED', 'RUNNING')
				""")
			.param("id", id)
			.param("state", state.name())
			.param("error", error)
			.param("at", Evaluations.timestamp(at))
			.update() > 0;
	}

	private static RescoreJob job(ResultSet rs, int row) throws SQLException {
		String scheme = rs.getString("scheme");
		int year = rs.getInt("scheme_year");
		return new RescoreJob(rs.getString("id"), scheme, year, rs.getObject("as_of", LocalDate.class),
				rs.getString("district_id"), JobState.valueOf(rs.getString("state")), rs.getInt("total"),
				rs.getInt("done"), rs.getInt("failed"), instant(rs, "created_at"), instant(rs, "started_at"),
				instant(rs, "finished_at"), new RulesetIdentity(scheme, year, rs.getString("ruleset_hash")),
				rs.getString("previous_job_id"), rs.getString("error"), rs.getString("requested_by"),
				rs.getString("period"), publication(rs));
	}

	private static Publication publication(ResultSet rs) throws SQLException {
		Instant at = instant(rs, "published_at");
		return (at != null) ? new Publication(at, rs.getString("published_by"), rs.getObject("published_revision", Long.class),
				rs.getInt("titles_granted"), rs.getInt("titles_revoked")) : null;
	}

	/** Locks the job's row until the transaction ends, so that two publications of it run one after the other. */
	void lock(String id) {
		this.jdbc.sql("SELECT id FROM rescore_jobs WHERE id = :id FOR UPDATE").param("id", id).query(String.class).list();
	}

	/** Records the job's publication; false when it had been published already. */
	boolean published(String id, Publication publication) {
		return this.jdbc.sql("""
				UPDATE rescore_jobs SET published_at = :at, published_by = :by, published_revision = :revision,
				    titles_granted = :granted, titles_revoked = :revoked
				WHERE id = :id AND published_at IS NULL
				""")
			.param("id", id)
			.param("at", Evaluations.timestamp(publication.at()))
			.param("by", publication.by())
			.param("revision", publication.revision())
			.param("granted", publication.granted())
			.param("revoked", publication.revoked())
			.update() > 0;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
