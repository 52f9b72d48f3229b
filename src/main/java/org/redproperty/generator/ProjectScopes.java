package org.redproperty.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.Fact;
import org.redproperty.facts.Incident;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;

/**
 * Cuts a dataset into the facts each project's evaluation sees, as {@code FactStore.scope} would read them for a
 * project: the project with everything attached to it, its company and the administrative tree above it.
 */
public final class ProjectScopes {

	private ProjectScopes() {
	}

	/** The scope of every project, in project id order. */
	public static Map<String, Dataset> of(Dataset all) {
		Map<String, Community> communities = byId(all.communities());
		Map<String, Street> streets = byId(all.streets());
		Map<String, District> districts = byId(all.districts());
		Map<String, Company> companies = byId(all.companies());
		Map<String, List<Incident>> companyEvents = all.incidents()
			.stream()
			.filter((incident) -> incident.projectId() == null)
			.collect(Collectors.groupingBy(Incident::companyId));
		Map<String, List<Indicator>> indicators = all.indicators()
			.stream()
			.collect(Collectors.groupingBy(Indicator::subjectId));
		var committees = group(all.committees(), (c) -> c.projectId());
		var nominations = group(all.nominations(), (n) -> n.projectId());
		var activities = group(all.activities(), (a) -> a.projectId());
		var incidents = group(all.incidents(), Incident::projectId);
		var deductions = group(all.creditDeductions(), (d) -> d.companyId());
		var surveys = group(all.surveys(), (s) -> s.companyId());
		var assessments = group(all.assessments(), (a) -> a.companyId());
		Map<String, Dataset> scopes = new LinkedHashMap<>();
		for (Project project : all.projects()) {
			Community community = communities.get(project.communityId());
			Street street = streets.get(community.streetId());
			String companyId = project.companyId();
			List<Incident> projectIncidents = new ArrayList<>(incidents.getOrDefault(project.id(), List.of()));
			projectIncidents.addAll(companyEvents.getOrDefault(companyId, List.of()));
			List<Indicator> projectIndicators = new ArrayList<>(indicators.getOrDefault(project.id(), List.of()));
			projectIndicators.addAll(indicators.getOrDefault(street.districtId(), List.of()));
			scopes.put(project.id(), new Dataset(List.of(districts.get(street.districtId())), List.of(street),
					List.of(community), (companyId != null) ? List.of(companies.get(companyId)) : List.of(),
					List.of(project), committees.getOrDefault(project.id(), List.of()),
					nominations.getOrDefault(project.id(), List.of()), activities.getOrDefault(project.id(), List.of()),
					projectIncidents, deductions.getOrDefault(companyId, List.of()),
					surveys.getOrDefault(companyId, List.of()), assessments.getOrDefault(companyId, List.of()),
					projectIndicators));
		}
		return scopes;
	}

	private static <T extends Fact> Map<String, T> byId(List<T> facts) {
		return facts.stream().collect(Collectors.toMap(Fact::id, Function.identity()));
	}

	private static <T> Map<String, List<T>> group(List<T> facts, Function<T, String> key) {
		return facts.stream().filter((fact) -> key.apply(fact) != null).collect(Collectors.groupingBy(key));
	}

}
