package org.redproperty.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redproperty.facts.Activity;
import org.redproperty.facts.Assessment;
import org.redproperty.facts.Committee;
import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.CreditDeduction;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.District;
import org.redproperty.facts.Fact;
import org.redproperty.facts.Incident;
import org.redproperty.facts.Indicator;
import org.redproperty.facts.Inspection;
import org.redproperty.facts.Nomination;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;
import org.redproperty.facts.Survey;
import org.redproperty.facts.Title;

/**
 * The facts of an evaluation cut into what each project or company needs on its own, and the subjects of a scope.
 * A project's slice is the project, the administrative tree above it, its company's record and every record that
 * belongs to the project (activities, committees, nominations, incidents, indicators, the titles it holds); a
 * company's slice is the company, the projects it serves with their tree, and every record that belongs to the
 * company (its incidents, surveys, assessments, credit deductions, indicators, the titles it holds). Built once per evaluation: each slice is a lookup.
 */
final class FactSlices {

	private static final Set<SubjectType> UNITS = Set.of(SubjectType.PROJECT, SubjectType.COMPANY);

	private final Dataset facts;

	private final Map<String, List<Fact>> byOwner = new HashMap<>();

	private final Map<String, Project> projects;

	private final Map<String, Community> communities;

	private final Map<String, Street> streets;

	private final Map<String, District> districts;

	private final Map<String, Company> companies;

	FactSlices(Dataset facts) {
		this.facts = facts;
		facts.all().forEach((fact) -> fact.owners()
			.forEach((owner) -> this.byOwner.computeIfAbsent(owner, (k) -> new ArrayList<>()).add(fact)));
		this.projects = index(facts.projects(), Project::id);
		this.communities = index(facts.communities(), Community::id);
		this.streets = index(facts.streets(), Street::id);
		this.districts = index(facts.districts(), District::id);
		this.companies = index(facts.companies(), Company::id);
	}

	/** The subjects the scope asks about: its own subject, or for a whole district every covered subject in it. */
	List<Ref> subjects(Scope scope, Collection<SubjectType> covered) {
		if (!scope.whole()) {
			return List.of(new Ref(scope.type(), scope.id()));
		}
		Set<Ref> subjects = new LinkedHashSet<>();
		if (covered.contains(scope.type())) {
			subjects.add(new Ref(scope.type(), scope.id()));
		}
		if (scope.type() == SubjectType.DISTRICT && covered.contains(SubjectType.STREET)) {
			this.facts.streets().stream()
				.filter((street) -> scope.id().equals(street.districtId()))
				.forEach((street) -> subjects.add(new Ref(SubjectType.STREET, street.id())));
		}
		if ((scope.type() == SubjectType.DISTRICT || scope.type() == SubjectType.STREET)
				&& covered.contains(SubjectType.COMMUNITY)) {
			this.facts.communities().stream()
				.filter((c) -> (scope.type() == SubjectType.STREET) ? scope.id().equals(c.streetId()) : inDistrict(c, scope.id()))
				.forEach((c) -> subjects.add(new Ref(SubjectType.COMMUNITY, c.id())));
		}
		subjects.addAll(units(scope, covered));
		return List.copyOf(subjects);
	}

	/** The projects and companies (of the covered types) whose first step the scope needs. */
	List<Ref> units(Scope scope, Collection<SubjectType> covered) {
		if (UNITS.contains(scope.type())) {
			return covered.contains(scope.type()) ? List.of(new Ref(scope.type(), scope.id())) : List.of();
		}
		Set<Ref> units = new LinkedHashSet<>();
		List<Project> within = projectsUnder(scope);
		if (covered.contains(SubjectType.PROJECT)) {
			within.forEach((project) -> units.add(new Ref(SubjectType.PROJECT, project.id())));
		}
		if (covered.contains(SubjectType.COMPANY)) {
			within.stream()
				.filter((project) -> project.companyId() != null && this.companies.containsKey(project.companyId()))
				.forEach((project) -> units.add(new Ref(SubjectType.COMPANY, project.companyId())));
		}
		return List.copyOf(units);
	}

