package org.redproperty.ruleset;

import java.util.List;

/**
 * A ruleset folder as read from disk: active with its compiled ruleset, or broken with the errors that keep it
 * out of service.
 */
public record LoadedRuleset(String location, RulesetManifest manifest, String hash, Ruleset ruleset,
		List<RulesetError> errors) {

	static LoadedRuleset active(String location, Ruleset ruleset) {
		return new LoadedRuleset(location, ruleset.manifest(), ruleset.hash(), ruleset, List.of());
	}

	static LoadedRuleset broken(String location, RulesetManifest manifest, String hash, List<RulesetError> errors) {
		return new LoadedRuleset(location, manifest, hash, null, List.copyOf(errors));
	}

	public boolean active() {
		return this.ruleset != null;
	}

}
