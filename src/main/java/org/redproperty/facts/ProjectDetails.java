package org.redproperty.facts;

import java.util.List;

/** A project with everything stored about it: where it is, who serves it, and its records. */
public record ProjectDetails(Project project, Community community, Street street, District district, Company company,
		List<Committee> committees, List<Nomination> nominations, List<Activity> activities,
		List<Incident> incidents, List<Indicator> indicators, List<Inspection> inspections, List<Title> titles) {
}
