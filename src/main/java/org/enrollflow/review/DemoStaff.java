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
 * Demo reviewers with the password {@code demo}: one per demo school and one for the bureau, whose
 * groups come from the demo schools' registration; and the auditor of the points demo campaign's
 * district (厦门市同安区教育局, {@code district-350212}), whose group, Tasklist access and task
 * filter are set up here, since the points path needs no school in that district.
 */
@Component
@Order(3)
@ConditionalOnProperty("enrollflow.demo.enabled")
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private static final String PASSWORD = "demo";

	private static final Map<String, String> REVIEWERS = Map.of("reviewer-tn01", ReviewGroups.schoolGroup("TN01"),
			"reviewer-wj01", ReviewGroups.schoolGroup("WJ01"), "auditor-3204", ReviewGroups.districtGroup("3204"));

	/** District auditors of the points path, by user id: the district whose group they are in. */
	static final Map<String, String> DISTRICT_AUDITORS = Map.of("auditor-350212", "350212");

	private final IdentityService identity;

	private final ReviewerGroups groups;

	DemoStaff(IdentityService identity, ReviewerGroups groups) {
		this.identity = identity;
		this.groups = groups;
	}

	@Override
	public void run(ApplicationArguments args) {
		REVIEWERS.forEach(this::ensureReviewer);
		createDistrictAuditors();
	}

	/** The points path's district auditors, each in their district's group, which is set up first. */
	void createDistrictAuditors() {
		DISTRICT_AUDITORS.forEach((userId, district) -> {
			groups.ensureDistrict(district);
			ensureReviewer(userId, ReviewGroups.districtGroup(district));
		});
	}

	private void ensureReviewer(String userId, String groupId) {
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
	}

}
