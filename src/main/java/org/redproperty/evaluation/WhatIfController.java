package org.redproperty.evaluation;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What-if: how a draft ruleset would change the outcomes on today's facts. */
@RestController
class WhatIfController {

	private final WhatIfService service;

	WhatIfController(WhatIfService service) {
		this.service = service;
	}

	@PostMapping("/api/what-if")
	WhatIfReport compare(@Valid @RequestBody WhatIfRequest request) {
		return this.service.compare(request);
	}

}
