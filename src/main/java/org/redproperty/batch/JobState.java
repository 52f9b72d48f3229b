package org.redproperty.batch;

/** Where a re-score job stands. */
public enum JobState {

	QUEUED, RUNNING, SUCCEEDED, FAILED;

	boolean ended() {
		return this == SUCCEEDED || this == FAILED;
	}

}
