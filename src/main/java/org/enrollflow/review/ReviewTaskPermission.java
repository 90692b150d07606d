package org.enrollflow.review;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * What the engine lets a task's candidate group and assignee do with it: {@code TASK_WORK} (read,
 * claim, complete with variables) rather than the engine's default {@code UPDATE}, which would also
 * let a reviewer hand a case to anyone or change its dates. A value set in configuration
 * ({@code defaultUserPermissionNameForTask}) wins.
 */
@Component
class ReviewTaskPermission extends AbstractProcessEnginePlugin {

	private static final String ENGINE_DEFAULT = "UPDATE";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (ENGINE_DEFAULT.equals(configuration.getDefaultUserPermissionNameForTask())) {
			configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
		}
	}

}
