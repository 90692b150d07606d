package org.enrollflow.application;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.enrollflow.account.Callers;
import org.enrollflow.appointment.SlotView;
import org.enrollflow.shared.ProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parents' applications. Every case is found through its owner: another parent's id answers
 * 404, exactly like an id that does not exist.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

	private final ApplicationCommands commands;
	private final PointsCommands points;
	private final ApplicationViews views;
	private final Callers callers;

	ApplicationController(ApplicationCommands commands, PointsCommands points, ApplicationViews views,
			Callers callers) {
		this.commands = commands;
		this.points = points;
		this.views = views;
		this.callers = callers;
	}

	@PostMapping
	ResponseEntity<ApplicationView> create(@Valid @RequestBody ApplicationRequests.Create request) {
		Application application = commands.create(callers.current(), request);
		return withVersion(ResponseEntity.created(URI.create("/api/applications/" + application.id())), application);
	}

	@GetMapping
	List<ApplicationView.Summary> list() {
		return views.visibleTo(callers.current());
	}

	@GetMapping("/{id}")
	ResponseEntity<ApplicationView> get(@PathVariable UUID id) {
		return render(ResponseEntity.ok(), id);
	}

	@PutMapping("/{id}/binding")
	ResponseEntity<ApplicationView> correctBinding(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.Binding request) {
		return withVersion(ResponseEntity.ok(), commands.correctBinding(callers.current(), id, ETags.version(ifMatch), request));
	}

	@PutMapping("/{id}/details")
	ResponseEntity<ApplicationView> saveDetails(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.Details request) {
		return withVersion(ResponseEntity.ok(), commands.saveDetails(callers.current(), id, ETags.version(ifMatch), request));
	}

	@PostMapping("/{id}/submit")
	ResponseEntity<ApplicationView> submit(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody(required = false) ApplicationRequests.Submission submission) {
		return withVersion(ResponseEntity.accepted(),
				commands.submit(callers.current(), id, ETags.version(ifMatch), submission));
	}

	@PostMapping("/{id}/modification-requests")
	ResponseEntity<ApplicationView> requestModification(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.Reasoned request) {
		return withVersion(ResponseEntity.accepted(),
				points.requestModification(callers.current(), id, ETags.version(ifMatch), request.reason()));
	}

	@PostMapping("/{id}/recheck-requests")
	ResponseEntity<ApplicationView> requestRecheck(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.Reasoned request) {
		return withVersion(ResponseEntity.accepted(),
				points.requestRecheck(callers.current(), id, ETags.version(ifMatch), request.reason()));
	}

	@PutMapping("/{id}/preferences")
	ResponseEntity<ApplicationView> preferSchools(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.Preferences request) {
		return withVersion(ResponseEntity.ok(),
				points.preferSchools(callers.current(), id, ETags.version(ifMatch), request.schoolIds()));
	}

	@PostMapping("/{id}/withdrawal")
	ResponseEntity<ApplicationView> withdraw(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.Withdrawal request) {
		return withVersion(ResponseEntity.ok(), points.withdraw(callers.current(), id, ETags.version(ifMatch), request));
	}

	@PostMapping("/{id}/confirm")
	ResponseEntity<ApplicationView> confirm(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withVersion(ResponseEntity.ok(), commands.confirm(callers.current(), id, ETags.version(ifMatch)));
	}

	@PostMapping("/{id}/reopen")
	ResponseEntity<ApplicationView> reopen(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withVersion(ResponseEntity.ok(), commands.reopen(callers.current(), id, ETags.version(ifMatch)));
	}

	@PutMapping("/{id}/private-school")
	ResponseEntity<ApplicationView> signUpPrivate(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.PrivateSignup request) {
		return withVersion(ResponseEntity.ok(),
				commands.signUpPrivate(callers.current(), id, ETags.version(ifMatch), request.schoolId()));
	}

	@DeleteMapping("/{id}/private-school")
	ResponseEntity<ApplicationView> cancelPrivateSignup(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return withVersion(ResponseEntity.ok(), commands.cancelPrivateSignup(callers.current(), id, ETags.version(ifMatch)));
	}

	@GetMapping("/{id}/appointment-slots")
	List<SlotView> appointmentSlots(@PathVariable UUID id) {
		return commands.freeSlots(callers.current(), id);
	}

	@PutMapping("/{id}/appointment")
	ResponseEntity<ApplicationView> bookAppointment(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ApplicationRequests.Booking request) {
		return withVersion(ResponseEntity.ok(),
				commands.bookAppointment(callers.current(), id, ETags.version(ifMatch), request.slotId()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		commands.deleteDraft(callers.current(), id, ETags.version(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<ApplicationView> withVersion(ResponseEntity.BodyBuilder response, Application application) {
		return render(response, application.id());
	}

	private ResponseEntity<ApplicationView> render(ResponseEntity.BodyBuilder response, UUID id) {
		ApplicationView view = views.find(callers.current(), id)
			.orElseThrow(() -> ProblemException.notFound("APPLICATION_NOT_FOUND"));
		return response.eTag(ETags.of(view.version())).body(view);
	}

}
