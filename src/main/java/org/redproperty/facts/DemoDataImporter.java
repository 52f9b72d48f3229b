package org.redproperty.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On start with an empty database, imports the demo datasets when {@code app.demo.enabled} is set: all files merged
 * into one import, so that they are imported all together or not at all.
 */
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
		ObjectNode merged = this.objectMapper.createObjectNode();
		for (Path file : this.properties.datasets()) {
			if (!Files.isRegularFile(file)) {
				logger.warn("演示数据文件 {} 不存在，演示数据全部未导入", file.toAbsolutePath());
				return;
			}
			JsonNode dataset = this.objectMapper.readTree(file.toFile());
			dataset.fields().forEachRemaining((kind) -> merged.withArray(kind.getKey()).addAll((ArrayNode) kind.getValue()));
		}
		// One import of all files together: it is refused whole if any row of any file is bad.
		DatasetService.ImportSummary summary = this.datasets.importDataset(merged, "demo " + this.properties.datasets()
			.stream()
			.map((file) -> file.getFileName().toString())
			.toList());
		logger.info("数据库为空，已导入演示数据 {}：共 {} 条", this.properties.datasets(), summary.total());
	}

}
