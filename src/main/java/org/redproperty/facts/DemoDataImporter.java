package org.redproperty.facts;

import java.io.IOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On start with an empty database, imports the demo dataset when {@code app.demo.enabled} is set. */
@Component
class DemoDataImporter implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataImporter.class);

	private final DemoProperties properties;

	private final DatasetService datasets;

	private final JdbcClient jdbc;

	private final ObjectMapper objectMapper;

	DemoDataImporter(DemoProperties properties, DatasetService datasets, JdbcClient jdbc, ObjectMapper objectMapper) {
		this.properties = properties;
		this.datasets = datasets;
		this.jdbc = jdbc;
		this.objectMapper = objectMapper;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.enabled()) {
			return;
		}
		Integer districts = this.jdbc.sql("SELECT COUNT(*) FROM districts").query(Integer.class).single();
		if (districts > 0) {
			return;
		}
		if (!Files.isRegularFile(this.properties.dataset())) {
			logger.warn("演示数据文件 {} 不存在，未导入", this.properties.dataset().toAbsolutePath());
			return;
		}
		DatasetService.ImportSummary summary = this.datasets
			.importDataset(this.objectMapper.readTree(this.properties.dataset().toFile()));
		logger.info("数据库为空，已导入演示数据 {}：共 {} 条", this.properties.dataset(), summary.total());
	}

}
