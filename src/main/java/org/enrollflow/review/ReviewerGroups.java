package org.enrollflow.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.campaign.SchoolRegistered;
import org.enrollflow.campaign.SchoolView;
import org.enrollflow.campaign.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sets up the reviewer groups of a school that joins a campaign, in the transaction that registers
 * it: {@code school-{code}}, {@code district-{district}} and the bureau's {@code district-{region}},
 * each with access to Tasklist, read access to process definitions (the task's process name and
 * diagram) and a task filter of its own. Tasks themselves need no grant here: the engine gives each
 * task's candidate group read and work permission on that task alone. Running it again changes
 * nothing.
 */
@Component
class ReviewerGroups {

	private static final Logger log = LoggerFactory.getLogger(ReviewerGroups.class);

	private static final String TASKLIST = "tasklist";

	private static final String ANY = "*";

	private static final String TASK_FILTERS = "Task";

	private static final Locale GROUP_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final IdentityService identity;

	private final FilterService filters;

	private final TaskService tasks;

	private final Grants grants;

	private final Campaigns campaigns;

	private final Schools schools;

	private final MessageSource messages;

	ReviewerGroups(IdentityService identity, FilterService filters, TaskService tasks, Grants grants, Campaigns campaigns,
			Schools schools, MessageSource messages) {
		this.identity = identity;
		this.filters = filters;
		this.tasks = tasks;
		this.grants = grants;
		this.campaigns = campaigns;
		this.schools = schools;
		this.messages = messages;
	}

	@EventListener
	void schoolRegistered(SchoolRegistered school) {
		String schoolName = schools.find(school.schoolId()).map(SchoolView::name).orElse(school.code());
		String schoolGroup = ReviewGroups.schoolGroup(school.code());
		ensure(schoolGroup, message("review.group.school", schoolName), message("review.filter.school", school.code()));
		grants.grant(schoolGroup, Resources.FILTER, todaysAppointments(schoolGroup, school.code()).getId(),
				Permissions.READ);
		ensureDistrict(school.district());
		campaigns.find(school.campaignId())
			.map(CampaignView::region)
			.filter(region -> !region.equals(school.district()))
			.ifPresent(this::ensureDistrict);
	}

	/**
	 * Sets up the auditors' group of a district, {@code district-{district}}, as a school's
	 * registration does: for the points path, whose tasks go to the district the family registered
	 * in, which no school of the campaign need be in. Running it again changes nothing.
	 */
	void ensureDistrict(String district) {
		ensure(ReviewGroups.districtGroup(district), message("review.group.district", district),
				message("review.filter.district", district));
	}

	private void ensure(String groupId, String groupName, String filterName) {
		if (identity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identity.newGroup(groupId);
			group.setName(groupName);
			group.setType(Groups.GROUP_TYPE_WORKFLOW);
			identity.saveGroup(group);
			log.info("Created reviewer group {}", groupId);
		}
		grants.grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
		grants.grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
		grants.grant(groupId, Resources.FILTER, filterOf(groupId, filterName).getId(), Permissions.READ);
	}

	/** The school's on-site reviews due today: review tasks are due when the family's slot begins. */
	private Filter todaysAppointments(String groupId, String schoolCode) {
		String filterName = message("review.filter.today", schoolCode);
		return existingFilter(filterName).orElseGet(() -> {
			Filter filter = filters.newTaskFilter(filterName);
			TaskQuery query = tasks.createTaskQuery()
				.taskCandidateGroup(groupId)
				.includeAssignedTasks()
				.dueAfterExpression("${dateTime().withTimeAtStartOfDay()}")
				.dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1)}")
				.orderByDueDate()
				.asc();
			filter.setQuery(query);
			filter.setProperties(Map.of("description", message("review.filter.todayDescription", groupId), "priority", 5,
					"refresh", true, "variables",
					List.of(Map.of("name", FormFact.CHILD_NAME, "label", message("review.filter.childName")))));
			return filters.saveFilter(filter);
		});
	}

	private Optional<Filter> existingFilter(String filterName) {
		return filters.createFilterQuery().filterResourceType(TASK_FILTERS).filterName(filterName).list().stream().findFirst();
	}

	private Filter filterOf(String groupId, String filterName) {
		return existingFilter(filterName).orElseGet(() -> {
			Filter filter = filters.newTaskFilter(filterName);
			filter.setQuery(tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks());
			filter.setProperties(Map.of("description", message("review.filter.description", groupId), "priority", 10,
					"refresh", true, "variables",
					List.of(Map.of("name", FormFact.CHILD_NAME, "label", message("review.filter.childName")))));
			return filters.saveFilter(filter);
		});
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, GROUP_LANGUAGE);
	}

}
