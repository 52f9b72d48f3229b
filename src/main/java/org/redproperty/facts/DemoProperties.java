package org.redproperty.facts;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The demo datasets imported together on first start into an empty database ({@code app.demo.*}). */
@ConfigurationProperties("app.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("fixtures/demo-zichuan.json") List<Path> datasets) {
}
