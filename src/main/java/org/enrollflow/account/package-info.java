/**
 * Parent accounts and who may call what.
 * <p>
 * Parents register with a real-name check against the identity registry and log in with their
 * phone number and password; staff are Camunda users, checked by the engine's identity service,
 * with their Camunda groups as authorities. The API ({@code /api/**}) takes stateless HTTP Basic,
 * {@code /engine-rest/**} is for staff only and runs under the engine's authorization checks, and
 * the Camunda webapps keep their own login. Any other path is refused until a module configures a
 * filter chain for it.
 * <p>
 * Other modules learn who is calling through {@link org.enrollflow.account.Callers} and read
 * accounts through {@link org.enrollflow.account.ParentAccounts}.
 */
package org.enrollflow.account;
