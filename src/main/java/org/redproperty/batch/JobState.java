package org.redproperty.batch;

/** Where a re-score job stands. */
public enum JobState {

	QUEUED, RUNNING, SUCCEEDED, FAILED,
	/** Stopped on request at a district boundary; the results written so far are kept. */
	CANCELLED;

	/** Whether the job has ended (succeeded, failed or was cancelled). */
	public boolean ended() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED;
	}

}
