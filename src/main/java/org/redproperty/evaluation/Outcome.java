package org.redproperty.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.redproperty.evaluation.vocabulary.Latest;
import org.redproperty.evaluation.vocabulary.Names;
import org.redproperty.ruleset.RuleInfo;

/**
 * The typed collector rules write their results through, as the global {@code outcome}. Each method builds a
 * result fact for the rule that is firing (its {@code @code} and {@code @clause} are filled in here), records it
 * and returns it so that the rule can {@code insert} it for later rules to read.
 *
 * <p>
 * Ratios are compared exactly: {@code numerator >= required × denominator} in decimal arithmetic; the actual
 * ratio shown is rounded to four places.
 */
public final class Outcome {

	private static final int RATIO_SCALE = 4;

	private final List<Result> results = new ArrayList<>();

	private RuleInfo firing = RuleInfo.NONE;

	void firing(RuleInfo rule) {
		this.firing = rule;
	}

	List<Result> results() {
		return this.results;
	}

	/** Points for a subject. */
	public ScoreLine points(String subjectId, Number points, String reason, String... evidence) {
		return points(subjectId, points, reason, Arrays.asList(evidence));
	}

	/**
	 * Points worth a value times its weight, e.g. a street assessment of 90 weighted 50% is 45 points; the reason reads
	 * {@code 街道评价打分 90 × 50%}.
	 */
	public ScoreLine weighted(String subjectId, Number value, Number weight, String measure, Collection<String> evidence) {
		BigDecimal v = decimal(value);
		BigDecimal w = decimal(weight);
		return points(subjectId, v.multiply(w).stripTrailingZeros(), measure + " " + plainOf(v) + " × " + percentOf(w),
				evidence);
	}

	public ScoreLine points(String subjectId, Number points, String reason, Collection<String> evidence) {
		return add(new ScoreLine(subjectId, this.firing.code(), decimal(points), reason, ids(evidence),
				this.firing.clause()));
	}

	/** A gate that holds when {@code actual >= required}. */
	public GateResult atLeast(String subjectId, Number actual, Number required, String measure,
			Collection<String> evidence) {
		return atLeast(subjectId, actual, required, measure, evidence, List.of());
	}

	public GateResult atLeast(String subjectId, Number actual, Number required, String measure, String... evidence) {
		return atLeast(subjectId, actual, required, measure, Arrays.asList(evidence));
	}

	/**
	 * A gate that holds when {@code actual >= required} and names the units it lacks, e.g. the months without a
	 * record ({@code $months.missingMonths(year, last)}): the path to a status makes one new record per unit.
	 */
	public GateResult atLeast(String subjectId, Number actual, Number required, String measure,
			Collection<String> evidence, Collection<String> missing) {
		BigDecimal a = decimal(actual);
		BigDecimal r = decimal(required);
		boolean passed = a.compareTo(r) >= 0;
		String reason = measure + "：实际 " + plainOf(a) + "，要求不少于 " + plainOf(r) + verdict(passed, r.subtract(a));
		return gate(subjectId, passed, r, a, reason, evidence, List.copyOf(missing));
	}

	/**
	 * A gate on the latest value of an indicator: holds when it is at least {@code required}; a missing indicator
	 * fails with an actual of zero. The measure shows the day the value was measured, or that none was reported.
	 */
	public GateResult atLeast(String subjectId, Latest latest, Number required, String measure) {
		return latest.present()
				? atLeast(subjectId, latest.value(), required, measure + "（" + latest.asOf() + "）", latest.id())
				: atLeast(subjectId, BigDecimal.ZERO, required, measure + "（未报送）");
	}

	/** A gate that holds when {@code actual <= required}. */
	public GateResult atMost(String subjectId, Number actual, Number required, String measure,
			Collection<String> evidence) {
		BigDecimal a = decimal(actual);
		BigDecimal r = decimal(required);
		boolean passed = a.compareTo(r) <= 0;
		String reason = measure + "：实际 " + plainOf(a) + "，要求不超过 " + plainOf(r) + verdict(passed, a.subtract(r));
		return gate(subjectId, passed, r, a, reason, evidence);
	}

	public GateResult atMost(String subjectId, Number actual, Number required, String measure, String... evidence) {
		return atMost(subjectId, actual, required, measure, Arrays.asList(evidence));
	}

	/**
	 * A gate that holds when {@code numerator / denominator >= required}, compared exactly. An empty denominator
	 * gives a ratio of zero.
	 */
	public GateResult ratioAtLeast(String subjectId, Number numerator, Number denominator, Number required,
			String measure, Collection<String> evidence) {
		BigDecimal n = decimal(numerator);
		BigDecimal d = decimal(denominator);
		BigDecimal r = decimal(required);
		boolean passed = (d.signum() > 0) ? n.compareTo(r.multiply(d)) >= 0 : r.signum() <= 0;
		BigDecimal a = (d.signum() > 0) ? n.divide(d, RATIO_SCALE, RoundingMode.HALF_UP) : BigDecimal.ZERO;
		BigDecimal gap = passed ? BigDecimal.ZERO : r.subtract(a).max(BigDecimal.ZERO);
		String reason = measure + "：" + plainOf(n) + "/" + plainOf(d) + "，即 " + percentOf(a) + "，要求不低于 "
				+ percentOf(r) + (passed ? "，达标" : "，差 " + percentOf(gap));
		return add(new GateResult(subjectId, this.firing.code(), passed, r.stripTrailingZeros(),
				a.stripTrailingZeros(), gap.stripTrailingZeros(), reason, ids(evidence), this.firing.clause(), List.of()));
	}

