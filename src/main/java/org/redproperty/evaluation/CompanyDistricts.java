package org.redproperty.evaluation;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.redproperty.facts.FactStore;
import org.redproperty.facts.SubjectType;

import org.springframework.stereotype.Component;

/**
 * The district a company is evaluated in where a scheme evaluates companies among those of a district
 * ({@code companiesInDistrict}, DOMAIN §7): the one the request names, which the company must serve, or else the one
 * where it serves the most projects (ties: the smallest district id).
 */
@Component
class CompanyDistricts {

	private final FactStore facts;

	CompanyDistricts(FactStore facts) {
		this.facts = facts;
	}

	/**
	 * @throws EvaluationException (422) if the company serves no project of the named district, or none at all
	 */
	String of(String companyId, String districtId, long revision) {
		Map<String, Long> projects = FactSlices.places(this.facts.scope(SubjectType.COMPANY, companyId, revision))
			.stream()
			.filter((place) -> companyId.equals(place.companyId()) && place.districtId() != null)
			.collect(Collectors.groupingBy(ProjectPlace::districtId, TreeMap::new, Collectors.counting()));
		if (districtId != null) {
			if (!projects.containsKey(districtId)) {
				throw EvaluationException.unprocessable("DISTRICT_NOT_SERVED",
						"企业「" + companyId + "」在区「" + districtId + "」没有服务的项目，不能在该区评价");
			}
			return districtId;
		}
		return projects.entrySet().stream()
			.max(Comparator.comparing(Map.Entry<String, Long>::getValue)
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.filter(Objects::nonNull)
			.orElseThrow(() -> EvaluationException.unprocessable("DISTRICT_NOT_SERVED",
					"企业「" + companyId + "」没有服务任何区的项目，无法在区内评价"));
	}

}
