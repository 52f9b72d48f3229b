package org.redproperty.evaluation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Something the evaluation noticed; the rules decide what a severity means. */
public record Finding(@JsonIgnore String subjectId, String code, String severity, String message,
		List<String> evidence, String clause) implements Result {
}
