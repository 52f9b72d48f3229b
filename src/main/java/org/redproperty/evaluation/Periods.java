package org.redproperty.evaluation;

import java.util.stream.Collectors;

import org.redproperty.ruleset.PeriodCode;
import org.redproperty.ruleset.RulesetManifest;

/**
 * The period a request names, checked against the manifest: required where the scheme declares periods, refused
 * where it declares none. Every path that starts an evaluation (a single one, a job, a what-if) asks here.
 */
public final class Periods {

	private Periods() {
	}

	/**
	 * The period of the scheme year that the code names, or null for a scheme without periods.
	 * @throws EvaluationException (400) if the code is missing, unknown to the manifest, or given where the scheme
	 * has no periods
	 */
	public static Period of(RulesetManifest manifest, String code) {
		if (!manifest.periodic()) {
			if (code != null) {
				throw EvaluationException.badRequest("PERIOD_NOT_APPLICABLE", "规则集 " + manifest.key()
						+ " 不分评价期间（清单没有 periods），请求不能写 period（现为「" + code + "」）");
			}
			return null;
		}
		String declared = manifest.periods().stream().map((p) -> p.name() + " " + p.label())
			.collect(Collectors.joining("、"));
		if (code == null || code.isBlank()) {
			throw EvaluationException.badRequest("PERIOD_REQUIRED",
					"规则集 " + manifest.key() + " 按评价期间评价，必须写 period：" + declared);
		}
		PeriodCode period = PeriodCode.of(code);
		if (period == null || !manifest.periods().contains(period)) {
			throw EvaluationException.badRequest("UNKNOWN_PERIOD",
					"评价期间「" + code + "」不是规则集 " + manifest.key() + " 的评价期间，应是 " + declared + " 之一");
		}
		return Period.of(period, manifest.year());
	}

}
