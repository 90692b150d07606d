package org.enrollflow.application;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The on-site review appointment steps of the general enrollment process, each one call. */
final class AppointmentDelegates {

	private AppointmentDelegates() {
	}

	private static UUID applicationId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}

	/** The family chose no slot in time: the earliest free slot of their school is theirs. */
	@Component("assignEarliestSlotDelegate")
	static class AssignEarliestSlot implements JavaDelegate {

		private final OnsiteAppointments appointments;

		AssignEarliestSlot(OnsiteAppointments appointments) {
			this.appointments = appointments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			if (!appointments.assignEarliest(applicationId(execution))) {
				throw new BpmnError(GeneralEnrollmentProcess.ERROR_NO_FREE_SLOT);
			}
		}

	}

	@Component("sendAppointmentNoticeDelegate")
	static class SendAppointmentNotice implements JavaDelegate {

		private final OnsiteAppointments appointments;

		SendAppointmentNotice(OnsiteAppointments appointments) {
			this.appointments = appointments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			appointments.sendNotice(applicationId(execution));
		}

	}

	@Component("sendAppointmentReminderDelegate")
	static class SendAppointmentReminder implements JavaDelegate {

		private final OnsiteAppointments appointments;

		SendAppointmentReminder(OnsiteAppointments appointments) {
			this.appointments = appointments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			appointments.sendReminder(applicationId(execution));
		}

	}

	/** The family did not come: counted and told; the process gives them one more chance. */
	@Component("recordNoShowDelegate")
	static class RecordNoShow implements JavaDelegate {

		private final OnsiteAppointments appointments;

		RecordNoShow(OnsiteAppointments appointments) {
			this.appointments = appointments;
		}

		@Override
		public void execute(DelegateExecution execution) {
			execution.setVariable(GeneralEnrollmentProcess.VAR_NO_SHOWS, appointments.recordNoShow(applicationId(execution)));
		}

	}

}
