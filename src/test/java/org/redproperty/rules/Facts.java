package org.redproperty.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

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
import org.redproperty.facts.Survey;
import org.redproperty.facts.Title;

/** A mutable bag of fact records for rule tests, turned into a {@link Dataset} at the end. */
public final class Facts {

	private final List<Fact> facts = new ArrayList<>();

	public Facts add(Fact... more) {
		this.facts.addAll(Arrays.asList(more));
		return this;
	}

	/** Replaces the fact of the same kind and id. */
	public Facts replace(Fact fact) {
		this.facts.removeIf((f) -> f.getClass() == fact.getClass() && f.id().equals(fact.id()));
		this.facts.add(fact);
		return this;
	}

	public Facts remove(Predicate<Fact> which) {
		this.facts.removeIf(which);
		return this;
	}

	public <T extends Fact> T get(Class<T> type, String id) {
		return this.facts.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.filter((f) -> f.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	public Dataset dataset() {
		return new Dataset(of(District.class), of(Street.class), of(Community.class), of(Company.class),
				of(Project.class), of(Committee.class), of(Nomination.class), of(Activity.class), of(Incident.class),
				of(CreditDeduction.class), of(Survey.class), of(Assessment.class), of(Indicator.class),
				of(Inspection.class), of(Title.class));
	}

	private <T extends Fact> List<T> of(Class<T> type) {
		return this.facts.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
