package org.enrollflow.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class DocumentSettingsTests {

	@Test
	void defaultsToFiveMegabytesAndFiftyDocuments() {
		DocumentSettings settings = bind(Map.of());

		assertThat(settings.maxSize()).isEqualTo(DataSize.ofMegabytes(5));
		assertThat(settings.maxPerCase()).isEqualTo(50);
	}

	@Test
	void readsSizesWithUnits() {
		DocumentSettings settings = bind(Map.of("enrollflow.document.max-size", "512KB",
				"enrollflow.document.max-per-case", "20"));

		assertThat(settings.maxSize()).isEqualTo(DataSize.ofKilobytes(512));
		assertThat(settings.maxPerCase()).isEqualTo(20);
	}

	@Test
	void refusesSizesThatAreNoneOrTooLargeToHoldInMemory() {
		assertThatThrownBy(() -> bind(Map.of("enrollflow.document.max-size", "0B"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("max-size");
		assertThatThrownBy(() -> bind(Map.of("enrollflow.document.max-size", "101MB"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("max-size");
	}

	@Test
	void refusesCasesWithoutRoomForADocument() {
		assertThatThrownBy(() -> bind(Map.of("enrollflow.document.max-per-case", "0"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("max-per-case");
	}

	@Test
	void showsSizesAsFamiliesReadThem() {
		assertThat(Documents.shown(DataSize.ofMegabytes(5))).isEqualTo("5 MB");
		assertThat(Documents.shown(DataSize.ofKilobytes(1536))).isEqualTo("1536 KB");
		assertThat(Documents.shown(DataSize.ofBytes(999))).isEqualTo("999 B");
	}

	private static DocumentSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("enrollflow.document",
				DocumentSettings.class);
	}

}
