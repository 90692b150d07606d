package org.enrollflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.enrollflow.account.Caller;
import org.enrollflow.account.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mail a parent was sent, as the portal shows it. */
@RestController
class MessagesController {

	private final Callers callers;

	private final OutboxMessages messages;

	MessagesController(Callers callers, OutboxMessages messages) {
		this.callers = callers;
		this.messages = messages;
	}

	/** The calling parent's messages, newest first; staff have none. */
	@GetMapping("/api/messages")
	List<MessageView> messages() {
		Caller caller = callers.current();
		if (!caller.isParent()) {
			return List.of();
		}
		return messages.findByAccountIdOrderByCreatedAtDesc(caller.parentAccountId())
			.stream()
			.map(MessageView::of)
			.toList();
	}

	record MessageView(UUID id, UUID applicationId, String subject, String body, Instant createdAt,
			boolean delivered) {

		static MessageView of(OutboxMessage message) {
			return new MessageView(message.id(), message.applicationId(), message.subject(), message.body(),
					message.createdAt(), message.status() == OutboxMessage.Status.SENT);
		}

	}

}
