package org.redproperty.facts;

/** 三公开: 合同, 服务标准, 公共收益. */
public record Disclosures(boolean contract, boolean serviceStandard, boolean publicIncome) {
}
