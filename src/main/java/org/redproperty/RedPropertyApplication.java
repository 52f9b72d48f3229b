package org.redproperty;

import org.redproperty.cli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 红色物业评价服务: the web service, or one command line command (see {@link CommandLine}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RedPropertyApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			CommandLine.run(RedPropertyApplication.class, args);
		}
		else {
			SpringApplication.run(RedPropertyApplication.class, args);
		}
	}

}
