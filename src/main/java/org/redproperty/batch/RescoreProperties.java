package org.redproperty.batch;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Batch re-scoring: how many jobs run at once, how many districts of a job are evaluated at once (0: one per
 * processor), whether jobs interrupted by a stop are resumed at start-up and the jobs of other instances joined,
 * the name this instance claims districts under (blank: host name and process id, unique per run) and how long a
 * claimed district stays with an instance that no longer renews it (renewed every third of it).
 */
@ConfigurationProperties("app.rescore")
public record RescoreProperties(@DefaultValue("2") int concurrentJobs, @DefaultValue("0") int parallelism,
		@DefaultValue("true") boolean resumeOnStart, @DefaultValue("") String instanceId,
		@DefaultValue("30s") Duration lease) {

	/** The instance's name: the one configured, or host name and process id. */
	String instance() {
		if (!this.instanceId.isBlank()) {
			return this.instanceId;
		}
		String host = System.getenv("HOSTNAME");
		if (host == null || host.isBlank()) {
			try {
				host = InetAddress.getLocalHost().getHostName();
			}
			catch (IOException ex) {
				host = UUID.randomUUID().toString().substring(0, 8);
			}
		}
		return host + "-" + ProcessHandle.current().pid();
	}

	/** How often an instance renews its leases and looks for units to take over. */
	Duration heartbeat() {
		return this.lease.dividedBy(3);
	}

}
