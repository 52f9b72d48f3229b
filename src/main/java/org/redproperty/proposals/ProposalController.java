package org.redproperty.proposals;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Proposed credit deductions: list them, show one, confirm or reject it. */
@RestController
@RequestMapping("/api/deduction-proposals")
class ProposalController {

	private final ProposalService service;

	ProposalController(ProposalService service) {
		this.service = service;
	}

	@GetMapping
	ProposalPage list(@RequestParam(required = false) String companyId,
			@RequestParam(required = false) ProposalState state, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.service.list(companyId, state, Math.max(0, page), Math.max(1, Math.min(size, 200)));
	}

	@GetMapping("/{id}")
	DeductionProposal proposal(@PathVariable String id) {
		return this.service.find(id);
	}

	@PostMapping("/{id}/confirm")
	DeductionProposal confirm(@PathVariable String id, @Valid @RequestBody(required = false) Confirmation body) {
		return this.service.confirm(id, (body != null) ? body.reason() : null);
	}

	@PostMapping("/{id}/reject")
	DeductionProposal reject(@PathVariable String id, @Valid @RequestBody Rejection body) {
		return this.service.reject(id, body.reason());
	}

}