	public GateResult ratioAtLeast(String subjectId, Number numerator, Number denominator, Number required,
			String measure, String... evidence) {
		return ratioAtLeast(subjectId, numerator, denominator, required, measure, Arrays.asList(evidence));
	}

	/** A yes-or-no gate: required 1, actual 1 when it holds and 0 when not. */
	public GateResult check(String subjectId, boolean passed, String reason, Collection<String> evidence) {
		return gate(subjectId, passed, BigDecimal.ONE, passed ? BigDecimal.ONE : BigDecimal.ZERO, reason, evidence);
	}

	public GateResult check(String subjectId, boolean passed, String reason, String... evidence) {
		return check(subjectId, passed, reason, Arrays.asList(evidence));
	}

	/**
	 * Why a record does not count: the rule that fires is the defect's code, by which the manifest's
	 * {@code remedies.defects} says whether and how the record can be fixed. Insert it for later rules to read.
	 */
	public Defect defect(String subjectId, String recordId, String reason) {
		return add(new Defect(subjectId, this.firing.code(), recordId, reason, this.firing.clause()));
	}

	public Finding finding(String subjectId, String severity, String message, Collection<String> evidence) {
		return add(new Finding(subjectId, this.firing.code(), severity, message, ids(evidence), this.firing.clause()));
	}

	public Finding finding(String subjectId, String severity, String message, String... evidence) {
		return finding(subjectId, severity, message, Arrays.asList(evidence));
	}

	public ProposedDeduction deduction(String subjectId, String companyId, Number points, String reason,
			String... evidence) {
		return add(new ProposedDeduction(subjectId, this.firing.code(), companyId, decimal(points), reason,
				ids(Arrays.asList(evidence)), this.firing.clause()));
	}

	public Award award(String subjectId, String name, String holder) {
		return add(new Award(subjectId, this.firing.code(), name, holder, this.firing.clause()));
	}

	/** The subject's place in a ranking the rules made; 1 is the best. */
	public Rank rank(String subjectId, int rank, String reason, String... evidence) {
		return rank(subjectId, rank, reason, Arrays.asList(evidence));
	}

	/**
	 * The subject's place among others ranked by the same measure, ties sharing a place and the next place skipping
	 * (1, 2, 2, 4): {@code above} is how many rank strictly better, {@code tied} every subject with the same value
	 * (the subject itself included). The reason reads, e.g., {@code 综合得分 88，全区第 2 名（与另外 1 家并列）}.
	 */
	public Rank rankAmong(String subjectId, Number above, Names tied, String measure, String within) {
		int place = above.intValue() + 1;
		String tie = (tied.size() > 1) ? "（与另外 " + (tied.size() - 1) + " 家并列）" : "";
		return rank(subjectId, place, measure + "，" + within + "第 " + place + " 名" + tie, tied.list());
	}

	public Rank rank(String subjectId, int rank, String reason, Collection<String> evidence) {
		return add(new Rank(subjectId, this.firing.code(), rank, reason, ids(evidence), this.firing.clause()));
	}

	/** Shows a share as a percentage, e.g. {@code 0.5} as {@code 50%}. */
	public String percent(Number share) {
		return percentOf(decimal(share));
	}

	/** Shows a number without trailing zeros, e.g. {@code 88.50} as {@code 88.5}. */
	public String plain(Number number) {
		return plainOf(decimal(number));
	}

	public Status status(String subjectId, String value, String reason) {
		return add(new Status(subjectId, value, this.firing.code(), reason));
	}

	private GateResult gate(String subjectId, boolean passed, BigDecimal required, BigDecimal actual, String reason,
			Collection<String> evidence) {
		return gate(subjectId, passed, required, actual, reason, evidence, List.of());
	}

	private GateResult gate(String subjectId, boolean passed, BigDecimal required, BigDecimal actual, String reason,
			Collection<String> evidence, List<String> missing) {
		BigDecimal gap = passed ? BigDecimal.ZERO : required.subtract(actual).abs();
		return add(new GateResult(subjectId, this.firing.code(), passed, required, actual, gap, reason, ids(evidence),
				this.firing.clause(), passed ? List.of() : List.copyOf(missing)));
	}

	private <T extends Result> T add(T result) {
		this.results.add(result);
		return result;
	}

	private static List<String> ids(Collection<String> evidence) {
		return (evidence != null) ? evidence.stream().sorted().distinct().toList() : List.of();
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal d) ? d : new BigDecimal(number.toString());
	}

	private static String verdict(boolean passed, BigDecimal gap) {
		return passed ? "，达标" : "，差 " + plainOf(gap);
	}

	private static String plainOf(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static String percentOf(BigDecimal ratio) {
		return plainOf(ratio.movePointRight(2)) + "%";
	}

}
