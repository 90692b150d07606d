package org.enrollflow.account;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Lets Camunda user, group and tenant ids hold the separators this application's ids use
 * ({@code school-3204001}, {@code enrollment-admins}, {@code zhang.san@school.cn}); the engine's
 * default allows only letters and digits. Ids still start with a letter or digit, and nothing
 * that means something in HTML or a URL gets in. A pattern set in configuration
 * ({@code generalResourceWhitelistPattern}) wins.
 */
@Component
class IdentityIdPattern extends AbstractProcessEnginePlugin {

	private static final String PATTERN = "[a-zA-Z0-9][a-zA-Z0-9_.@-]*";

	private static final String ENGINE_DEFAULT = "[a-zA-Z0-9]+|camunda-admin";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (ENGINE_DEFAULT.equals(configuration.getGeneralResourceWhitelistPattern())) {
			configuration.setGeneralResourceWhitelistPattern(PATTERN);
		}
	}

}
