package org.redproperty.facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A set of facts of every kind, in the shape of the import format: what is imported, what an evaluation sees
 * and what it keeps as its snapshot.
 */
public record Dataset(List<District> districts, List<Street> streets, List<Community> communities,
		List<Company> companies, List<Project> projects, List<Committee> committees, List<Nomination> nominations,
		List<Activity> activities, List<Incident> incidents, List<CreditDeduction> creditDeductions,
		List<Survey> surveys, List<Assessment> assessments, List<Indicator> indicators, List<Inspection> inspections,
		List<Title> titles) {

	public Dataset {
		districts = sorted(districts);
		streets = sorted(streets);
		communities = sorted(communities);
		companies = sorted(companies);
		projects = sorted(projects);
		committees = sorted(committees);
		nominations = sorted(nominations);
		activities = sorted(activities);
		incidents = sorted(incidents);
		creditDeductions = sorted(creditDeductions);
		surveys = sorted(surveys);
		assessments = sorted(assessments);
		indicators = sorted(indicators);
		inspections = sorted(inspections);
		titles = sorted(titles);
	}

	/** The facts of the kinds before titles, with none of those. */
	public Dataset(List<District> districts, List<Street> streets, List<Community> communities,
			List<Company> companies, List<Project> projects, List<Committee> committees, List<Nomination> nominations,
			List<Activity> activities, List<Incident> incidents, List<CreditDeduction> creditDeductions,
			List<Survey> surveys, List<Assessment> assessments, List<Indicator> indicators,
			List<Inspection> inspections) {
		this(districts, streets, communities, companies, projects, committees, nominations, activities, incidents,
				creditDeductions, surveys, assessments, indicators, inspections, List.of());
	}

	/** The facts of the kinds before inspections, with none of those. */
	public Dataset(List<District> districts, List<Street> streets, List<Community> communities,
			List<Company> companies, List<Project> projects, List<Committee> committees, List<Nomination> nominations,
			List<Activity> activities, List<Incident> incidents, List<CreditDeduction> creditDeductions,
			List<Survey> surveys, List<Assessment> assessments, List<Indicator> indicators) {
		this(districts, streets, communities, companies, projects, committees, nominations, activities, incidents,
				creditDeductions, surveys, assessments, indicators, List.of(), List.of());
	}

	/**
	 * The facts as they stood on {@code asOf}: what is dated later does not exist yet (a title is dated by the day
	 * it was granted), and a rectification or a revocation made later has not happened.
	 */
	public Dataset asOf(LocalDate asOf) {
		List<List<? extends Fact>> seen = List.of(onOrBefore(this.committees, Committee::established, asOf),
				onOrBefore(this.nominations, Nomination::date, asOf), onOrBefore(this.activities, Activity::date, asOf),
				seenOn(onOrBefore(this.incidents, Incident::date, asOf), (i) -> i.asSeenOn(asOf)),
				onOrBefore(this.creditDeductions, CreditDeduction::date, asOf),
				onOrBefore(this.surveys, Survey::date, asOf), onOrBefore(this.assessments, Assessment::date, asOf),
				onOrBefore(this.indicators, Indicator::asOf, asOf), onOrBefore(this.inspections, Inspection::date, asOf),
				seenOn(onOrBefore(this.titles, Title::grantedOn, asOf), (t) -> t.asSeenOn(asOf)));
		List<List<? extends Fact>> now = List.of(this.committees, this.nominations, this.activities, this.incidents,
				this.creditDeductions, this.surveys, this.assessments, this.indicators, this.inspections, this.titles);
		if (IntStream.range(0, now.size()).allMatch((i) -> seen.get(i) == now.get(i))) {
			// Nothing is dated later and nothing changed since: the facts themselves, not a copy of them.
			return this;
		}
		return new Dataset(this.districts, this.streets, this.communities, this.companies, this.projects,
				cast(seen.get(0)), cast(seen.get(1)), cast(seen.get(2)), cast(seen.get(3)), cast(seen.get(4)),
				cast(seen.get(5)), cast(seen.get(6)), cast(seen.get(7)), cast(seen.get(8)), cast(seen.get(9)));
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(List<?> facts) {
		return (List<T>) facts;
	}

	/** The facts that are subjects of that type: the districts, streets, communities, projects or companies. */
	public List<? extends Fact> ofType(SubjectType type) {
		return switch (type) {
			case DISTRICT -> this.districts;
			case STREET -> this.streets;
			case COMMUNITY -> this.communities;
			case PROJECT -> this.projects;
			case COMPANY -> this.companies;
		};
	}

	/** Every fact, in a stable order: kind by kind, each kind by id. */
	public Stream<Fact> all() {
		return Stream.of(this.districts, this.streets, this.communities, this.companies, this.projects,
				this.committees, this.nominations, this.activities, this.incidents, this.creditDeductions,
				this.surveys, this.assessments, this.indicators, this.inspections, this.titles)
			.flatMap(List::stream);
	}

	public int size() {
		return (int) all().count();
	}

	private static <T extends Fact> List<T> sorted(List<T> facts) {
		return (facts != null) ? facts.stream().sorted(Comparator.comparing(Fact::id)).toList() : List.of();
	}

	/** The facts dated on or before the day: the same list when all are. */
	private static <T> List<T> onOrBefore(List<T> facts, Function<T, LocalDate> date, LocalDate asOf) {
		Predicate<T> seen = (fact) -> date.apply(fact) != null && !date.apply(fact).isAfter(asOf);
		return facts.stream().allMatch(seen) ? facts : facts.stream().filter(seen).toList();
	}

	/** Each fact as seen on a day: the same list when none is changed by it. */
	private static <T> List<T> seenOn(List<T> facts, UnaryOperator<T> seen) {
		return facts.stream().allMatch((fact) -> seen.apply(fact) == fact) ? facts : facts.stream().map(seen).toList();
	}

}
