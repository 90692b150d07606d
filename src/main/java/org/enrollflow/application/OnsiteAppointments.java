package org.enrollflow.application;

import java.time.Clock;
import java.util.UUID;

import org.enrollflow.appointment.Appointments;
import org.enrollflow.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the on-site review appointment steps do to a case; the process decides when. */
@Service
@Transactional
class OnsiteAppointments {

	private final ApplicationRepository repository;
	private final CaseSchool schools;
	private final Appointments appointments;
	private final StatusMails mails;
	private final Clock clock;

	OnsiteAppointments(ApplicationRepository repository, CaseSchool schools, Appointments appointments,
			StatusMails mails, Clock clock) {
		this.repository = repository;
		this.schools = schools;
		this.appointments = appointments;
		this.mails = mails;
		this.clock = clock;
	}

	/** Gives the case the earliest free slot of its school; false when there is none. */
	boolean assignEarliest(UUID applicationId) {
		Application application = load(applicationId);
		UUID schoolId = schools.of(application).map(school -> school.id()).orElse(null);
		if (schoolId == null) {
			return false;
		}
		try {
			appointments.assignEarliest(applicationId, schoolId);
		}
		catch (ProblemException ex) {
			return false;
		}
		application.recordAction("APPOINTMENT_ASSIGNED", clock.instant(), Actor.SYSTEM);
		return true;
	}

	void sendNotice(UUID applicationId) {
		Application application = load(applicationId);
		appointments.current(applicationId).ifPresent(appointment -> mails.appointmentNotice(application, appointment));
	}

	void sendReminder(UUID applicationId) {
		Application application = load(applicationId);
		appointments.current(applicationId).ifPresent(appointment -> mails.appointmentReminder(application, appointment));
	}

	/** Records that the family did not come, tells them, and returns how often it happened. */
	int recordNoShow(UUID applicationId) {
		Application application = load(applicationId);
		int noShows = appointments.markNoShow(applicationId).noShows();
		application.recordAction("NO_SHOW", clock.instant(), Actor.SYSTEM);
		mails.missedAppointment(application, noShows > 1);
		return noShows;
	}

	private Application load(UUID applicationId) {
		return repository.findById(applicationId)
			.orElseThrow(() -> new IllegalStateException("No application " + applicationId));
	}

}
