package org.redproperty.rules.gold;

import org.redproperty.rules.RulesFolder;

/** {@code rules/gold-red-property/2019}, compiled once per JVM for every test of this package. */
final class GoldRules {

	static final RulesFolder FOLDER = RulesFolder.load("gold-red-property", 2019);

	private GoldRules() {
	}

}
