package org.redproperty.facts;

import java.util.List;

import org.redproperty.common.ServiceException;

/** A dataset with at least one bad row; it carries every problem found. */
public class InvalidDatasetException extends ServiceException {

	private final List<ImportProblem> problems;

	public InvalidDatasetException(List<ImportProblem> problems) {
		super(Kind.BAD_REQUEST, "INVALID_DATASET", "数据集有 " + problems.size() + " 处错误，未写入任何数据");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
