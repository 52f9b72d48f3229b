package org.redproperty.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared body is larger than {@code app.web.max-body-size} with {@code 413} problem
 * details before anything reads it. A body sent without a declared length (chunked) is counted as it is read ({@link BodySizeLimit}).
 */
class RequestSizeLimit extends OncePerRequestFilter {

	private final DataSize limit;

	private final ObjectMapper objectMapper;

	RequestSizeLimit(DataSize limit, ObjectMapper objectMapper) {
		this.limit = limit;
		this.objectMapper = objectMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit.toBytes()) {
			SecurityProblems.write(this.objectMapper, response, ProblemHandler.problem(ErrorCode.PAYLOAD_TOO_LARGE,
					"请求体最多 " + this.limit.toKilobytes() + " KB；请分批导入"));
			return;
		}
		chain.doFilter(request, response);
	}

}
