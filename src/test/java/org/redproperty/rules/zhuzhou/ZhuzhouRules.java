package org.redproperty.rules.zhuzhou;

import org.redproperty.rules.RulesFolder;

/** {@code rules/zhuzhou-demo/2023}, compiled once per JVM for every test of this package. */
final class ZhuzhouRules {

	static final RulesFolder FOLDER = RulesFolder.load("zhuzhou-demo", 2023);

	private ZhuzhouRules() {
	}

}
