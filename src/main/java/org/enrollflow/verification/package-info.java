/**
 * The checks of the general enrollment path against the registries: child identity binding
 * (step 2) and the verification of the enrollment details (step 4: guardians, relations, property,
 * residence permit). Each check yields a {@link org.enrollflow.application.CheckResult} whose
 * reason reads {@code check.<reasonCode>} from {@code i18n/verification}. The process reaches them
 * through the delegates {@code checkBindingDelegate} and {@code verifyDetailsDelegate}.
 */
package org.enrollflow.verification;
