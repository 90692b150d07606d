package org.enrollflow.verificationcode;

import java.time.Instant;

/**
 * A code that was sent, as {@code POST /api/verification-codes} answers; never the code itself.
 * @param expiresAt when the code stops being accepted
 * @param channel how it was sent
 * @param resendAfter when another code for the same purpose may be asked for
 */
record IssuedCode(Purpose purpose, Instant expiresAt, Channel channel, Instant resendAfter) {
}
