package org.enrollflow.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's Chinese locale against the English one of the Camunda version on the classpath: the
 * same labels (a Camunda upgrade that adds one fails here until it is translated), the same
 * placeholders in each, the same date settings; and the configuration offers both languages.
 */
class TasklistLocaleTests {

	private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|<[^>]+>");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theChineseLocaleHasEveryEnglishLabelWithItsPlaceholders() throws IOException {
		JsonNode english = read(LOCALES + "en.json");
		JsonNode chinese = read(LOCALES + "zh.json");

		assertThat(names(chinese.get("labels"))).containsExactlyElementsOf(names(english.get("labels")));
		english.get("labels").fields().forEachRemaining(label -> {
			String translated = chinese.get("labels").get(label.getKey()).asText();
			assertThat(placeholders(translated)).as(label.getKey())
				.containsExactlyInAnyOrderElementsOf(placeholders(label.getValue().asText()));
			if (!label.getValue().asText().isBlank()) {
				assertThat(translated).as(label.getKey()).isNotBlank();
			}
		});
		assertThat(names(chinese.get("dateLocales"))).containsExactlyInAnyOrderElementsOf(names(english.get("dateLocales")));
		assertThat(chinese.at("/dateLocales/months")).hasSize(12);
	}

	@Test
	void tasklistOffersChineseAndEnglishWithChineseAsTheFallback() throws IOException {
		String config = StreamUtils.copyToString(
				new ClassPathResource("META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js").getInputStream(),
				StandardCharsets.UTF_8);
		assertThat(config).contains("availableLocales: ['zh', 'en']").contains("fallbackLocale: 'zh'");
	}

	private JsonNode read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replace(" ", ""));
		}
		return found;
	}

}
