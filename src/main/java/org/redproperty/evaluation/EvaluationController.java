package org.redproperty.evaluation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.redproperty.facts.Dataset;
import org.redproperty.facts.SubjectType;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations: make one, read one with its facts, list a project's. */
@RestController
@RequestMapping("/api")
class EvaluationController {

	private final EvaluationService service;

	EvaluationController(EvaluationService service) {
		this.service = service;
	}

	@PostMapping("/evaluations")
	ResponseEntity<Evaluation> evaluate(@Valid @RequestBody EvaluationRequest request) {
		Evaluation evaluation = this.service.evaluate(request);
		return ResponseEntity.created(URI.create("/api/evaluations/" + evaluation.id())).body(evaluation);
	}

	@GetMapping("/evaluations/{id}")
	Evaluation evaluation(@PathVariable String id) {
		return this.service.find(id);
	}

	@PostMapping("/evaluations/{id}/replay")
	ReplayReport replay(@PathVariable String id) {
		return this.service.replay(id);
	}

	@GetMapping("/evaluations/{id}/facts")
	Dataset facts(@PathVariable String id) {
		return this.service.factsOf(id);
	}

	@GetMapping("/projects/{id}/evaluations")
	List<Evaluation.Summary> ofProject(@PathVariable String id) {
		return this.service.ofSubject(SubjectType.PROJECT, id);
	}

}
