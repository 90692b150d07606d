package org.enrollflow.review;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.enrollflow.account.Caller;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the administrators' group ({@value Caller#ADMIN_GROUP}) every permission on every kind of
 * Camunda resource, as the engine's own administrators have, and a Tasklist filter with all tasks.
 */
@Component
class AdministratorAccess {

	private static final String ANY = "*";

	private static final String TASK_FILTERS = "Task";

	private final Grants grants;

	private final FilterService filters;

	private final TaskService tasks;

	private final MessageSource messages;

	AdministratorAccess(Grants grants, FilterService filters, TaskService tasks, MessageSource messages) {
		this.grants = grants;
		this.filters = filters;
		this.tasks = tasks;
		this.messages = messages;
	}

	@EventListener(ApplicationReadyEvent.class)
	void grant() {
		for (Resources resource : Resources.values()) {
			grants.grant(Caller.ADMIN_GROUP, resource, ANY, Permissions.ALL);
		}
		String name = messages.getMessage("review.filter.all", null, Locale.SIMPLIFIED_CHINESE);
		if (filters.createFilterQuery().filterResourceType(TASK_FILTERS).filterName(name).count() == 0) {
			Filter filter = filters.newTaskFilter(name);
			filter.setQuery(tasks.createTaskQuery());
			filter.setProperties(Map.of("priority", 100, "refresh", true));
			filters.saveFilter(filter);
		}
	}

}
