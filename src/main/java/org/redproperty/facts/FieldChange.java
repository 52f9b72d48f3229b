package org.redproperty.facts;

import com.fasterxml.jackson.databind.JsonNode;

/** One field of a fact that differs between two versions ({@code before} is null for a new fact). */
public record FieldChange(String field, JsonNode before, JsonNode after) {
}
