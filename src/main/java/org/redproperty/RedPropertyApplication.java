package org.redproperty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 红色物业评价服务. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RedPropertyApplication {

	public static void main(String[] args) {
		SpringApplication.run(RedPropertyApplication.class, args);
	}

}
