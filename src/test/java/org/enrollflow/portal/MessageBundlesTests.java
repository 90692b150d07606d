package org.enrollflow.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text in both languages: each Chinese bundle has its English twin with the same keys and
 * nothing left empty, and every message a portal page names by a fixed key is in both.
 */
class MessageBundlesTests {

	/** {@code #{key}} or {@code #{key(arguments)}}: the keys a template names as they are. */
	private static final Pattern FIXED_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[(}]");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void everyBundleHasItsEnglishTwinWithTheSameKeysAndNoEmptyText() throws IOException {
		Resource[] chinese = resources.getResources("classpath:i18n/*.properties");
		assertThat(chinese).isNotEmpty();
		for (Resource bundle : chinese) {
			String name = bundle.getFilename();
			if (name.endsWith("_en.properties")) {
				continue;
			}
			Resource twin = resources.getResource("classpath:i18n/" + name.replace(".properties", "_en.properties"));
			assertThat(twin.exists()).as("the English twin of %s", name).isTrue();
			Properties zh = load(bundle);
			Properties en = load(twin);
			assertThat(en.stringPropertyNames()).as("keys of %s and its English twin", name)
				.containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
			for (Properties texts : new Properties[] { zh, en }) {
				texts.forEach((key, text) -> assertThat((String) text).as("%s in %s", key, name).isNotBlank());
			}
		}
	}

	@Test
	void everyMessageAPortalPageNamesIsInBothLanguages() throws IOException {
		Properties zh = new Properties();
		Properties en = new Properties();
		for (Resource bundle : resources.getResources("classpath:i18n/*.properties")) {
			(bundle.getFilename().endsWith("_en.properties") ? en : zh).putAll(load(bundle));
		}
		Set<String> named = new TreeSet<>();
		for (Resource template : resources.getResources("classpath:templates/portal/**/*.html")) {
			Matcher keys = FIXED_KEY.matcher(StreamUtils.copyToString(template.getInputStream(), StandardCharsets.UTF_8));
			while (keys.find()) {
				named.add(keys.group(1));
			}
		}
		assertThat(named).hasSizeGreaterThan(100)
			.allSatisfy(key -> assertThat(zh.getProperty(key)).as("Chinese text of %s", key).isNotBlank())
			.allSatisfy(key -> assertThat(en.getProperty(key)).as("English text of %s", key).isNotBlank());
	}

	private static Properties load(Resource bundle) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}

}
