package org.redproperty.evaluation.vocabulary;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * The shared part of the vocabulary's accumulate functions: each collects the values its pattern matched (and
 * drops them again when a match is retracted) and computes its answer from all of them at once.
 *
 * @param <T> the type of the values collected
 */
abstract class Collecting<T> implements AccumulateFunction<Collecting.Values> {

	private final Class<T> type;

	Collecting(Class<T> type) {
		this.type = type;
	}

	/** The answer over every value matched, in no particular order. */
	abstract Object result(List<T> values);

	@Override
	public Values createContext() {
		return new Values();
	}

	@Override
	public void init(Values context) {
		context.values.clear();
	}

	@Override
	public void accumulate(Values context, Object value) {
		if (value != null) {
			context.values.add(this.type.cast(value));
		}
	}

	@Override
	public void reverse(Values context, Object value) {
		context.values.remove(value);
	}

	@Override
	public Object getResult(Values context) {
		List<T> values = new ArrayList<>(context.values.size());
		context.values.forEach((value) -> values.add(this.type.cast(value)));
		return result(values);
	}

	@Override
	public boolean supportsReverse() {
		return true;
	}

	@Override
	public void writeExternal(ObjectOutput out) {
	}

	@Override
	public void readExternal(ObjectInput in) {
	}

	/** The values matched so far. */
	static final class Values implements Serializable {

		private final List<Object> values = new ArrayList<>();

	}

}
