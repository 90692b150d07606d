package org.enrollflow.review;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo reviewers with the password {@code demo}: one per demo school and one for the bureau. Their
 * groups come from the demo schools' registration.
 */
@Component
@Order(3)
@ConditionalOnProperty("enrollflow.demo.enabled")
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private static final String PASSWORD = "demo";

	private static final Map<String, String> REVIEWERS = Map.of("reviewer-tn01", ReviewGroups.schoolGroup("TN01"),
			"reviewer-wj01", ReviewGroups.schoolGroup("WJ01"), "auditor-3204", ReviewGroups.districtGroup("3204"));

	private final IdentityService identity;

	DemoStaff(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		REVIEWERS.forEach((userId, groupId) -> {
			if (identity.createUserQuery().userId(userId).count() > 0) {
				return;
			}
			User user = identity.newUser(userId);
			user.setFirstName(userId);
			user.setLastName("Demo");
			user.setPassword(PASSWORD);
			identity.saveUser(user);
			identity.createMembership(userId, groupId);
			log.info("Created demo reviewer {} in {}", userId, groupId);
		});
	}

}
