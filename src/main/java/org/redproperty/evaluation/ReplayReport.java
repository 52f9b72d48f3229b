package org.redproperty.evaluation;

import java.util.List;

/** Whether re-running a stored evaluation on its own facts and ruleset snapshot gave the same result. */
public record ReplayReport(String evaluationId, String rulesetHash, boolean identical, String status,
		String replayedStatus, List<JsonDiff.Difference> differences) {
}
