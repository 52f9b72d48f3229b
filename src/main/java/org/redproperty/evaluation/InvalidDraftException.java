package org.redproperty.evaluation;

import java.util.List;

import org.redproperty.common.ServiceException;
import org.redproperty.ruleset.RulesetError;

/** A draft ruleset that does not pass its manifest check, the safety lint or the compiler. */
public class InvalidDraftException extends ServiceException {

	private final List<RulesetError> errors;

	public InvalidDraftException(List<RulesetError> errors) {
		super(Kind.UNPROCESSABLE, "INVALID_DRAFT", "草案规则集有 " + errors.size() + " 处错误，无法比较");
		this.errors = List.copyOf(errors);
	}

	public List<RulesetError> errors() {
		return this.errors;
	}

}
