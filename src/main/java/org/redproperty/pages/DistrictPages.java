package org.redproperty.pages;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.redproperty.batch.JobState;
import org.redproperty.batch.RescoreJob;
import org.redproperty.batch.RescoreService;
import org.redproperty.batch.ResultFilter;
import org.redproperty.evaluation.Evaluation;
import org.redproperty.evaluation.EvaluationService;
import org.redproperty.facts.District;
import org.redproperty.facts.SubjectType;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The district dashboard: the projects' statuses per street in the district's latest successful job (a bar chart
 * and the same numbers as a table), each district target's actual against its target (the gates of the district's
 * latest evaluation), and the district's last jobs. A district outside the account's scope does not exist here.
 */
@Controller
class DistrictPages {

	private final Streets streets;

	private final RescoreService jobs;

	private final EvaluationService evaluations;

	DistrictPages(Streets streets, RescoreService jobs, EvaluationService evaluations) {
		this.streets = streets;
		this.jobs = jobs;
		this.evaluations = evaluations;
	}

	@GetMapping("/districts")
	String list(Model model) {
		model.addAttribute("districts", this.streets.districts());
		return "districts/list";
	}

	@GetMapping("/districts/{id}")
	String district(@PathVariable String id, Model model) {
		District district = this.streets.district(id)
			.orElseThrow(() -> PageException.notFound("SUBJECT_NOT_FOUND", "区「" + id + "」不存在"));
		List<RescoreJob> own = this.jobs.latest(id, 10);
		Optional<RescoreJob> latest = Stream
			.concat(own.stream(), this.jobs.latest(null, 20).stream().filter((job) -> job.districtId() == null))
			.filter((job) -> job.state() == JobState.SUCCEEDED)
			.max(Comparator.comparing(RescoreJob::createdAt));
		model.addAttribute("district", district);
		model.addAttribute("jobs", own);
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("chart", latest.map((job) -> chart(job, id)).orElse(null));
		model.addAttribute("evaluation", this.evaluations.ofSubject(SubjectType.DISTRICT, id)
			.stream()
			.findFirst()
			.map((summary) -> this.evaluations.find(summary.id()))
			.orElse(null));
		return "districts/district";
	}

	/** The projects of the district in a job, counted by street and status. */
	private Chart chart(RescoreJob job, String districtId) {
		Map<String, String> streetOf = this.streets.projectStreets(districtId);
		Map<String, String> names = new LinkedHashMap<>();
		this.streets.streets(districtId).forEach((street) -> names.put(street.id(), street.name()));
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		this.jobs.forEachResult(job, new ResultFilter(null, null, districtId, null), (result) -> {
			if (result.subjectType() == SubjectType.PROJECT && result.status() != null) {
				String street = streetOf.get(result.subjectId());
				counts.computeIfAbsent(result.status(), (s) -> new LinkedHashMap<>()).merge(street, 1L, Long::sum);
			}
		});
		List<Series> series = counts.entrySet()
			.stream()
			.map((e) -> new Series(e.getKey(), names.keySet().stream().map((s) -> e.getValue().getOrDefault(s, 0L)).toList()))
			.toList();
		return new Chart(List.copyOf(names.values()), series);
	}

	/** Statuses per street: the streets' names and, per status, the count of projects in each street. */
	record Chart(List<String> streets, List<Series> series) {
	}

	/** One status and its count of projects per street, in the order of the chart's streets. */
	record Series(String name, List<Long> data) {
	}

}
