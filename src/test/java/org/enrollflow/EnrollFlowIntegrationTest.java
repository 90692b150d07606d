package org.enrollflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.enrollflow.registry.RegistryOutageConfiguration;
import org.enrollflow.testing.Scenarios;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test database, with the job executor off so that tests run jobs
 * and move the engine clock themselves. Every integration and process test uses this one
 * configuration, so they all share a single application context. The registry, which stands for
 * the government's systems, can be taken down by a test through {@code RegistryOutage}; tests
 * start their campaigns through {@link Scenarios}. The server
 * listens on a random port, so that browser tests ({@code BrowserTest}) share this context and its
 * one process engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ RegistryOutageConfiguration.class, Scenarios.class })
public @interface EnrollFlowIntegrationTest {

}
