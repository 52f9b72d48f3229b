package org.redproperty.batch;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows of a job to list: by status, by whether it changed since the previous job, by district, and by
 * subject (e.g. the subjects of one street). All optional; an empty list of subjects matches none.
 */
public record ResultFilter(String status, Boolean changed, String districtId, Collection<String> subjects) {

	static final ResultFilter ALL = new ResultFilter(null, null);

	public ResultFilter(String status, Boolean changed) {
		this(status, changed, null, null);
	}

	public ResultFilter {
		subjects = (subjects != null) ? List.copyOf(subjects) : null;
	}

	String where() {
		return ((this.status != null) ? " AND status = :status" : "")
				+ ((this.changed != null) ? " AND changed = :changed" : "")
				+ ((this.districtId != null) ? " AND unit_id = :unit" : "")
				+ ((this.subjects == null) ? "" : this.subjects.isEmpty() ? " AND 1 = 0" : " AND subject_id IN (:subjects)");
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (this.status != null) {
			params.put("status", this.status);
		}
		if (this.changed != null) {
			params.put("changed", this.changed);
		}
		if (this.districtId != null) {
			params.put("unit", this.districtId);
		}
		if (this.subjects != null && !this.subjects.isEmpty()) {
			params.put("subjects", this.subjects);
		}
		return params;
	}

}
