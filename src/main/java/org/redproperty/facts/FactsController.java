package org.redproperty.facts;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Imports datasets and shows the stored facts. */
@RestController
@RequestMapping("/api")
class FactsController {

	private final DatasetService datasets;

	private final FactStore facts;

	private final DistrictScope scope;

	private final SubjectFacts subjects;

	FactsController(DatasetService datasets, FactStore facts, DistrictScope scope, SubjectFacts subjects) {
		this.datasets = datasets;
		this.subjects = subjects;
		this.facts = facts;
		this.scope = scope;
	}

	@PostMapping("/datasets")
	DatasetService.ImportSummary importDataset(@RequestBody JsonNode dataset) {
		return this.datasets.importDataset(dataset, "api");
	}

	@GetMapping("/districts")
	List<District> districts() {
		return this.scope.visible(SubjectType.DISTRICT, this.facts.all(District.class));
	}

	@GetMapping("/streets")
	List<Street> streets(@RequestParam(required = false) String districtId) {
		return this.scope.visible(SubjectType.STREET,
				(districtId != null) ? sorted(this.facts.where(Street.class, "districtId", districtId))
						: this.facts.all(Street.class));
	}

	@GetMapping("/communities")
	List<Community> communities(@RequestParam(required = false) String streetId) {
		return this.scope.visible(SubjectType.COMMUNITY,
				(streetId != null) ? sorted(this.facts.where(Community.class, "streetId", streetId))
						: this.facts.all(Community.class));
	}

	@GetMapping("/companies")
	List<Company> companies() {
		return this.scope.visible(SubjectType.COMPANY, this.facts.all(Company.class));
	}

	@GetMapping("/projects")
	List<Project> projects(@RequestParam(required = false) String communityId,
			@RequestParam(required = false) String companyId) {
		return this.scope.visible(SubjectType.PROJECT, unscopedProjects(communityId, companyId));
	}

	private List<Project> unscopedProjects(String communityId, String companyId) {
		if (communityId != null) {
			return sorted(this.facts.where(Project.class, "communityId", communityId));
		}
		if (companyId != null) {
			return sorted(this.facts.where(Project.class, "companyId", companyId));
		}
		return this.facts.all(Project.class);
	}

	@GetMapping("/projects/{id}")
	ProjectDetails project(@PathVariable String id) {
		return this.subjects.project(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "物业服务项目「" + id + "」不存在"));
	}

	private static <T extends Fact> List<T> sorted(List<T> facts) {
		return facts.stream().sorted(Comparator.comparing(Fact::id)).toList();
	}

}