	/** The facts a project or company is evaluated on in the first step. */
	Dataset of(SubjectType type, String id) {
		List<Fact> slice = new ArrayList<>(this.byOwner.getOrDefault(id, List.of()));
		if (type == SubjectType.PROJECT) {
			Project project = this.projects.get(id);
			if (project != null) {
				slice.add(project);
				addTree(project, slice);
				addIfPresent(this.companies.get(project.companyId()), slice);
			}
		}
		else {
			addIfPresent(this.companies.get(id), slice);
			this.facts.projects().stream().filter((p) -> id.equals(p.companyId())).forEach((project) -> {
				slice.add(project);
				addTree(project, slice);
				// a company is scored on the inspections of the projects it serves
				this.byOwner.getOrDefault(project.id(), List.of()).stream().filter(Inspection.class::isInstance)
					.forEach(slice::add);
			});
		}
		return dataset(slice);
	}

	/** Where each project of the facts is. */
	static List<ProjectPlace> places(Dataset facts) {
		Map<String, Community> communities = index(facts.communities(), Community::id);
		Map<String, Street> streets = index(facts.streets(), Street::id);
		return facts.projects().stream().map((project) -> {
			Community community = communities.get(project.communityId());
			Street street = (community != null) ? streets.get(community.streetId()) : null;
			return new ProjectPlace(project.id(), project.companyId(), project.communityId(),
					(community != null) ? community.streetId() : null, (street != null) ? street.districtId() : null);
		}).toList();
	}

	private List<Project> projectsUnder(Scope scope) {
		return this.facts.projects().stream().filter((project) -> under(project, scope.type(), scope.id())).toList();
	}

	private boolean under(Project project, SubjectType type, String id) {
		Community community = this.communities.get(project.communityId());
		return switch (type) {
			case COMMUNITY -> id.equals(project.communityId());
			case STREET -> community != null && id.equals(community.streetId());
			case DISTRICT -> community != null && inDistrict(community, id);
			case PROJECT -> id.equals(project.id());
			case COMPANY -> id.equals(project.companyId());
		};
	}

	private boolean inDistrict(Community community, String districtId) {
		Street street = this.streets.get(community.streetId());
		return street != null && districtId.equals(street.districtId());
	}

	private void addTree(Project project, List<Fact> slice) {
		Community community = this.communities.get(project.communityId());
		if (community == null || slice.contains(community)) {
			return;
		}
		slice.add(community);
		Street street = this.streets.get(community.streetId());
		if (street != null && !slice.contains(street)) {
			slice.add(street);
			addIfPresent(this.districts.get(street.districtId()), slice);
		}
	}

	private static void addIfPresent(Fact fact, List<Fact> slice) {
		if (fact != null && !slice.contains(fact)) {
			slice.add(fact);
		}
	}

	private static Dataset dataset(List<Fact> facts) {
		return new Dataset(of(facts, District.class), of(facts, Street.class), of(facts, Community.class),
				of(facts, Company.class), of(facts, Project.class), of(facts, Committee.class),
				of(facts, Nomination.class), of(facts, Activity.class), of(facts, Incident.class),
				of(facts, CreditDeduction.class), of(facts, Survey.class), of(facts, Assessment.class),
				of(facts, Indicator.class), of(facts, Inspection.class), of(facts, Title.class));
	}

	private static <T> List<T> of(List<Fact> facts, Class<T> type) {
		return facts.stream().filter(type::isInstance).map(type::cast).distinct().toList();
	}

	private static <T> Map<String, T> index(List<T> facts, Function<T, String> id) {
		return facts.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

	/** A subject by type and id. */
	record Ref(SubjectType type, String id) {
	}

}
