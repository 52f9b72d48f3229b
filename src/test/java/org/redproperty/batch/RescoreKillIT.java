package org.redproperty.batch;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service killed with {@code kill -9} in the middle of a re-score job on the real MariaDB: the next
 * start resumes the job at once, which ends with exactly one result, and one stored evaluation, per subject. Runs after
 * {@code package}, from the jar, as {@code mvn verify} does.
 */
class RescoreKillIT {

	/**
	 * The instance's name, the same after the restart: it gives back at once the districts its killed run held,
	 * which an instance of another name takes over only once their lease has run out (RescoreTwoInstancesIT).
	 */
	private static final String NAME = "--app.rescore.instance-id=kill-it";

	private PackagedService service;

	@BeforeEach
	void aDatabaseOfItsOwn() throws Exception {
		this.service = new PackagedService("rp_kill_");
	}

	@AfterEach
	void stopAndDropTheDatabase() throws Exception {
		this.service.close();
	}

	@Test
	void aJobCutOffByKillDashNineIsResumedAtTheNextStartWithExactlyOneResultPerSubject() throws Exception {
		this.service.generate(3000);

		int port = PackagedService.freePort();
		Process first = this.service.start(port, NAME);
		String id = this.service.post(port, "/api/rescore-jobs",
				"{\"scheme\":\"hongqi365\",\"year\":2023,\"asOf\":\"2023-11-30\"}");
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		int done = 0;
		while (done == 0 && System.nanoTime() < deadline) {
			done = Integer.parseInt(this.service.job(port, id, "done"));
			Thread.sleep(20);
		}
		first.destroyForcibly().waitFor();

		int total = Integer.parseInt(this.service.row("SELECT total FROM rescore_jobs WHERE id = '" + id + "'"));
		assertThat(this.service.row("SELECT state FROM rescore_jobs WHERE id = '" + id + "'")).isEqualTo("RUNNING");
		int written = Integer.parseInt(this.service.row("SELECT COUNT(*) FROM rescore_results WHERE job_id = '" + id + "'"));
		assertThat(written).as("killed after some districts and before the last").isPositive().isLessThan(total);

		this.service.start(port, NAME);
		// The resumed job has its own three minutes, counted from when the restarted service answers.
		deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		String state = "";
		while (!state.equals("SUCCEEDED") && System.nanoTime() < deadline) {
			state = this.service.job(port, id, "state");
			assertThat(state).isNotEqualTo("FAILED");
			Thread.sleep(200);
		}
		assertThat(state).isEqualTo("SUCCEEDED");
		this.service.assertOneResultPerSubject(id, total);
	}

}
