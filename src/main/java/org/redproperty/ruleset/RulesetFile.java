package org.redproperty.ruleset;

/** One file of a ruleset, by its name relative to the folder. */
public record RulesetFile(String name, String content) {

	boolean isDrl() {
		return this.name.endsWith(".drl");
	}

}
