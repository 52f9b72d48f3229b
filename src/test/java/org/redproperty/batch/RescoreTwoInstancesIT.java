package org.redproperty.batch;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged instances on one MariaDB database share a re-score job; one of them is killed with {@code kill -9}
 * while it holds a district, and the other, never restarted, takes that district over once its lease has run out
 * and ends the job: exactly one result and one stored evaluation per subject, no failed one, {@code SUCCEEDED}.
 * Runs after {@code package}, from the jar, as {@code mvn verify} does.
 */
class RescoreTwoInstancesIT {

	/**
	 * Short, so that the test waits little for the killed instance's district (renewed every three seconds), and
	 * still long enough for a live instance on a loaded machine to renew in time.
	 */
	private static final String LEASE = "--app.rescore.lease=9s";

	private PackagedService service;

	@Test
	void theOtherInstanceFinishesAJobWhoseFirstInstanceWasKilledWithExactlyOneResultPerSubject() throws Exception {
		try (PackagedService service = new PackagedService("rp_share_")) {
			this.service = service;
			shareAJobAndKillOneInstance();
		}
	}

	private void shareAJobAndKillOneInstance() throws Exception {
		this.service.generate(4000);
		int portA = PackagedService.freePort();
		int portB = PackagedService.freePort();
		// One district at a time each, so that the six districts are shared out and some are left when a dies.
		Process a = this.service.start(portA, "--app.rescore.instance-id=instance-a", LEASE, "--app.rescore.parallelism=1");
		this.service.start(portB, "--app.rescore.instance-id=instance-b", LEASE, "--app.rescore.parallelism=1");

		String id = this.service.post(portA, "/api/rescore-jobs",
				"{\"scheme\":\"hongqi365\",\"year\":2023,\"asOf\":\"2023-11-30\"}");
		String units = "SELECT COUNT(*) FROM rescore_units WHERE job_id = '" + id + "' AND ";
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline && !(count(units + "claimed_by = 'instance-b'") > 0
				&& count(units + "done_by = 'instance-a'") > 0 && count(units + "claimed_by = 'instance-a' AND done_at IS NULL") > 0)) {
			assertThat(count(units + "done_at IS NULL")).as("a job of six districts is under way").isPositive();
			Thread.sleep(20);
		}
		a.destroyForcibly().waitFor();

		List<String> abandoned = this.service.column(
				"SELECT unit_id FROM rescore_units WHERE job_id = '" + id + "' AND claimed_by = 'instance-a' AND done_at IS NULL");
		assertThat(abandoned).as("instance a is killed holding a district, after b joined and a wrote one").isNotEmpty();
		int total = Integer.parseInt(this.service.job(portB, id, "total"));
		assertThat(this.service.job(portB, id, "state")).isEqualTo("RUNNING");

		String state = "";
		while (!state.equals("SUCCEEDED") && System.nanoTime() < deadline) {
			state = this.service.job(portB, id, "state");
			assertThat(state).isNotEqualTo("FAILED");
			Thread.sleep(200);
		}

		assertThat(state).as("instance b ends the job without a restart").isEqualTo("SUCCEEDED");
		assertThat(this.service.job(portB, id, "done")).isEqualTo("" + total);
		this.service.assertOneResultPerSubject(id, total);
		assertThat(count(units + "done_at IS NULL")).isZero();
		for (String district : abandoned) {
			assertThat(this.service.row("SELECT CONCAT(done_by, ' ', claims) FROM rescore_units WHERE job_id = '" + id
					+ "' AND unit_id = '" + district + "'")).as(district).isEqualTo("instance-b 2");
		}
	}

	private int count(String sql) throws Exception {
		return Integer.parseInt(this.service.row(sql));
	}

}
