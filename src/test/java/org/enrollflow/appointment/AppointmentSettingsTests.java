package org.enrollflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AppointmentSettingsTests {

	@Test
	void defaultsToADayForCutoffAndReminder() {
		AppointmentSettings settings = bind(Map.of());

		assertThat(settings.rescheduleCutoff()).isEqualTo(Duration.ofHours(24));
		assertThat(settings.reminderLead()).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void readsIsoDurations() {
		AppointmentSettings settings = bind(Map.of("enrollflow.appointment.reschedule-cutoff", "PT12H",
				"enrollflow.appointment.reminder-lead", "P2D"));

		assertThat(settings.rescheduleCutoff()).isEqualTo(Duration.ofHours(12));
		assertThat(settings.reminderLead()).isEqualTo(Duration.ofDays(2));
	}

	@Test
	void refusesNegativeDurations() {
		assertThatThrownBy(() -> bind(Map.of("enrollflow.appointment.reschedule-cutoff", "-PT1H")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("reschedule-cutoff");
		assertThatThrownBy(() -> bind(Map.of("enrollflow.appointment.reminder-lead", "-P1D")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("reminder-lead");
	}

	private static AppointmentSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("enrollflow.appointment", AppointmentSettings.class);
	}

}
