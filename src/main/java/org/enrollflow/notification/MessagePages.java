package org.enrollflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's messages page: the mail the calling parent was sent, newest first, the same
 * messages as {@code GET /api/messages}, with times in the application's time zone.
 */
@Controller
class MessagePages {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Callers callers;

	private final OutboxMessages messages;

	private final Clock clock;

	MessagePages(Callers callers, OutboxMessages messages, Clock clock) {
		this.callers = callers;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/portal/messages")
	String messages(Model model) {
		Caller caller = callers.current();
		List<ShownMessage> shown = !caller.isParent() ? List.of()
				: messages.findByAccountIdOrderByCreatedAtDesc(caller.parentAccountId()).stream().map(this::shown).toList();
		model.addAttribute("messages", shown);
		return "portal/messages";
	}

	private ShownMessage shown(OutboxMessage message) {
		Instant created = message.createdAt();
		return new ShownMessage(message.id(), message.applicationId(), message.subject(), message.body(),
				SHOWN.withZone(clock.getZone()).format(created),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone()).format(created),
				message.status() == OutboxMessage.Status.SENT);
	}

	record ShownMessage(UUID id, UUID applicationId, String subject, String body, String createdAt,
			String createdIso, boolean delivered) {
	}

}
