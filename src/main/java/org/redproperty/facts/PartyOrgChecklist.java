package org.redproperty.facts;

/** 六必有: 场所, 党旗, 入党誓词, 班子责任分工, 支部工作计划, 公示栏. */
public record PartyOrgChecklist(boolean venue, boolean flag, boolean oath, boolean dutyDivision, boolean workPlan,
		boolean noticeBoard) {

	public boolean complete() {
		return this.venue && this.flag && this.oath && this.dutyDivision && this.workPlan && this.noticeBoard;
	}

}
