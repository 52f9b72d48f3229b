package org.redproperty.batch;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batch re-scoring: queue a job, follow it, cancel it, list its results and changes, download its report, publish it. */
@RestController
@RequestMapping("/api/rescore-jobs")
class RescoreController {

	private final RescoreService service;

	private final RescoreReports reports;

	private final RescorePublisher publisher;

	RescoreController(RescoreService service, RescoreReports reports, RescorePublisher publisher) {
		this.service = service;
		this.reports = reports;
		this.publisher = publisher;
	}

	@PostMapping
	ResponseEntity<JobId> start(@Valid @RequestBody RescoreRequest request) {
		RescoreJob job = this.service.start(request);
		return ResponseEntity.accepted().location(URI.create("/api/rescore-jobs/" + job.id())).body(new JobId(job.id()));
	}

	@GetMapping("/{id}")
	RescoreJob job(@PathVariable String id) {
		return this.service.find(id);
	}

	@PostMapping("/{id}/resume")
	ResponseEntity<RescoreJob> resume(@PathVariable String id) {
		return ResponseEntity.accepted().body(this.service.resume(id));
	}

	@PostMapping("/{id}/cancel")
	RescoreJob cancel(@PathVariable String id) {
		return this.service.cancel(id);
	}

	/** Publishes the job's results as titles after the public notice; a second call answers the first publication. */
	@PostMapping("/{id}/publish")
	RescoreJob publish(@PathVariable String id) {
		return this.publisher.publish(id);
	}

	@GetMapping("/{id}/results")
	ResultPage results(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) Boolean changed, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		RescoreJob job = this.service.find(id);
		ResultFilter filter = new ResultFilter(status, changed);
		int pageSize = Math.max(1, Math.min(size, 1000));
		int pageNumber = Math.max(0, page);
		long total = this.service.count(job, filter);
		return new ResultPage(this.service.results(job, filter, pageNumber, pageSize), pageNumber, pageSize, total,
				(int) ((total + pageSize - 1) / pageSize));
	}

	@GetMapping("/{id}/changes")
	ChangeList changes(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		RescoreJob job = this.service.find(id);
		int pageSize = Math.max(1, Math.min(size, 200));
		int pageNumber = Math.max(0, page);
		long total = this.service.changeCount(job);
		return new ChangeList(job.id(), job.previousJobId(), this.service.changes(job, pageNumber, pageSize), pageNumber,
				pageSize, total, (int) ((total + pageSize - 1) / pageSize));
	}

	@GetMapping("/{id}/report.csv")
	void csv(@PathVariable String id, HttpServletResponse response) throws IOException {
		this.reports.download(this.service.find(id), "csv", response);
	}

	@GetMapping("/{id}/report.xlsx")
	void xlsx(@PathVariable String id, HttpServletResponse response) throws IOException {
		this.reports.download(this.service.find(id), "xlsx", response);
	}

	record JobId(String id) {
	}

	record ResultPage(List<RescoreResult> content, int page, int size, long totalElements, int totalPages) {
	}

	record ChangeList(String jobId, String previousJobId, List<RescoreChange> changes, int page, int size,
			long totalElements, int totalPages) {
	}

}
