package org.redproperty.forms;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.redproperty.facts.ImportProblem;
import org.redproperty.facts.RowCode;

/**
 * The import's problems with the rows a form became, said in the form's terms: the spreadsheet row instead of the
 * position, the column's header instead of the field (also inside the message).
 */
final class FormProblems {

	private FormProblems() {
	}

	/**
	 * @param already problems the form found itself: an import problem of the same row and column says the same
	 * thing again (a date that could not be read is then also missing) and is left out
	 */
	static List<FormProblem> of(FormKind kind, List<FormRow> rows, List<ImportProblem> problems,
			List<FormProblem> already) {
		Set<List<Object>> reported = already.stream()
			.map((own) -> Arrays.<Object>asList(own.row(), own.column()))
			.collect(Collectors.toSet());
		return problems.stream().map((problem) -> {
			FormRow row = (kind.facts().key().equals(problem.kind()) && problem.index() != null
					&& problem.index() < rows.size()) ? rows.get(problem.index()) : null;
			String field = problem.field();
			if (field == null && RowCode.OUTSIDE_DISTRICT.name().equals(problem.code())) {
				field = "projectId";
			}
			String column = null;
			if (field != null) {
				column = (row != null) ? row.columns().get(field) : null;
				if (column == null && kind.columnOf(field) != null) {
					column = kind.columnOf(field).header();
				}
			}
			String message = (problem.field() != null && column != null)
					? problem.message().replace("「" + problem.field() + "」", "「" + column + "」") : problem.message();
			return new FormProblem((row != null) ? row.number() : null, column, problem.code(), message);
		})
			.filter((problem) -> !reported.contains(Arrays.<Object>asList(problem.row(), problem.column())))
			.toList();
	}

	/** By row, then by column in the form's order. */
	static List<FormProblem> sorted(FormKind kind, List<FormProblem> problems) {
		List<String> headers = kind.columns().stream().map(Column::header).toList();
		return problems.stream()
			.sorted(Comparator.comparing(FormProblem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing((FormProblem problem) -> headers.indexOf(problem.column())))
			.toList();
	}

}
