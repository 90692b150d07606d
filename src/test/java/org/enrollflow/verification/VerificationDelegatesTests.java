package org.enrollflow.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.enrollflow.application.Applications;
import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.CheckResult;
import org.enrollflow.campaign.Campaigns;
import org.enrollflow.registry.PropertyRecord;
import org.enrollflow.registry.RegistryUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enrollflow.verification.Family.CAMPAIGN;
import static org.enrollflow.verification.Family.CERTIFICATE;
import static org.enrollflow.verification.Family.FATHER;
import static org.enrollflow.verification.Family.GRANDMOTHER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class VerificationDelegatesTests {

	private final FakeRegistry registry = Family.registry();
	private final Applications applications = mock(Applications.class);
	private final Campaigns campaigns = mock(Campaigns.class);
	private final DelegateExecution execution = mock(DelegateExecution.class);
	private final CaseFacts facts = Family.facts();

	@BeforeEach
	void aCaseInTheProcess() {
		given(execution.getVariable("applicationId")).willReturn(facts.applicationId().toString());
		given(applications.facts(facts.applicationId())).willReturn(facts);
		given(campaigns.find(CAMPAIGN.id())).willReturn(Optional.of(CAMPAIGN));
	}

	@Test
	void recordsAPassedBindingOfAParent() {
		new CheckBindingDelegate(applications, campaigns, new BindingCheck(registry, Family.CLOCK)).execute(execution);

		verify(applications).recordBinding(eq(facts.applicationId()), argThat(results -> results.size() == 6));
		verify(execution).setVariable("bindingOutcome", "PASSED");
		verify(execution).setVariable("applicantIsParent", true);
	}

	@Test
	void recordsAFailedBinding() {
		given(applications.facts(facts.applicationId())).willReturn(new CaseFacts(facts.applicationId(),
				CAMPAIGN.id(), facts.householdType(), "李吉", facts.childIdNumber(), facts.householdNumber(), null, "申请人",
				GRANDMOTHER, null, null, null, null, null));

		new CheckBindingDelegate(applications, campaigns, new BindingCheck(registry, Family.CLOCK)).execute(execution);

		verify(applications).recordBinding(eq(facts.applicationId()),
				argThat(results -> results.stream().anyMatch(result -> !result.passed())));
		verify(execution).setVariable("bindingOutcome", "FAILED");
		verify(execution).setVariable("applicantIsParent", false);
	}

	@Test
	void recordsTheVerificationWithTheFindings() {
		registry.property(Family.property(CERTIFICATE, "RESIDENTIAL", FATHER));

		new VerifyDetailsDelegate(applications, campaigns,
				new DetailsVerification(registry, new PropertyCheck(registry), Family.CLOCK))
			.execute(execution);

		verify(applications).recordVerification(eq(facts.applicationId()),
				argThat(results -> results.stream().allMatch(CheckResult::passed)),
				argThat(findings -> CERTIFICATE.equals(findings.propertyCertificateNumber())));
		verify(execution).setVariable("verificationPassed", true);
	}

	@Test
	void recordsAFailedVerification() {
		new VerifyDetailsDelegate(applications, campaigns,
				new DetailsVerification(registry, new PropertyCheck(registry), Family.CLOCK))
			.execute(execution);

		verify(execution).setVariable("verificationPassed", false);
	}

	@Test
	void letsAnUnreachableRegistryFailTheJob() {
		FakeRegistry down = new FakeRegistry() {

			@Override
			public List<PropertyRecord> propertiesOwnedByAnyOf(Collection<String> idNumbers) {
				throw new RegistryUnavailableException("The properties registry answered HTTP 503");
			}

		}.person(Family.child()).person(Family.mother());

		VerifyDetailsDelegate delegate = new VerifyDetailsDelegate(applications, campaigns,
				new DetailsVerification(down, new PropertyCheck(down), Family.CLOCK));

		assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(RegistryUnavailableException.class);
		verify(applications, never()).recordVerification(any(), anyList(), any());
		verify(execution, never()).setVariable(eq("verificationPassed"), any());
	}

}
