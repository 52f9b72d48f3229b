package org.redproperty.pages;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redproperty.common.Caller;
import org.redproperty.facts.Community;
import org.redproperty.facts.District;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.Project;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;

import org.springframework.stereotype.Component;

/**
 * The administrative tree as the pages' filters need it: the districts the account sees, their streets, the
 * street a subject lies in, and the subjects of a street.
 */
@Component
class Streets {

	private final FactStore facts;

	Streets(FactStore facts) {
		this.facts = facts;
	}

	/** The districts the signed-in account may see. */
	List<District> districts() {
		return this.facts.all(District.class).stream().filter((district) -> Caller.sees(district.id())).toList();
	}

	/** The district, if it exists and the account may see it. */
	Optional<District> district(String id) {
		return this.facts.find(District.class, id).filter((district) -> Caller.sees(district.id()));
	}

	/** The streets of the districts the account sees, or of one district. */
	List<Street> streets(String districtId) {
		List<String> districts = (districtId != null) ? List.of(districtId)
				: districts().stream().map(District::id).toList();
		return districts.isEmpty() ? List.of()
				: this.facts.where(Street.class, "districtId", districts)
					.stream()
					.sorted(java.util.Comparator.comparing(Street::id))
					.toList();
	}

	/** The street a project, community or street lies in; null for other subjects. */
	String streetOf(SubjectType type, String id) {
		return switch (type) {
			case STREET -> id;
			case COMMUNITY -> this.facts.find(Community.class, id).map(Community::streetId).orElse(null);
			case PROJECT -> this.facts.find(Project.class, id)
				.flatMap((project) -> this.facts.find(Community.class, project.communityId()))
				.map(Community::streetId)
				.orElse(null);
			default -> null;
		};
	}

	/** The street and every community and project in it. */
	Set<String> subjectsIn(String streetId) {
		Set<String> ids = new HashSet<>();
		ids.add(streetId);
		List<String> communities = this.facts.where(Community.class, "streetId", streetId)
			.stream()
			.map(Community::id)
			.toList();
		ids.addAll(communities);
		if (!communities.isEmpty()) {
			this.facts.where(Project.class, "communityId", communities).forEach((project) -> ids.add(project.id()));
		}
		return ids;
	}

	/** The street of each project of a district, by project id. */
	java.util.Map<String, String> projectStreets(String districtId) {
		java.util.Map<String, String> streetOf = new java.util.HashMap<>();
		List<String> streets = streets(districtId).stream().map(Street::id).toList();
		java.util.Map<String, String> communities = new java.util.HashMap<>();
		if (!streets.isEmpty()) {
			this.facts.where(Community.class, "streetId", streets).forEach((c) -> communities.put(c.id(), c.streetId()));
		}
		if (!communities.isEmpty()) {
			this.facts.where(Project.class, "communityId", communities.keySet())
				.forEach((p) -> streetOf.put(p.id(), communities.get(p.communityId())));
		}
		return streetOf;
	}

	/** The street's name, or its id when unknown. */
	String name(String streetId) {
		return (streetId != null) ? this.facts.find(Street.class, streetId).map(Street::name).orElse(streetId) : "";
	}

}
