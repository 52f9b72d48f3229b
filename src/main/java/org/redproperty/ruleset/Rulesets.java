package org.redproperty.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The rulesets in service, compiled once at start-up from the rules directory. A folder that fails to compile is
 * left out and reported; the service starts with the others.
 */
@Component
public class Rulesets {

	private static final Logger logger = LoggerFactory.getLogger(Rulesets.class);

	private final List<LoadedRuleset> loaded;

	private final Map<RulesetKey, Ruleset> active;

	public Rulesets(RulesProperties properties) {
		this.loaded = new RulesetFolders().loadAll(properties.dir().toAbsolutePath().normalize());
		this.active = this.loaded.stream()
			.filter(LoadedRuleset::active)
			.map(LoadedRuleset::ruleset)
			.collect(Collectors.toUnmodifiableMap(Ruleset::key, Function.identity()));
		this.loaded.forEach(Rulesets::log);
	}

	public Optional<Ruleset> find(String scheme, int year) {
		return Optional.ofNullable(this.active.get(new RulesetKey(scheme, year)));
	}

	/** Every folder read at start-up, active or broken. */
	public List<LoadedRuleset> loaded() {
		return this.loaded;
	}

	private static void log(LoadedRuleset ruleset) {
		if (ruleset.active()) {
			logger.info("规则集 {} 已启用（{} 条规则，哈希 {}）", ruleset.location(), ruleset.ruleset().rules().size(),
					ruleset.hash());
		}
		else {
			logger.error("规则集 {} 有错误，未启用：{}", ruleset.location(), ruleset.errors());
		}
	}

}
