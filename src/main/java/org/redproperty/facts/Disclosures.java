package org.redproperty.facts;

import java.util.ArrayList;
import java.util.List;

/** 三公开: 合同, 服务标准, 公共收益. */
public record Disclosures(boolean contract, boolean serviceStandard, boolean publicIncome) {

	public boolean complete() {
		return this.contract && this.serviceStandard && this.publicIncome;
	}

	/** What is not disclosed, joined with 、 (empty when all three are). */
	public String missing() {
		List<String> missing = new ArrayList<>();
		if (!this.contract) {
			missing.add("物业服务合同");
		}
		if (!this.serviceStandard) {
			missing.add("物业服务标准");
		}
		if (!this.publicIncome) {
			missing.add("小区公共收益");
		}
		return String.join("、", missing);
	}

}
