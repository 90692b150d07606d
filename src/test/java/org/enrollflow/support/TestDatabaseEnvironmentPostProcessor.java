package org.enrollflow.support;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the tests at PostgreSQL when the system property {@code enrollflow.test.database} is
 * {@code postgresql} (the failsafe run): at a fresh database on the server that
 * {@code enrollflow.test.postgres-url} or the environment variable
 * {@code ENROLLFLOW_TEST_POSTGRES_URL} names, else on an embedded PostgreSQL. Without the property
 * the tests keep the in-memory H2 database of the {@code test} profile.
 */
class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String DATABASE_PROPERTY = "enrollflow.test.database";

	static final String SERVER_URL_PROPERTY = "enrollflow.test.postgres-url";

	static final String SERVER_URL_VARIABLE = "ENROLLFLOW_TEST_POSTGRES_URL";

	private final Log log;

	TestDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(TestDatabaseEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!"postgresql".equals(System.getProperty(DATABASE_PROPERTY))) {
			return;
		}
		PostgresTestDatabase database = PostgresTestDatabase.obtain(serverUrl(), log);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("enrollflowTestDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password())));
	}

	private static String serverUrl() {
		String url = System.getProperty(SERVER_URL_PROPERTY);
		// Maven passes its ${env...} expression through unresolved when the variable is unset.
		if (!StringUtils.hasText(url) || url.contains("${")) {
			url = System.getenv(SERVER_URL_VARIABLE);
		}
		return StringUtils.hasText(url) ? url.strip() : null;
	}

}
