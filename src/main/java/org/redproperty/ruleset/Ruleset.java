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

	/** The parameters of the manifest, as rules read them through the global {@code params}. */
	public Parameters parameters() {
		return new Parameters(this.manifest.parameters());
	}

	/**
	 * The same compiled rules reading some parameters with other values, e.g. those a folder test was written for.
	 * Its hash is the folder's: it is never stored or served.
	 */
	public Ruleset withValues(java.util.Map<String, Object> values) {
		return new Ruleset(this.manifest.withValues(values), this.hash, this.files, this.rules, this.kieBase);
	}

	public RulesetIdentity identity() {
		return new RulesetIdentity(this.manifest.scheme(), this.manifest.year(), this.hash);
	}

}
