package org.enrollflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTests {

	@Test
	void quotesTheVersion() {
		assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
	}

	@Test
	void writesWithoutConditionGoAhead() {
		assertThat(EntityTags.matches(null, 3)).isTrue();
		assertThat(EntityTags.matches(" ", 3)).isTrue();
	}

	@Test
	void matchesTheCurrentVersionQuotedBareOrAmongOthers() {
		assertThat(EntityTags.matches("\"3\"", 3)).isTrue();
		assertThat(EntityTags.matches("3", 3)).isTrue();
		assertThat(EntityTags.matches("\"2\", \"3\"", 3)).isTrue();
		assertThat(EntityTags.matches("*", 3)).isTrue();
	}

	@Test
	void refusesAnOtherVersionAndWeakTags() {
		assertThat(EntityTags.matches("\"2\"", 3)).isFalse();
		assertThat(EntityTags.matches("W/\"3\"", 3)).isFalse();
		assertThat(EntityTags.matches("not-a-version", 3)).isFalse();
	}

}
