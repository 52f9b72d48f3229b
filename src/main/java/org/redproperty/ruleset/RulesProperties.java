package org.redproperty.ruleset;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the ruleset folders are ({@code app.rules.dir}, by default {@code rules} beside the working directory).
 */
@ConfigurationProperties("app.rules")
public record RulesProperties(@DefaultValue("rules") Path dir) {
}
