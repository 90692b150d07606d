/**
 * Mail to families through a transactional outbox: {@link org.enrollflow.notification.Notifications#send}
 * stores a message in the transaction of the step that causes it, a delivery job sends due messages by
 * SMTP with retries and backoff, and {@code GET /api/messages} shows a parent the same messages in the
 * portal. Resident ID numbers are masked before anything is stored or mailed.
 */
package org.enrollflow.notification;
