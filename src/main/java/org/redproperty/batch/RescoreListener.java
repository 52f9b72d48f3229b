package org.redproperty.batch;

/** Told of a job's progress after each district is written: the command line draws its progress bar from it. */
public interface RescoreListener {

	RescoreListener NONE = (job, district, done, total) -> {
	};

	void districtWritten(String jobId, String districtId, int done, int total);

}
