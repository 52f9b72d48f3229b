package org.redproperty.support;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

/** A response of the service under test: status, content type and the body as a JSON tree. */
public record ApiResponse(int status, MediaType contentType, JsonNode body) {

	public boolean isProblem() {
		return this.contentType != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(this.contentType);
	}

	@Override
	public String toString() {
		return this.status + " " + this.contentType + " " + this.body;
	}

}
