package org.redproperty.pages;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.redproperty.batch.RescoreJob;
import org.redproperty.batch.RescorePublisher;
import org.redproperty.batch.RescoreReports;
import org.redproperty.batch.RescoreRequest;
import org.redproperty.batch.RescoreResult;
import org.redproperty.batch.RescoreService;
import org.redproperty.batch.ResultFilter;
import org.redproperty.ruleset.RulesetStatus;
import org.redproperty.ruleset.Rulesets;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Re-score jobs: the last jobs the account may see and, for district staff, the form to start one (the account's
 * district preselected and, for an account limited to it, enforced by the service); a job's progress (polled from
 * {@code /jobs/{id}/progress}), its results with filters, its changes with their causes, its reports, and for
 * district staff the form that publishes a finished job's results as titles.
 */
@Controller
class JobPages {

	static final int PAGE_SIZE = 50;

	private final RescoreService jobs;

	private final RescoreReports reports;

	private final Rulesets rulesets;

	private final Streets streets;

	private final RescorePublisher publisher;

	JobPages(RescoreService jobs, RescoreReports reports, Rulesets rulesets, Streets streets,
			RescorePublisher publisher) {
		this.publisher = publisher;
		this.jobs = jobs;
		this.reports = reports;
		this.rulesets = rulesets;
		this.streets = streets;
	}

	@GetMapping("/jobs")
	String list(Model model) {
		model.addAttribute("jobs", this.jobs.latest(null, 30));
		model.addAttribute("rulesets",
				this.rulesets.statuses().stream().filter((r) -> RulesetStatus.ACTIVE.equals(r.state())).toList());
		model.addAttribute("districts", this.streets.districts());
		model.addAttribute("today", LocalDate.now());
		return "jobs/list";
	}

	@PostMapping("/jobs")
	String start(@RequestParam String ruleset,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String districtId) {
		int slash = ruleset.lastIndexOf('/');
		if (slash <= 0 || !ruleset.substring(slash + 1).matches("\\d{4}")) {
			throw PageException.notFound("RULESET_NOT_FOUND", "没有规则集「" + ruleset + "」");
		}
		RescoreJob job = this.jobs.start(new RescoreRequest(ruleset.substring(0, slash),
				Integer.valueOf(ruleset.substring(slash + 1)), asOf, blankToNull(districtId)));
		return "redirect:/jobs/" + job.id();
	}

	/**
	 * Publishes the job's results as titles: the form asks the account to confirm that the public notice (公示) is
	 * over; a job published already stays as it was.
	 */
	@PostMapping("/jobs/{id}/publish")
	String publish(@PathVariable String id, @RequestParam(defaultValue = "false") boolean noticed) {
		if (!noticed) {
			return "redirect:/jobs/" + id + "?publish=confirm";
		}
		this.publisher.publish(id);
		return "redirect:/jobs/" + id;
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean changed, @RequestParam(required = false) String streetId,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		RescoreJob job = this.jobs.find(id);
		String street = blankToNull(streetId);
		Set<String> subjects = (street != null) ? this.streets.subjectsIn(street) : null;
		ResultFilter filter = new ResultFilter(blankToNull(status), changed, null, subjects);
		int pageNumber = Math.max(0, page);
		long total = this.jobs.count(job, filter);
		List<Row> rows = this.jobs.results(job, filter, pageNumber, PAGE_SIZE).stream().map((result) -> {
			String of = this.streets.streetOf(result.subjectType(), result.subjectId());
			return new Row(result, this.streets.name(of));
		}).toList();
		model.addAttribute("job", job);
		model.addAttribute("rows", rows);
		model.addAttribute("total", total);
		model.addAttribute("pager", Pager.of(request, pageNumber, PAGE_SIZE, total));
		model.addAttribute("status", blankToNull(status));
		model.addAttribute("changed", changed);
		model.addAttribute("streetId", street);
		model.addAttribute("streets", this.streets.streets(job.districtId()));
		model.addAttribute("statuses", this.rulesets.find(job.scheme(), job.year())
			.map((r) -> r.manifest().statuses().values().stream().flatMap(List::stream).distinct().toList())
			.orElse(List.of()));
		model.addAttribute("changeCount", this.jobs.changeCount(job));
		return "jobs/job";
	}

	@GetMapping(path = "/jobs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Progress progress(@PathVariable String id) {
		RescoreJob job = this.jobs.find(id);
		return new Progress(job.state().name(), job.done(), job.total(), job.failed(), job.state().ended());
	}

	@GetMapping("/jobs/{id}/changes")
	String changes(@PathVariable String id, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
			Model model) {
		RescoreJob job = this.jobs.find(id);
		int pageNumber = Math.max(0, page);
		long total = this.jobs.changeCount(job);
		model.addAttribute("job", job);
		model.addAttribute("changes", this.jobs.changes(job, pageNumber, PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("pager", Pager.of(request, pageNumber, PAGE_SIZE, total));
		return "jobs/changes";
	}

	@GetMapping("/jobs/{id}/report.xlsx")
	void xlsx(@PathVariable String id, HttpServletResponse response) throws IOException {
		this.reports.download(this.jobs.find(id), "xlsx", response);
	}

	@GetMapping("/jobs/{id}/report.csv")
	void csv(@PathVariable String id, HttpServletResponse response) throws IOException {
		this.reports.download(this.jobs.find(id), "csv", response);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A job's progress, as the job's page polls it. */
	record Progress(String state, int done, int total, int failed, boolean ended) {
	}

	/** One result with the name of its street. */
	record Row(RescoreResult result, String street) {
	}

}
