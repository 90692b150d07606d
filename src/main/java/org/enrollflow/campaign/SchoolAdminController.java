package org.enrollflow.campaign;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/admin/schools")
class SchoolAdminController {

	private final SchoolRegistration registration;

	SchoolAdminController(SchoolRegistration registration) {
		this.registration = registration;
	}

	@PostMapping
	ResponseEntity<SchoolView> register(@RequestBody SchoolRequest request) {
		SchoolView school = registration.register(request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(school.id())
			.toUri();
		return ResponseEntity.created(location).body(school);
	}

	@GetMapping("/{id}")
	SchoolView one(@PathVariable UUID id) {
		return registration.get(id);
	}

}
