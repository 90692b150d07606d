/**
 * Verification codes that confirm a parent's submission or withdrawal.
 * <p>
 * {@code POST /api/verification-codes} sends the calling parent a six-digit code for a purpose
 * ({@code SUBMIT} or {@code WITHDRAW}) by SMS through the {@link org.enrollflow.verificationcode.SmsGateway}
 * port when a deployment provides one, and otherwise by mail through the notification outbox to the
 * account's email address. A mailed code also shows among the parent's messages ({@code GET /api/messages}),
 * so that a deployment without SMS and SMTP still works; there the code proves only the password. Sending is
 * rate limited per account and purpose and per account and day; a new code replaces the earlier one.
 * <p>
 * Commands check codes with {@link org.enrollflow.verificationcode.VerificationCodes#verify}: one use per
 * code, a short validity, and a code burnt after a few wrong tries. Codes are stored only as keyed hashes
 * and never logged. Concurrent requests, on one node or several, are settled by the database: conditional
 * updates and primary keys let exactly one of them through.
 */
package org.enrollflow.verificationcode;
