package org.enrollflow.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where the API, Tasklist and Cockpit are and how to log in. */
@Component
@ConditionalOnProperty("enrollflow.demo.enabled")
class DemoWelcome {

	private static final Logger log = LoggerFactory.getLogger(DemoWelcome.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		log.info("""

				EnrollFlow demo is ready (H2 in ./data; mail stays in the outbox unless SPRING_MAIL_HOST is set)
				  API       {}/api   (OpenAPI {}/v3/api-docs)   parents: create an account first, see README
				  Tasklist  {}/camunda/app/tasklist/   reviewer-tn01 / demo, reviewer-wj01 / demo, auditor-3204 / demo, auditor-350212 / demo
				  Cockpit   {}/camunda/app/cockpit/    admin / admin
				""", base, base, base, base);
	}

}
