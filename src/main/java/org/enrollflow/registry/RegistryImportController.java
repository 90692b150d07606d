package org.enrollflow.registry;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistryImportController {

	private final RegistryImports imports;

	RegistryImportController(RegistryImports imports) {
		this.imports = imports;
	}

	@Operation(summary = "Import a registry dataset",
			description = "UTF-8 CSV whose first line is the dataset's header; see RegistryImports for the datasets.")
	@PostMapping(path = "/api/admin/registry/{dataset}", consumes = "text/csv")
	ImportReport importDataset(@PathVariable String dataset, InputStream body) {
		return imports.importCsv(dataset, new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

}
