package org.redproperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.restdocs.operation.preprocess.ContentModifyingOperationPreprocessor;
import org.springframework.restdocs.operation.preprocess.OperationPreprocessor;
import org.springframework.restdocs.operation.preprocess.OperationResponsePreprocessor;

import static org.springframework.restdocs.operation.preprocess.Preprocessors.modifyHeaders;
import static org.springframework.restdocs.operation.preprocess.Preprocessors.preprocessResponse;

/**
 * Shortens a documented JSON response whose real answer runs to megabytes (a district's trace lists every rule
 * firing): the named top-level arrays keep their first items. The guide says where an example is shortened.
 */
public final class Abbreviate {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private Abbreviate() {
	}

	/** Keeps the first {@code keep} items of each named top-level array, and drops the stale Content-Length. */
	public static OperationResponsePreprocessor arrays(int keep, String... names) {
		return preprocessResponse(modifyHeaders().remove(HttpHeaders.CONTENT_LENGTH), body(keep, Set.of(names)));
	}

	private static OperationPreprocessor body(int keep, Set<String> names) {
		return new ContentModifyingOperationPreprocessor((content, contentType) -> {
			try {
				JsonNode root = JSON.readTree(content);
				if (root instanceof ObjectNode object) {
					for (String name : names) {
						if (object.get(name) instanceof ArrayNode array) {
							while (array.size() > keep) {
								array.remove(array.size() - 1);
							}
						}
					}
				}
				return JSON.writeValueAsBytes(root);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
