package org.enrollflow.registry;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryModeTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(HttpModeConfiguration.class);

	@Test
	void callsTheExchangeOverHttpInHttpMode() {
		context.withPropertyValues("enrollflow.registry.mode=http", "enrollflow.registry.base-url=https://exchange.example/v1",
				"enrollflow.registry.read-timeout=10s")
			.run(started -> {
				assertThat(started).hasSingleBean(RegistryGateway.class).hasSingleBean(HttpRegistryGateway.class);
				assertThat(started.getBean(RegistrySettings.class).readTimeout()).hasSeconds(10);
				assertThat(started.getBean(RegistrySettings.class).connectTimeout()).hasSeconds(2);
			});
	}

	@Test
	void leavesTheHttpAdapterOutByDefault() {
		context.run(started -> {
			assertThat(started).doesNotHaveBean(HttpRegistryGateway.class);
			assertThat(started.getBean(RegistrySettings.class).mode()).isEqualTo(RegistrySettings.Mode.EMBEDDED);
			assertThat(started.getBean(RegistrySettings.class).readTimeout()).hasSeconds(5);
		});
	}

	@Test
	void refusesToStartInHttpModeWithoutABaseUrl() {
		context.withPropertyValues("enrollflow.registry.mode=http").run(started -> assertThat(started).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RegistrySettings.class)
	@Import(HttpRegistryGateway.class)
	static class HttpModeConfiguration {

		@Bean
		RestClient.Builder restClientBuilder() {
			return RestClient.builder();
		}

	}

}
