package org.enrollflow.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The module's settings, under {@code enrollflow.document}.
 * @param maxSize the largest document accepted (e.g. {@code 5MB}); an upload is held in memory
 * while it is checked, so at most {@link #LARGEST_MAX_SIZE}
 * @param maxPerCase how many documents a case may hold at once
 */
@ConfigurationProperties("enrollflow.document")
record DocumentSettings(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("50") int maxPerCase) {

	static final DataSize LARGEST_MAX_SIZE = DataSize.ofMegabytes(100);

	DocumentSettings {
		if (maxSize.toBytes() < 1 || maxSize.compareTo(LARGEST_MAX_SIZE) > 0) {
			throw new IllegalArgumentException("enrollflow.document.max-size must be between 1B and " + LARGEST_MAX_SIZE);
		}
		if (maxPerCase < 1) {
			throw new IllegalArgumentException("enrollflow.document.max-per-case must be at least 1");
		}
	}

}
