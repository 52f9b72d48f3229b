package org.redproperty.pages;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/** Page links of a paged list: the page shown, how many there are, and the address of the one before and after. */
record Pager(int page, long pages, long total, String previous, String next) {

	/** The pager of a list of {@code total} rows shown {@code size} at a time, linking the current query's pages. */
	static Pager of(HttpServletRequest request, int page, int size, long total) {
		long pages = (total + size - 1) / size;
		return new Pager(page, pages, total, (page > 0) ? link(request, page - 1) : null,
				(page + 1 < pages) ? link(request, page + 1) : null);
	}

	private static String link(HttpServletRequest request, int page) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
