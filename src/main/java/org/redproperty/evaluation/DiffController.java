package org.redproperty.evaluation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What differs between two stored evaluations of one subject, and why. */
@RestController
class DiffController {

	private final DiffService service;

	DiffController(DiffService service) {
		this.service = service;
	}

	/** From evaluation {@code against} to evaluation {@code id}. */
	@GetMapping("/api/evaluations/{id}/diff")
	EvaluationDiff diff(@PathVariable String id, @RequestParam String against) {
		return this.service.diff(id, against);
	}

}
