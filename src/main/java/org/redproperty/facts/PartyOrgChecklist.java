package org.redproperty.facts;

import java.util.ArrayList;
import java.util.List;

/** 六必有: 场所, 党旗, 入党誓词, 班子责任分工, 支部工作计划, 公示栏. */
public record PartyOrgChecklist(boolean venue, boolean flag, boolean oath, boolean dutyDivision, boolean workPlan,
		boolean noticeBoard) {

	public boolean complete() {
		return this.venue && this.flag && this.oath && this.dutyDivision && this.workPlan && this.noticeBoard;
	}

	/** The items that are missing, in the order of 六必有, joined with 、 (empty when complete). */
	public String missing() {
		List<String> missing = new ArrayList<>();
		addUnless(this.venue, "场所", missing);
		addUnless(this.flag, "党旗", missing);
		addUnless(this.oath, "入党誓词", missing);
		addUnless(this.dutyDivision, "班子责任分工", missing);
		addUnless(this.workPlan, "支部工作计划", missing);
		addUnless(this.noticeBoard, "公示栏", missing);
		return String.join("、", missing);
	}

	private static void addUnless(boolean present, String item, List<String> missing) {
		if (!present) {
			missing.add(item);
		}
	}

}
