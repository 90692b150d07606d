package org.enrollflow.campaign;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the waiting timers of a campaign's process instances when its dates change. Timers read
 * their dates through {@link CampaignDates}; recalculating a timer job evaluates its expression
 * again. Runs in the transaction that changed the dates.
 */
@Component
class WaitingTimerRescheduler {

	static final String CAMPAIGN_ID_VARIABLE = "campaignId";

	static final int PAGE_SIZE = 100;

	private static final Logger log = LoggerFactory.getLogger(WaitingTimerRescheduler.class);

	private final RuntimeService runtime;

	private final ManagementService management;

	private final IdentityService identity;

	WaitingTimerRescheduler(RuntimeService runtime, ManagementService management, IdentityService identity) {
		this.runtime = runtime;
		this.management = management;
		this.identity = identity;
	}

	@EventListener
	void on(CampaignDatesChanged event) {
		// The timers follow the campaign whoever moved its dates: without an engine user, authorization
		// checks cannot hide instances the administrator's Camunda user may not read.
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			int moved = reschedule(event.campaignId().toString());
			log.info("Recalculated {} timer jobs of campaign {}", moved, event.campaignId());
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
		}
	}

	private int reschedule(String campaignId) {
		int moved = 0;
		int first = 0;
		List<ProcessInstance> page;
		do {
			page = runtime.createProcessInstanceQuery()
				.variableValueEquals(CAMPAIGN_ID_VARIABLE, campaignId)
				.orderByProcessInstanceId()
				.asc()
				.listPage(first, PAGE_SIZE);
			moved += recalculateTimers(page.stream().map(ProcessInstance::getId).collect(Collectors.toSet()));
			first += page.size();
		}
		while (page.size() == PAGE_SIZE);
		return moved;
	}

	/**
	 * Recalculates from each job's creation date, so that timers given as a duration stay where they
	 * are while those given as a date take the campaign's new date.
	 */
	private int recalculateTimers(Set<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return 0;
		}
		List<Job> timers = management.createJobQuery().processInstanceIds(processInstanceIds).timers().list();
		timers.forEach(timer -> management.recalculateJobDuedate(timer.getId(), true));
		return timers.size();
	}

}
