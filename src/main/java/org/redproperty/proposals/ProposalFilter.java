package org.redproperty.proposals;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Which proposals to list: of one company, in one state, among the companies a district-limited caller sees (null:
 * every company). Each is optional.
 */
record ProposalFilter(String companyId, ProposalState state, Collection<String> companies) {

	String where() {
		return " WHERE 1 = 1" + ((this.companyId != null) ? " AND company_id = :company" : "")
				+ ((this.state != null) ? " AND state = :state" : "")
				+ ((this.companies != null) ? " AND company_id IN (:companies)" : "");
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (this.companyId != null) {
			params.put("company", this.companyId);
		}
		if (this.state != null) {
			params.put("state", this.state.name());
		}
		if (this.companies != null) {
			params.put("companies", this.companies);
		}
		return params;
	}

	/** Whether no proposal can match: the caller sees no company at all. */
	boolean empty() {
		return this.companies != null && this.companies.isEmpty();
	}

}
