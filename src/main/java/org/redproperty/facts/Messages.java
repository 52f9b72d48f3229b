package org.redproperty.facts;

import java.util.Map;

/** Chinese names of the fact kinds, for messages. */
final class Messages {

	private static final Map<FactKind, String> NAMES = Map.ofEntries(Map.entry(FactKind.DISTRICTS, "区"),
			Map.entry(FactKind.STREETS, "街道（镇）"), Map.entry(FactKind.COMMUNITIES, "社区"),
			Map.entry(FactKind.COMPANIES, "物业服务企业"), Map.entry(FactKind.PROJECTS, "物业服务项目"),
			Map.entry(FactKind.COMMITTEES, "业主委员会（或替代组织）"), Map.entry(FactKind.NOMINATIONS, "推荐记录"),
			Map.entry(FactKind.ACTIVITIES, "活动记录"), Map.entry(FactKind.INCIDENTS, "安全问题或事件"),
			Map.entry(FactKind.CREDIT_DEDUCTIONS, "信用分扣减"), Map.entry(FactKind.SURVEYS, "满意度调查"),
			Map.entry(FactKind.ASSESSMENTS, "评价打分"), Map.entry(FactKind.INDICATORS, "指标"),
			Map.entry(FactKind.INSPECTIONS, "现场打分"),
			Map.entry(FactKind.TITLES, "称号"));

	private Messages() {
	}

	static String kindName(FactKind kind) {
		return NAMES.get(kind);
	}

	static <E extends Enum<?>> E enumValue(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

}
