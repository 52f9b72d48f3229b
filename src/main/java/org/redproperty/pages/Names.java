package org.redproperty.pages;

import org.redproperty.facts.Community;
import org.redproperty.facts.Company;
import org.redproperty.facts.District;
import org.redproperty.facts.Fact;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;

/** The name of a subject as the pages show it beside its id. */
final class Names {

	private Names() {
	}

	static String of(Fact subject) {
		if (subject instanceof Project project) {
			return project.name();
		}
		if (subject instanceof Company company) {
			return company.name();
		}
		if (subject instanceof Community community) {
			return community.name();
		}
		if (subject instanceof Street street) {
			return street.name();
		}
		return (subject instanceof District district) ? district.name() : subject.id();
	}

}
