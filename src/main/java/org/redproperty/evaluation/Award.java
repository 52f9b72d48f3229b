package org.redproperty.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An honour the subject earns for someone, e.g. 五星管家 for a project's manager. */
public record Award(@JsonIgnore String subjectId, String code, String name, String holder, String clause) implements Result {
}
