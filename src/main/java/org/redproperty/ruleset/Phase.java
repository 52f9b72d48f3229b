package org.redproperty.ruleset;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A named phase of evaluation, declared once in the manifest; a rule joins it with {@code agenda-group "<name>"}.
 * Phases run in the order the manifest lists them. Those of step {@code each} run for every project or company on
 * its own facts; those of step {@code together} run once over the outcomes of the first step, for streets,
 * communities, districts and rankings.
 */
public record Phase(String name, String label, Step step) {

	/** The two steps of an evaluation. */
	public enum Step {

		/** Each project or company on its own. */
		EACH("each", "第一步：逐个评价项目、企业"),
		/** Once over the first step's outcomes of the same run. */
		TOGETHER("together", "第二步：在第一步的结果上评价街道、社区、区和排名");

		private final String keyword;

		private final String label;

		Step(String keyword, String label) {
			this.keyword = keyword;
			this.label = label;
		}

		@JsonValue
		public String keyword() {
			return this.keyword;
		}

		public String label() {
			return this.label;
		}

	}

}
