package org.enrollflow.appointment;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/schools/{schoolId}/slots")
class SlotAdminController {

	private final SlotAdministration administration;

	SlotAdminController(SlotAdministration administration) {
		this.administration = administration;
	}

	@Operation(summary = "Publish an on-site review slot",
			description = "start and end are ISO-8601, with an offset or in the application's time zone; "
					+ "place 1 to 200 characters; capacity 1 to 1000. Slots may overlap.")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AdminSlot create(@PathVariable UUID schoolId, @RequestBody SlotRequest request) {
		return administration.create(schoolId, request);
	}

	@Operation(summary = "Import on-site review slots",
			description = "UTF-8 CSV with the header start,end,place,capacity; good lines are imported, "
					+ "each other line is reported with its reasons.")
	@PostMapping(consumes = "text/csv")
	@ResponseStatus(HttpStatus.CREATED)
	SlotImportReport importCsv(@PathVariable UUID schoolId, InputStream body) {
		return administration.importCsv(schoolId, new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

	@Operation(summary = "List a school's on-site review slots with their bookings")
	@GetMapping
	List<AdminSlot> list(@PathVariable UUID schoolId) {
		return administration.list(schoolId);
	}

}
