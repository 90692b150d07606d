package org.enrollflow.account;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure the administrators' Camunda group exists and that the administrator named in
 * {@code camunda.bpm.admin-user} belongs to it, so that the first administrator can log in to the API.
 */
@Component
class AdminGroup {

	private static final Logger log = LoggerFactory.getLogger(AdminGroup.class);

	private final IdentityService identity;

	private final CamundaBpmProperties camunda;

	AdminGroup(IdentityService identity, CamundaBpmProperties camunda) {
		this.identity = identity;
		this.camunda = camunda;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensure() {
		if (identity.createGroupQuery().groupId(Caller.ADMIN_GROUP).count() == 0) {
			Group group = identity.newGroup(Caller.ADMIN_GROUP);
			group.setName("招生管理员 Enrollment administrators");
			group.setType("SYSTEM");
			identity.saveGroup(group);
			log.info("Created Camunda group {}", Caller.ADMIN_GROUP);
		}
		Optional.ofNullable(camunda.getAdminUser())
			.map(AdminUserProperty::getId)
			.filter(id -> identity.createUserQuery().userId(id).count() > 0)
			.filter(id -> identity.createUserQuery().userId(id).memberOfGroup(Caller.ADMIN_GROUP).count() == 0)
			.ifPresent(id -> {
				identity.createMembership(id, Caller.ADMIN_GROUP);
				log.info("Added the configured admin user to {}", Caller.ADMIN_GROUP);
			});
	}

}
