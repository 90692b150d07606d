package org.enrollflow.registry;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link RegistryOutage} in front of the embedded registry for every integration test. */
@TestConfiguration(proxyBeanMethods = false)
public class RegistryOutageConfiguration {

	@Bean
	@Primary
	RegistryOutage registryOutage(EmbeddedRegistryGateway embedded) {
		return new RegistryOutage(embedded);
	}

}
