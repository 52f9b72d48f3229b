package org.redproperty.facts;

/** What can be evaluated or measured: the administrative tree, projects and companies. */
public enum SubjectType {

	DISTRICT("区"), STREET("街道/镇"), COMMUNITY("社区"), PROJECT("物业服务项目"), COMPANY("物业服务企业");

	private final String label;

	SubjectType(String label) {
		this.label = label;
	}

	/** The Chinese name, for messages and reports. */
	public String label() {
		return this.label;
	}

	/** The Chinese name with the code, e.g. {@code 物业服务企业（COMPANY）}, for messages. */
	public String labelWithCode() {
		return this.label + "（" + name() + "）";
	}

}
