package org.enrollflow.application;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.enrollflow.appointment.AppointmentView;
import org.enrollflow.appointment.Appointments;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Component;

/** The on-site review appointment steps of the general enrollment process. */
final class AppointmentDelegates {

	static final String NO_FREE_SLOT = "NO_FREE_SLOT";
	static final String VAR_NO_SHOWS = "noShows";

	private AppointmentDelegates() {
	}

	private static UUID applicationId(DelegateExecution execution) {
		return UUID.fromString(execution.getProcessBusinessKey());
	}

	/** The family chose no slot in time: the earliest free slot of their school is theirs. */
	@Component("assignEarliestSlotDelegate")
	static class AssignEarliestSlot implements JavaDelegate {

		private final ApplicationRepository repository;
		private final CaseSchool schools;
		private final Appointments appointments;
		private final Clock clock;

		AssignEarliestSlot(ApplicationRepository repository, CaseSchool schools, Appointments appointments, Clock clock) {
			this.repository = repository;
			this.schools = schools;
			this.appointments = appointments;
			this.clock = clock;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Application application = repository.findById(applicationId(execution)).orElseThrow();
			UUID schoolId = schools.of(application)
				.orElseThrow(() -> new BpmnError(NO_FREE_SLOT, "The case's address has no catchment school"))
				.id();
			try {
				appointments.assignEarliest(application.id(), schoolId);
			}
			catch (ProblemException ex) {
				throw new BpmnError(NO_FREE_SLOT, ex.code());
			}
			application.recordAction("APPOINTMENT_ASSIGNED", clock.instant(), Actor.SYSTEM);
		}

	}

	@Component("sendAppointmentNoticeDelegate")
	static class SendAppointmentNotice implements JavaDelegate {

		private final ApplicationRepository repository;
		private final Appointments appointments;
		private final StatusMails mails;

		SendAppointmentNotice(ApplicationRepository repository, Appointments appointments, StatusMails mails) {
			this.repository = repository;
			this.appointments = appointments;
			this.mails = mails;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Application application = repository.findById(applicationId(execution)).orElseThrow();
			AppointmentView appointment = appointments.current(application.id()).orElseThrow();
			mails.appointmentNotice(application, appointment);
		}

	}

	@Component("sendAppointmentReminderDelegate")
	static class SendAppointmentReminder implements JavaDelegate {

		private final ApplicationRepository repository;
		private final Appointments appointments;
		private final StatusMails mails;

		SendAppointmentReminder(ApplicationRepository repository, Appointments appointments, StatusMails mails) {
			this.repository = repository;
			this.appointments = appointments;
			this.mails = mails;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Application application = repository.findById(applicationId(execution)).orElseThrow();
			appointments.current(application.id()).ifPresent(appointment -> mails.appointmentReminder(application, appointment));
		}

	}

	/** The family did not come: counted, told, and given one more chance to book. */
	@Component("recordNoShowDelegate")
	static class RecordNoShow implements JavaDelegate {

		private final ApplicationRepository repository;
		private final Appointments appointments;
		private final StatusMails mails;
		private final Clock clock;

		RecordNoShow(ApplicationRepository repository, Appointments appointments, StatusMails mails, Clock clock) {
			this.repository = repository;
			this.appointments = appointments;
			this.mails = mails;
			this.clock = clock;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Application application = repository.findById(applicationId(execution)).orElseThrow();
			int noShows = appointments.markNoShow(application.id()).noShows();
			application.recordAction("NO_SHOW", clock.instant(), Actor.SYSTEM);
			mails.missedAppointment(application, noShows > 1);
			execution.setVariable(VAR_NO_SHOWS, noShows);
		}

	}

}
