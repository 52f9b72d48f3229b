package org.redproperty.ruleset;

import java.util.List;

import org.kie.api.KieBase;

/**
 * A compiled ruleset, ready to evaluate: its manifest, the SHA-256 of its files, the files themselves and the
 * KieBase built from them, shared by all evaluations.
 */
public record Ruleset(RulesetManifest manifest, String hash, List<RulesetFile> files, List<RuleInfo> rules,
		KieBase kieBase) {

	public RulesetKey key() {
		return this.manifest.key();
	}

	public RulesetIdentity identity() {
		return new RulesetIdentity(this.manifest.scheme(), this.manifest.year(), this.hash);
	}

}
