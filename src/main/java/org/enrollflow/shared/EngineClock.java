package org.enrollflow.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's clock as a {@link Clock}, so that windows checked on requests and timers
 * fired by the engine read the same time (and tests can move both at once).
 */
public final class EngineClock extends Clock {

	private final ZoneId zone;

	public EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
