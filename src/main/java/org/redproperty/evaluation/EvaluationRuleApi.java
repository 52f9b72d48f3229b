package org.redproperty.evaluation;

import java.util.List;

import org.redproperty.evaluation.vocabulary.Exact;
import org.redproperty.evaluation.vocabulary.Latest;
import org.redproperty.evaluation.vocabulary.Mean;
import org.redproperty.evaluation.vocabulary.Months;
import org.redproperty.evaluation.vocabulary.Names;
import org.redproperty.evaluation.vocabulary.Ranking;
import org.redproperty.ruleset.RuleApi;

/** What rules may use of the evaluator: the collector, the facts it inserts, the results and the vocabulary. */
public final class EvaluationRuleApi implements RuleApi {

	public static final EvaluationRuleApi INSTANCE = new EvaluationRuleApi();

	private static final List<Class<?>> TYPES = List.of(Outcome.class, Subject.class, Period.class, ProjectPlace.class,
			Evaluated.class, ScoreLine.class, GateResult.class, Defect.class, Finding.class, ProposedDeduction.class, Award.class,
			Rank.class, Status.class, Required.class, Names.class, Latest.class, Mean.class, Ranking.class, Months.class, Exact.class);

	private EvaluationRuleApi() {
	}

	@Override
	public List<Class<?>> types() {
		return TYPES;
	}

}
