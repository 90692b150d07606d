package org.enrollflow.testing;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Starts the scenarios of integration, process and browser tests on the application under test:
 * each one a campaign of its own, with its schools, so that tests sharing the database do not meet.
 */
@TestComponent
public class Scenarios {

	private final MockMvc mvc;
	private final RuntimeService runtime;
	private final ManagementService management;
	private final TaskService tasks;
	private final IdentityService identity;

	Scenarios(MockMvc mvc, RuntimeService runtime, ManagementService management, TaskService tasks,
			IdentityService identity) {
		this.mvc = mvc;
		this.runtime = runtime;
		this.management = management;
		this.tasks = tasks;
		this.identity = identity;
	}

	/** A general-path campaign open now, with a public school. */
	public EnrollmentScenario general() throws Exception {
		return new EnrollmentScenario(mvc, runtime, management, tasks, identity);
	}

	/** A points-path campaign open now, beside a general-path one of its own. */
	public PointsScenario points() throws Exception {
		return points(general());
	}

	/**
	 * A new staff member (a Camunda user, as staff log in) in the group, which is created when it
	 * does not exist yet.
	 * @return the user id
	 */
	public String staff(String groupId, String password) {
		if (identity.createGroupQuery().groupId(groupId).count() == 0) {
			identity.saveGroup(identity.newGroup(groupId));
		}
		String userId = "staff-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(userId);
		user.setFirstName(userId);
		user.setLastName(groupId);
		user.setPassword(password);
		identity.saveUser(user);
		identity.createMembership(userId, groupId);
		return userId;
	}

	/** A points-path campaign open now, beside the general-path one given. */
	public PointsScenario points(EnrollmentScenario base) throws Exception {
		return new PointsScenario(base, runtime, management, tasks);
	}

}
