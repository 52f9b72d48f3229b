package org.redproperty.facts;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The revisions of the facts, newest first, and the history of one fact. */
@RestController
@RequestMapping("/api")
class RevisionsController {

	private final Revisions revisions;

	private final RevisionService service;

	RevisionsController(Revisions revisions, RevisionService service) {
		this.revisions = revisions;
		this.service = service;
	}

	@GetMapping("/revisions")
	RevisionPage revisions(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		int pageSize = Math.max(1, Math.min(size, 1000));
		int pageNumber = Math.max(0, page);
		long total = this.revisions.count();
		return new RevisionPage(this.revisions.page(pageNumber, pageSize), pageNumber, pageSize, total,
				(int) ((total + pageSize - 1) / pageSize));
	}

	@GetMapping("/revisions/{revision}")
	Revision revision(@PathVariable long revision) {
		return this.service.find(revision);
	}

	@GetMapping("/facts/{kind}/{id}/history")
	FactHistory history(@PathVariable String kind, @PathVariable String id) {
		return this.service.history(kind, id);
	}

	record RevisionPage(List<Revision> content, int page, int size, long totalElements, int totalPages) {
	}

}
