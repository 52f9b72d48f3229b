package org.redproperty.evaluation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The path of an evaluated subject to a status. */
@RestController
class PathController {

	private final PathService service;

	PathController(PathService service) {
		this.service = service;
	}

	@GetMapping("/api/evaluations/{id}/path")
	PathPlan path(@PathVariable String id, @RequestParam(required = false) String target) {
		return this.service.path(id, target);
	}

}
