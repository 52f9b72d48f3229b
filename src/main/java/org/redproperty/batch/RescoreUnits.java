package org.redproperty.batch;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units (districts) of re-score jobs and who holds them, shared by every instance on the database. A claim is
 * one conditional UPDATE, so two instances asking at once never both get a unit; leases are reckoned on the
 * database's clock ({@code CURRENT_TIMESTAMP(3)}), the same for every instance whatever its own clock says.
 */
@Repository
class RescoreUnits {

	/** A unit no instance holds: never claimed, released, or its lease has run out. */
	private static final String OPEN = "done_at IS NULL AND (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP(3))";

	/** How many open units one claim looks at before trying them one by one. */
	private static final int CANDIDATES = 8;

	private final JdbcClient jdbc;

	RescoreUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the job's units that are missing, those already written ({@code written}) as done: a job queued before
	 * units existed, or one whose planning was cut off, is planned here on its next run. Instances planning one job
	 * at once do not fail: a unit another has just added is left as it is.
	 */
	void plan(String jobId, List<String> units, Set<String> written) {
		Set<String> planned = new HashSet<>(this.jdbc.sql("SELECT unit_id FROM rescore_units WHERE job_id = :job")
			.param("job", jobId)
			.query(String.class)
			.list());
		for (String unit : units) {
			if (planned.contains(unit)) {
				continue;
			}
			try {
				this.jdbc.sql("""
						INSERT INTO rescore_units (job_id, unit_id, claims, done_at)
						VALUES (:job, :unit, 0, CASE WHEN :written THEN CURRENT_TIMESTAMP(3) END)
						""").param("job", jobId).param("unit", unit).param("written", written.contains(unit)).update();
			}
			catch (DuplicateKeyException plannedMeanwhile) {
				// Another instance planned the unit between the read and this insert.
			}
		}
	}

	/**
	 * Claims one open unit of the job for the instance, for the lease; empty when every unit is done or held by
	 * a live lease. Units are offered in order, so that one instance works through a job district by district.
	 */
	Optional<String> claim(String jobId, String instance, Duration lease) {
		List<String> open = this.jdbc.sql("SELECT unit_id FROM rescore_units WHERE job_id = :job AND " + OPEN
				+ " ORDER BY unit_id LIMIT " + CANDIDATES)
			.param("job", jobId)
			.query(String.class)
			.list();
		for (String unit : open) {
			int claimed = this.jdbc.sql("""
					UPDATE rescore_units SET claimed_by = :instance, claims = claims + 1,
					    lease_until = TIMESTAMPADD(MICROSECOND, :lease, CURRENT_TIMESTAMP(3))
					WHERE job_id = :job AND unit_id = :unit AND """ + " " + OPEN)
				.param("instance", instance)
				.param("lease", micros(lease))
				.param("job", jobId)
				.param("unit", unit)
				.update();
			if (claimed > 0) {
				return Optional.of(unit);
			}
		}
		return open.isEmpty() ? Optional.empty() : claim(jobId, instance, lease);
	}

	/** The heartbeat: extends the lease of the units the instance still holds and has not finished. */
	void renew(String jobId, String instance, Collection<String> units, Duration lease) {
		if (units.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				UPDATE rescore_units SET lease_until = TIMESTAMPADD(MICROSECOND, :lease, CURRENT_TIMESTAMP(3))
				WHERE job_id = :job AND unit_id IN (:units) AND claimed_by = :instance AND done_at IS NULL
				""").param("lease", micros(lease)).param("job", jobId).param("units", units).param("instance", instance)
			.update();
	}

	/** Gives back units the instance holds and will not finish (its run stopped), for any instance to claim at once. */
	void release(String jobId, String instance, Collection<String> units) {
		if (units.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				UPDATE rescore_units SET lease_until = NULL
				WHERE job_id = :job AND unit_id IN (:units) AND claimed_by = :instance AND done_at IS NULL
				""").param("job", jobId).param("units", units).param("instance", instance).update();
	}

	/**
	 * At start-up: gives back every unit held under this instance's name, which only a previous run of it (stopped
	 * or killed) can hold.
	 */
	int releaseAll(String instance) {
		return this.jdbc.sql("UPDATE rescore_units SET lease_until = NULL WHERE claimed_by = :instance AND done_at IS NULL")
			.param("instance", instance)
			.update();
	}

	/**
	 * Marks a unit done, in the transaction that writes its results; false when another instance has marked it
	 * done already, and then nothing of it is to be written. The row stays locked until the transaction ends, so
	 * that of two instances finishing one unit at once the second waits and then sees it done.
	 */
	boolean finish(String jobId, String unit, String instance) {
		return this.jdbc.sql("""
				UPDATE rescore_units SET done_at = CURRENT_TIMESTAMP(3), done_by = :instance
				WHERE job_id = :job AND unit_id = :unit AND done_at IS NULL
				""").param("instance", instance).param("job", jobId).param("unit", unit).update() > 0;
	}

	/** Whether every unit of the job is done (true for a job without units). */
	boolean allDone(String jobId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM rescore_units WHERE job_id = :job AND done_at IS NULL")
			.param("job", jobId)
			.query(Integer.class)
			.single() == 0;
	}

	/**
	 * Queued or running jobs another instance may join: those with an open unit, and those with none left to do
	 * that have not been ended (their last instance stopped in between), or with no units planned yet.
	 */
	List<String> joinable() {
		return this.jdbc.sql("""
				SELECT j.id FROM rescore_jobs j WHERE j.state IN ('QUEUED', 'RUNNING')
				AND (EXISTS (SELECT 1 FROM rescore_units u WHERE u.job_id = j.id AND u.""" + OPEN + """
				)
				    OR NOT EXISTS (SELECT 1 FROM rescore_units u WHERE u.job_id = j.id AND u.done_at IS NULL))
				ORDER BY j.created_at
				""")
			.query(String.class)
			.list();
	}

	private static long micros(Duration lease) {
		return lease.toNanos() / 1000;
	}

}
