package org.redproperty.ruleset;

/** Why a ruleset could not be used, located in its file where possible (line and column are 0 when unknown). */
public record RulesetError(String file, int line, int column, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ":" + this.column + ": " + this.message;
	}

}
