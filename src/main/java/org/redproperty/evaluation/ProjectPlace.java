package org.redproperty.evaluation;

/**
 * Where a project is: its community, street and district, and the company serving it (null when none). The
 * evaluator inserts one for every project it gives the rules, so that a rule can ask for "the projects of this
 * street" or "the companies serving this district" in one pattern.
 */
public record ProjectPlace(String projectId, String companyId, String communityId, String streetId,
		String districtId) {
}
