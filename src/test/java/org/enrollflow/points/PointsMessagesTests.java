package org.enrollflow.points;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class PointsMessagesTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "i18n/points.properties", "i18n/points_en.properties" })
	void namesEveryGuardianIdType(String bundle) throws IOException {
		Properties messages = load(bundle);

		assertThat(Stream.of(GuardianIdType.values()).map(GuardianIdType::messageKey))
			.allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
		assertThat(messages.getProperty("points.pinyin.unknown")).contains("{0}");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(GuardianIdType.class)
	void explainsEveryProblemInBothLanguages(GuardianIdType type) throws IOException {
		Properties chinese = new Properties();
		Properties english = new Properties();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			Properties target = resource.getFilename().endsWith("_en.properties") ? english : chinese;
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				target.load(reader);
			}
		}
		Stream<String> codes = (type == GuardianIdType.RESIDENT_ID)
				? Stream.of("ID_FORMAT", "ID_CHECK_DIGIT", "ID_BIRTH_DATE") : Stream.of("ID_FORMAT_" + type.name());

		assertThat(codes.map(code -> "problem." + code))
			.allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank())
			.allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
	}

	private static Properties load(String bundle) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(
				PointsMessagesTests.class.getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages;
	}

}
