package org.redproperty.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code remedies} section of a manifest: which parameter ends the window in which records can still be made
 * ({@code window}, a date parameter), and the remedies of defects, gates and ranks by rule code. A ruleset without
 * the section declares nothing fixable.
 */
public record Remedies(String window, Map<String, Remedy> defects, Map<String, Remedy> gates,
		Map<String, Remedy> ranks) {

	public static final Remedies NONE = new Remedies(null, Map.of(), Map.of(), Map.of());

	public Remedies {
		defects = (defects != null) ? Map.copyOf(defects) : Map.of();
		gates = (gates != null) ? Map.copyOf(gates) : Map.of();
		ranks = (ranks != null) ? Map.copyOf(ranks) : Map.of();
	}

	public Optional<Remedy> defect(String code) {
		return Optional.ofNullable(this.defects.get(code));
	}

	public Optional<Remedy> gate(String code) {
		return Optional.ofNullable(this.gates.get(code));
	}

	public Optional<Remedy> rank(String code) {
		return Optional.ofNullable(this.ranks.get(code));
	}

	/** Every remedy, for the checks that each names a rule of the ruleset. */
	public List<Remedy> all() {
		return java.util.stream.Stream.of(this.defects, this.gates, this.ranks)
			.flatMap((m) -> m.values().stream())
			.sorted(java.util.Comparator.comparingInt(Remedy::line))
			.toList();
	}

}
