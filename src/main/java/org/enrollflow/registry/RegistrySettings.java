package org.enrollflow.registry;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry module's settings, under {@code enrollflow.registry}.
 * @param mode {@code embedded} (the default: imported CSV datasets) or {@code http}
 * @param baseUrl the data exchange the HTTP adapter calls; required in {@code http} mode
 * @param connectTimeout how long the HTTP adapter waits for a connection
 * @param readTimeout how long the HTTP adapter waits for an answer
 */
@ConfigurationProperties("enrollflow.registry")
record RegistrySettings(@DefaultValue("embedded") Mode mode, URI baseUrl, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout) {

	static final String MODE_PROPERTY = "enrollflow.registry.mode";

	enum Mode {

		EMBEDDED, HTTP

	}

}
