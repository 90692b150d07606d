/**
 * The verifiable lottery of a campaign's private schools (电脑随机录取) as a service: an
 * administrator commits a secret seed and publishes its SHA-256, draws once the signup window has
 * closed, which reveals the seed and publishes the result with its inputs, and hands out the
 * bundle that anyone can verify. The algorithm itself is {@link org.enrollflow.allocation.Lottery}.
 */
package org.enrollflow.lottery;
