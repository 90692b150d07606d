package org.enrollflow.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs {@link OutboxDelivery#deliverDue()} every {@code enrollflow.outbox.delivery-interval} when
 * {@code enrollflow.outbox.scheduled-delivery} is on and an SMTP host is configured. Every node may run
 * it: the claims keep them from sending a message twice.
 */
@Component
class OutboxDeliverySchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(OutboxDeliverySchedule.class);

	private final OutboxDelivery delivery;

	private final NotificationSettings settings;

	OutboxDeliverySchedule(OutboxDelivery delivery, NotificationSettings settings) {
		this.delivery = delivery;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!settings.outbox().scheduledDelivery()) {
			log.info("Scheduled outbox delivery is off (enrollflow.outbox.scheduled-delivery): mail is kept in the outbox");
			return;
		}
		if (!delivery.canSend()) {
			log.info("No SMTP host is configured (spring.mail.host): mail is kept in the outbox");
			return;
		}
		Duration interval = settings.outbox().deliveryInterval();
		registrar.addFixedDelayTask(new FixedDelayTask(delivery::deliverDue, interval, interval));
	}

}
