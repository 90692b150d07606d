package org.enrollflow.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole application of the integration tests (the same context, on its random port), driven
 * by headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) through
 * {@link Browser}. Without them the
 * test is skipped, saying how to install them; with {@code -Denrollflow.browser-tests=required}
 * (as CI runs) a missing browser fails it instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@EnrollFlowIntegrationTest
@ExtendWith(Browser.Extension.class)
public @interface BrowserTest {

}
