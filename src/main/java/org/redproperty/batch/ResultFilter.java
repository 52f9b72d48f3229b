package org.redproperty.batch;

import java.util.HashMap;
import java.util.Map;

/** Which rows of a job to list: by status, by whether it changed since the previous job. Both optional. */
public record ResultFilter(String status, Boolean changed) {

	static final ResultFilter ALL = new ResultFilter(null, null);

	String where() {
		return ((this.status != null) ? " AND status = :status" : "")
				+ ((this.changed != null) ? " AND changed = :changed" : "");
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (this.status != null) {
			params.put("status", this.status);
		}
		if (this.changed != null) {
			params.put("changed", this.changed);
		}
		return params;
	}

}
