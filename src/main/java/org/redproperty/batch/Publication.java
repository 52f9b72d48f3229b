package org.redproperty.batch;

import java.time.Instant;

/**
 * When and by whom a job's results were published as titles, the revision of the facts that recorded them (null
 * when the job granted and revoked nothing), and how many titles it granted and revoked.
 */
public record Publication(Instant at, String by, Long revision, int granted, int revoked) {
}
