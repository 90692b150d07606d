package org.enrollflow.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Imports the synthetic demo registry ({@code classpath:demo/*.csv}) through the same import the
 * administrators use. Imports are upserts, so every start of the demo leaves the same data. Runs after
 * the demo campaigns (which do not depend on it).
 */
@Component
@Order(3)
@ConditionalOnProperty("enrollflow.demo.enabled")
class DemoRegistryData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistryData.class);

	static final List<String> DATASETS = List.of("persons", "residence-permits", "properties", "purchase-contracts",
			"disabilities", "social-insurance", "catchments");

	private final RegistryImports imports;

	DemoRegistryData(RegistryImports imports) {
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (String dataset : DATASETS) {
			try (Reader csv = new InputStreamReader(new ClassPathResource("demo/" + dataset + ".csv").getInputStream(),
					StandardCharsets.UTF_8)) {
				ImportReport report = imports.importCsv(dataset, csv);
				if (!report.rejected().isEmpty()) {
					throw new IllegalStateException("Demo dataset " + dataset + " has rejected lines: " + report.rejected());
				}
				log.info("Demo registry: {} {} records", report.imported(), dataset);
			}
		}
	}

}
