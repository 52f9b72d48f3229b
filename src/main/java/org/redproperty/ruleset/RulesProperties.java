package org.redproperty.ruleset;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the ruleset folders are ({@code app.rules.dir}, by default {@code rules} beside the working directory), and
 * how long a check of one folder may spend on its own tests ({@code app.rules.check-deadline}) before the folder is
 * refused: a check, a reload and the start-up are never held up longer by a rule that does not stop.
 */
@ConfigurationProperties("app.rules")
public record RulesProperties(@DefaultValue("rules") Path dir, @DefaultValue("60s") Duration checkDeadline) {

	/** The check deadline when none is configured. */
	public static final Duration CHECK_DEADLINE = Duration.ofSeconds(60);

	@ConstructorBinding
	public RulesProperties {
	}

	public RulesProperties(Path dir) {
		this(dir, CHECK_DEADLINE);
	}

}
