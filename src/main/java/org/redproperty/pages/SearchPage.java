package org.redproperty.pages;

import java.util.List;

import org.redproperty.evaluation.SubjectSearch;
import org.redproperty.facts.District;
import org.redproperty.facts.DistrictScope;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.Street;
import org.redproperty.facts.SubjectType;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finds subjects by name or id, by district, street and type, and by the status of their latest stored evaluation
 * under a scheme; twenty to a page, each linking to its page.
 */
@Controller
class SearchPage {

	private static final int PAGE_SIZE = 20;

	private final SubjectSearch search;

	private final FactStore facts;

	private final DistrictScope scope;

	private final RulesetChoices rulesets;

	SearchPage(SubjectSearch search, FactStore facts, DistrictScope scope, RulesetChoices rulesets) {
		this.search = search;
		this.facts = facts;
		this.scope = scope;
		this.rulesets = rulesets;
	}

	@GetMapping("/subjects")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String district, @RequestParam(required = false) String street,
			@RequestParam(required = false) String scheme, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		SubjectType subjectType = (type != null) ? SubjectPages.type(type).orElse(null) : null;
		SubjectSearch.Query query = new SubjectSearch.Query(q, subjectType, district, street, scheme, status);
		model.addAttribute("query", query);
		model.addAttribute("found", this.search.find(query, page, PAGE_SIZE));
		model.addAttribute("types", SubjectType.values());
		List<District> districts = this.scope.visible(SubjectType.DISTRICT, this.facts.all(District.class));
		model.addAttribute("districts", districts);
		model.addAttribute("streets", this.scope.visible(SubjectType.STREET, this.facts.all(Street.class))
			.stream()
			.filter((s) -> district == null || district.isBlank() || s.districtId().equals(district))
			.toList());
		model.addAttribute("schemes", this.rulesets.schemes());
		model.addAttribute("statuses", this.rulesets.statuses());
		return "subjects";
	}

}
