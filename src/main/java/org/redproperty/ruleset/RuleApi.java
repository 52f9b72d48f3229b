package org.redproperty.ruleset;

import java.util.List;

/**
 * The types the evaluator gives rules to read and write through (its collector, the context facts it inserts,
 * the results and the vocabulary), which the safety lint allows rules to import and call besides the facts,
 * {@link Parameters} and a few JDK value types. The evaluation feature provides it, so that this feature does not
 * depend on that one.
 */
@FunctionalInterface
public interface RuleApi {

	/** No types beyond the facts: for checks that never see a rule using the evaluator. */
	RuleApi NONE = List::of;

	List<Class<?>> types();

}
