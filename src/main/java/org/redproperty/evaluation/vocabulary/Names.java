package org.redproperty.evaluation.vocabulary;

import java.util.Collection;
import java.util.List;

/**
 * A list of names, codes or ids for a reason text: sorted, each once. It prints as a Chinese list,
 * {@code HQ-ACT-MIN、HQ-NOM}; {@link #joined} takes another separator, e.g. {@code "；"} between reasons.
 */
public final class Names {

	private final List<String> names;

	private Names(List<String> names) {
		this.names = names;
	}

	public static Names of(Collection<String> names) {
		return new Names(names.stream().filter((name) -> name != null).sorted().distinct().toList());
	}

	public int size() {
		return this.names.size();
	}

	public boolean isEmpty() {
		return this.names.isEmpty();
	}

	public boolean contains(String name) {
		return this.names.contains(name);
	}

	/** The names themselves, e.g. as the evidence of a result. */
	public List<String> list() {
		return this.names;
	}

	public String joined(String separator) {
		return String.join(separator, this.names);
	}

	@Override
	public String toString() {
		return joined("、");
	}

	/** {@code names( $x )}: the distinct values of {@code $x} over every match. */
	public static final class Function extends Collecting<String> {

		public Function() {
			super(String.class);
		}

		@Override
		Object result(List<String> values) {
			return Names.of(values);
		}

		@Override
		public Class<?> getResultType() {
			return Names.class;
		}

	}

}
