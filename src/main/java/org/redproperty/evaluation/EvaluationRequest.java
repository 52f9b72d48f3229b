package org.redproperty.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.redproperty.facts.KnownAt;

/**
 * What to evaluate: a subject (project, street, community or district) under a scheme and year, on a date, with
 * the facts as recorded now or, with {@code knownAt}, as they were recorded at a past revision or instant; for a
 * scheme with periods, the period ({@code Q1} … {@code YEAR}) it is for; for a company of a scheme that evaluates
 * companies within a district, the district ({@code districtId}, by default the one where it serves most projects).
 */
public record EvaluationRequest(@NotBlank(message = "必须填写评价方案 scheme") String scheme,
		@NotNull(message = "必须填写年度 year") Integer year,
		@NotBlank(message = "必须填写评价对象编号 subjectId") String subjectId,
		@NotNull(message = "必须填写评价日 asOf（yyyy-MM-dd）") LocalDate asOf, KnownAt knownAt, String period,
		String districtId) {

	public EvaluationRequest(String scheme, Integer year, String subjectId, LocalDate asOf) {
		this(scheme, year, subjectId, asOf, null, null, null);
	}

	public EvaluationRequest(String scheme, Integer year, String subjectId, LocalDate asOf, KnownAt knownAt) {
		this(scheme, year, subjectId, asOf, knownAt, null, null);
	}

}
