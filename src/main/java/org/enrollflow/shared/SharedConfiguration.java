package org.enrollflow.shared;

import java.time.Clock;
import java.time.ZoneId;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	/** Names with characters outside the BMP (𠮷) go out as UTF-8, not as escaped surrogate pairs. */
	@Bean
	Jackson2ObjectMapperBuilderCustomizer utf8Surrogates() {
		return builder -> builder
			.factory(JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build());
	}

	@Bean
	Clock clock(@Value("${enrollflow.time-zone:Asia/Shanghai}") ZoneId zone) {
		return new EngineClock(zone);
	}

}
