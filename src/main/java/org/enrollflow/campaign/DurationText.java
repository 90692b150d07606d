package org.enrollflow.campaign;

import java.time.Duration;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Duration} as its ISO-8601 text ({@code PT48H}), readable in the database on its
 * own and the same in H2 and PostgreSQL.
 */
@Converter
class DurationText implements AttributeConverter<Duration, String> {

	@Override
	public String convertToDatabaseColumn(Duration duration) {
		return duration == null ? null : duration.toString();
	}

	@Override
	public Duration convertToEntityAttribute(String text) {
		return text == null ? null : Duration.parse(text);
	}

}
