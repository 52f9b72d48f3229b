package org.redproperty.forms;

import java.util.List;

import org.redproperty.common.ServiceException;

/** An uploaded form with at least one bad row: nothing was written; it carries every problem found. */
public class InvalidFormException extends ServiceException {

	private final List<FormProblem> problems;

	InvalidFormException(FormKind kind, List<FormProblem> problems) {
		super(Kind.BAD_REQUEST, "INVALID_FORM",
				kind.title() + "有 " + problems.size() + " 处错误，未写入任何数据；改正后重新上传整个文件");
		this.problems = List.copyOf(problems);
	}

	public List<FormProblem> problems() {
		return this.problems;
	}

}
