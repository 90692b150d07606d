package org.enrollflow.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.CheckResult;
import org.enrollflow.application.HouseholdType;
import org.enrollflow.application.RegistryFindings;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.registry.ResidencePermitRecord;
import org.enrollflow.shared.IdNumbers;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Data verification (大数据校验) of the enrollment details: the guardians and their relation to the
 * child (see {@link GuardianChecks}), the property (see {@link PropertyCheck}) and, for a migrant
 * child, the hukou record and the applicant's residence permit. Returns what the registries hold
 * beside the results, for the parent to confirm.
 */
@Service
class DetailsVerification {

	private final RegistryGateway registry;
	private final PropertyCheck propertyCheck;
	private final GuardianChecks guardianChecks;
	private final Clock clock;

	DetailsVerification(RegistryGateway registry, PropertyCheck propertyCheck, Clock clock) {
		this.registry = registry;
		this.propertyCheck = propertyCheck;
		this.guardianChecks = new GuardianChecks(registry);
		this.clock = clock;
	}

	Outcome verify(CaseFacts facts, CampaignView campaign) {
		Optional<PersonRecord> found = registry.person(facts.childIdNumber());
		if (found.isEmpty()) {
			return new Outcome(List.of(CheckResult.fail(Checks.CHILD_IDENTITY, "CHILD_NOT_IN_REGISTRY")),
					RegistryFindings.none());
		}
		PersonRecord child = found.get();
		String applicant = IdNumbers.normalize(facts.applicantIdNumber());
		List<CheckResult> results = new ArrayList<>();
		GuardianChecks.guardian1Relation(facts.guardian1Relation(), applicant, List.of(child)).ifPresent(results::add);
		results.addAll(guardianChecks.guardian2(facts.guardian2(), applicant, List.of(child)));

		Set<String> family = present(child.idNumber(), child.fatherIdNumber(), child.motherIdNumber());
		Set<String> guardians = present(applicant,
				facts.guardian2() == null ? null : IdNumbers.normalize(facts.guardian2().idNumber()));
		PropertyCheck.Outcome property = propertyCheck.check(facts.propertyKind(), facts.propertyNumber(), family,
				guardians);
		results.addAll(property.results());

		LocalDate residenceSince = null;
		if (facts.householdType() == HouseholdType.NON_LOCAL) {
			results.add(child.hukouRegion() == null ? CheckResult.fail(Checks.CHILD_HUKOU, "CHILD_HUKOU_UNKNOWN")
					: CheckResult.pass(Checks.CHILD_HUKOU));
			Optional<ResidencePermitRecord> permit = applicant == null ? Optional.empty()
					: registry.residencePermit(applicant);
			results.add(ResidenceRule.check(permit, campaign, LocalDate.now(clock)));
			residenceSince = permit.map(ResidencePermitRecord::residenceSince).orElse(null);
		}
		return new Outcome(results, findings(property.found(), child.hukouRegion(), residenceSince));
	}

	private static RegistryFindings findings(PropertyCheck.Found property, String hukouRegion,
			LocalDate residenceSince) {
		if (property == null) {
			return new RegistryFindings(null, null, null, null, null, hukouRegion, residenceSince);
		}
		return new RegistryFindings(property.number(), property.address(), property.areaM2(), property.registeredOn(),
				property.district(), hukouRegion, residenceSince);
	}

	private static Set<String> present(String... idNumbers) {
		Set<String> present = new LinkedHashSet<>();
		Stream.of(idNumbers).filter(StringUtils::hasText).forEach(present::add);
		return present;
	}

	/**
	 * What verification found.
	 * @param findings what the registries hold, shown to the parent for confirmation
	 */
	record Outcome(List<CheckResult> results, RegistryFindings findings) {

		Outcome {
			results = List.copyOf(results);
		}

		/** Whether every check passed. */
		boolean passed() {
			return results.stream().allMatch(CheckResult::passed);
		}

	}

}
