package org.enrollflow.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	@Bean
	Clock clock(@Value("${enrollflow.time-zone:Asia/Shanghai}") ZoneId zone) {
		return new EngineClock(zone);
	}

}
