package org.redproperty.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.redproperty.evaluation.WhatIfReport;
import org.redproperty.evaluation.WhatIfRequest;
import org.redproperty.evaluation.WhatIfService;
import org.redproperty.ruleset.DraftContent;
import org.redproperty.ruleset.DraftRuleset;
import org.redproperty.ruleset.Ruleset;
import org.redproperty.ruleset.RulesetFile;
import org.redproperty.ruleset.Rulesets;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What-if on a checked draft's page: the draft against the active version on the stored facts of a day (today by
 * default), through the API's what-if service; the subjects whose outcome changes, filtered by district (which the
 * service compares alone), street and kind of change.
 */
@Controller
class WhatIfPages {

	private final WhatIfService whatIf;

	private final Rulesets rulesets;

	private final DraftPages drafts;

	private final Streets streets;

	WhatIfPages(WhatIfService whatIf, Rulesets rulesets, DraftPages drafts, Streets streets) {
		this.whatIf = whatIf;
		this.rulesets = rulesets;
		this.drafts = drafts;
		this.streets = streets;
	}

	@PostMapping("/rulesets/{scheme}/{year}/drafts/{hash}/what-if")
	String compare(@PathVariable String scheme, @PathVariable int year, @PathVariable String hash,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String districtId, @RequestParam(required = false) String streetId,
			@RequestParam(defaultValue = "all") String change, Model model) {
		this.drafts.draftModel(scheme, year, hash, model);
		DraftContent content = this.rulesets.checkedDraft(scheme, year, hash);
		LocalDate day = (asOf != null) ? asOf : LocalDate.now();
		String district = JobPages.blankToNull(districtId);
		String street = JobPages.blankToNull(streetId);
		WhatIfReport report = this.whatIf.compare(new WhatIfRequest(scheme, year, day, district, whole(scheme, year, content)));
		List<Row> rows = report.changes()
			.stream()
			.map((c) -> {
				String streetOf = this.streets.streetOf(c.subjectType(), c.subjectId());
				return new Row(c, streetOf, this.streets.name(streetOf), !Objects.equals(c.oldStatus(), c.newStatus()));
			})
			.filter((row) -> street == null || street.equals(row.streetId()))
			.filter((row) -> switch (change) {
				case "status" -> row.statusChanged();
				case "points" -> !row.statusChanged();
				default -> true;
			})
			.toList();
		model.addAttribute("report", report);
		model.addAttribute("rows", rows);
		model.addAttribute("asOf", day);
		model.addAttribute("districtId", district);
		model.addAttribute("streetId", street);
		model.addAttribute("change", change);
		return "rulesets/checked";
	}

	/**
	 * The checked draft's files as a draft the what-if service lays over the version in service: every file, and
	 * the removal of each file of that version the draft does not have, so that the comparison is of the draft whole.
	 */
	private List<DraftRuleset.File> whole(String scheme, int year, DraftContent content) {
		List<DraftRuleset.File> files = new java.util.ArrayList<>(
				content.files().stream().map((f) -> new DraftRuleset.File(f.name(), f.content())).toList());
		java.util.Set<String> names = new java.util.HashSet<>(content.files().stream().map(RulesetFile::name).toList());
		this.rulesets.latestActive(scheme, year)
			.map(Ruleset::files)
			.orElse(List.of())
			.stream()
			.filter((f) -> !names.contains(f.name()))
			.forEach((f) -> files.add(new DraftRuleset.File(f.name(), null, true)));
		return files;
	}

	/** A subject whose outcome the draft changes, with its street. */
	record Row(WhatIfReport.Change change, String streetId, String streetName, boolean statusChanged) {
	}

}
