package org.enrollflow.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.enrollflow.registry.RegistryOutageConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the test database, driven by headless Chromium
 * (Debian's {@code chromium} and {@code chromium-driver}) through {@link Browser}. Without them the
 * test is skipped, saying how to install them; with {@code -Denrollflow.browser-tests=required}
 * (as CI runs) a missing browser fails it instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RegistryOutageConfiguration.class)
@ExtendWith(Browser.Extension.class)
public @interface BrowserTest {

}
