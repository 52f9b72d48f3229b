package org.redproperty.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.redproperty.facts.DistrictScope;
import org.redproperty.facts.FactStore;
import org.redproperty.facts.Revisions;
import org.redproperty.ruleset.Rulesets;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diffs of stored evaluations with the causes of each change ({@link Attribution}): of two evaluations asked for
 * by id, or of the pairs of one page of a job's changes, which share their evaluations again.
 */
@Service
public class DiffService {

	/** The zone of the days a reason gives for a revision, the zone of the dates records carry. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Evaluations evaluations;

	private final Rulesets rulesets;

	private final FactStore facts;

	private final Revisions revisions;

	private final Evaluator evaluator;

	private final ObjectMapper objectMapper;

	private final DistrictScope scope;

	DiffService(Evaluations evaluations, Rulesets rulesets, FactStore facts, Revisions revisions, Evaluator evaluator,
			ObjectMapper objectMapper, DistrictScope scope) {
		this.scope = scope;
		this.evaluations = evaluations;
		this.rulesets = rulesets;
		this.facts = facts;
		this.revisions = revisions;
		this.evaluator = evaluator;
		this.objectMapper = objectMapper;
	}

	/** What differs from evaluation {@code against} to evaluation {@code id}, and why. */
	@Transactional(readOnly = true)
	public EvaluationDiff diff(String id, String against) {
		Map<String, Evaluations.Stored> found = this.evaluations.findAll(List.of(id, against));
		Evaluations.Stored to = stored(found, id);
		Evaluations.Stored from = stored(found, against);
		Evaluation a = from.evaluation();
		Evaluation b = to.evaluation();
		if (a.subjectType() != b.subjectType() || !a.subjectId().equals(b.subjectId())) {
			throw EvaluationException.unprocessable("DIFF_OTHER_SUBJECT", "只能比较同一对象的两次评价：评价「" + against + "」是"
					+ a.subjectType().label() + " " + a.subjectId() + "，评价「" + id + "」是" + b.subjectType().label() + " "
					+ b.subjectId());
		}
		if (!a.scheme().equals(b.scheme())) {
			throw EvaluationException.unprocessable("DIFF_OTHER_SCHEME", "只能比较同一评价方案的两次评价：评价「" + against + "」按 "
					+ a.scheme() + "，评价「" + id + "」按 " + b.scheme());
		}
		if (!java.util.Objects.equals(a.period(), b.period())) {
			throw EvaluationException.unprocessable("DIFF_OTHER_PERIOD", "只能比较同一评价期间的两次评价：评价「" + against
					+ "」的评价期间是 " + a.period() + "，评价「" + id + "」的是 " + b.period());
		}
		return attribution().diff(from, to);
	}

	/**
	 * The diffs of the pairs, evaluating each whole scope once per set of factors for all of them (the subjects of
	 * one page of a job's changes). Each pair is of one subject and scheme; a pair that cannot be attributed (the
	 * snapshot of a ruleset it used is missing) has a null diff, and the others are answered.
	 */
	@Transactional(readOnly = true)
	public List<EvaluationDiff> between(List<Pair> pairs) {
		Attribution attribution = attribution();
		List<EvaluationDiff> diffs = new ArrayList<>(pairs.size());
		for (Pair pair : pairs) {
			try {
				diffs.add(attribution.diff(pair.from(), pair.to()));
			}
			catch (EvaluationException ex) {
				diffs.add(null);
			}
		}
		return diffs;
	}

	/** One attribution, for one request: rulesets, facts and re-evaluations read once and shared. */
	private Attribution attribution() {
		Map<Long, LocalDate> days = new HashMap<>();
		return new Attribution(new Reevaluations(this.rulesets, this.facts, this.evaluator), this.objectMapper,
				new DiffReasons((revision) -> days.computeIfAbsent(revision, (r) -> this.revisions.find(r)
					.map((recorded) -> LocalDate.ofInstant(recorded.recordedAt(), CHINA))
					.orElse(null))));
	}

	private Evaluations.Stored stored(Map<String, Evaluations.Stored> found, String id) {
		Evaluations.Stored stored = found.get(id);
		// An evaluation outside the caller's district is answered as if it did not exist.
		if (stored == null
				|| !this.scope.visible(stored.evaluation().subjectType(), stored.evaluation().subjectId())) {
			throw EvaluationException.notFound("EVALUATION_NOT_FOUND", "评价结果「" + id + "」不存在");
		}
		if (stored.read() == null) {
			throw EvaluationException.unprocessable("DIFF_WITHOUT_REVISION", "评价「" + id
					+ "」存于事实修订版本之前，没有记下所读事实的修订版本，无法逐项归因；请重新评价后再比较");
		}
		return stored;
	}

	/** Two stored evaluations of one subject, the earlier state first. */
	public record Pair(Evaluations.Stored from, Evaluations.Stored to) {
	}

}
