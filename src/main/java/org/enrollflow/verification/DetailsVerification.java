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
import org.enrollflow.application.Guardian;
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
 * child, the property (see {@link PropertyCheck}) and, for a migrant child, the hukou record and the
 * applicant's residence permit. Returns what the registries hold beside the results, for the parent
 * to confirm.
 */
@Service
class DetailsVerification {

	static final String RESIDENT_ID = "RESIDENT_ID";
	static final String FATHER = "FATHER";
	static final String MOTHER = "MOTHER";

	private final RegistryGateway registry;
	private final PropertyCheck propertyCheck;
	private final Clock clock;

	DetailsVerification(RegistryGateway registry, PropertyCheck propertyCheck, Clock clock) {
		this.registry = registry;
		this.propertyCheck = propertyCheck;
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
		guardian1Relation(facts.guardian1Relation(), applicant, child).ifPresent(results::add);
		results.addAll(guardian2(facts.guardian2(), applicant, child));

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

	/** A guardian 1 who says they are the father or the mother must be the one the registry names. */
	private static Optional<CheckResult> guardian1Relation(String relation, String applicant, PersonRecord child) {
		if (FATHER.equals(relation)) {
			return Optional.of(applicant != null && applicant.equals(child.fatherIdNumber())
					? CheckResult.pass(Checks.GUARDIAN1_RELATION)
					: CheckResult.fail(Checks.GUARDIAN1_RELATION, "GUARDIAN1_NOT_FATHER"));
		}
		if (MOTHER.equals(relation)) {
			return Optional.of(applicant != null && applicant.equals(child.motherIdNumber())
					? CheckResult.pass(Checks.GUARDIAN1_RELATION)
					: CheckResult.fail(Checks.GUARDIAN1_RELATION, "GUARDIAN1_NOT_MOTHER"));
		}
		return Optional.empty();
	}

	private List<CheckResult> guardian2(Guardian guardian, String applicant, PersonRecord child) {
		if (guardian == null) {
			return List.of();
		}
		if (!RESIDENT_ID.equals(guardian.idType())) {
			return List.of(new CheckResult(Checks.GUARDIAN2_IDENTITY, true, "GUARDIAN2_NOT_VERIFIABLE", List.of()));
		}
		Optional<String> problem = IdNumbers.problem(guardian.idNumber());
		if (problem.isPresent()) {
			return List.of(CheckResult.fail(Checks.GUARDIAN2_ID_NUMBER, "GUARDIAN2_" + problem.get()));
		}
		String idNumber = IdNumbers.normalize(guardian.idNumber());
		if (idNumber.equals(applicant)) {
			return List.of(CheckResult.fail(Checks.GUARDIAN2_ID_NUMBER, "GUARDIAN2_SAME_AS_APPLICANT"));
		}
		List<CheckResult> results = new ArrayList<>();
		results.add(CheckResult.pass(Checks.GUARDIAN2_ID_NUMBER));
		Optional<PersonRecord> person = registry.person(idNumber);
		if (person.isEmpty()) {
			results.add(CheckResult.fail(Checks.GUARDIAN2_IDENTITY, "GUARDIAN2_NOT_IN_REGISTRY"));
			return results;
		}
		if (!Matching.sameName(guardian.name(), person.get().name())) {
			results.add(CheckResult.fail(Checks.GUARDIAN2_IDENTITY, "GUARDIAN2_NAME_MISMATCH"));
			return results;
		}
		results.add(CheckResult.pass(Checks.GUARDIAN2_IDENTITY));
		if (FATHER.equals(guardian.relation())) {
			results.add(idNumber.equals(child.fatherIdNumber()) ? CheckResult.pass(Checks.GUARDIAN2_RELATION)
					: CheckResult.fail(Checks.GUARDIAN2_RELATION, "GUARDIAN2_NOT_FATHER"));
		}
		else if (MOTHER.equals(guardian.relation())) {
			results.add(idNumber.equals(child.motherIdNumber()) ? CheckResult.pass(Checks.GUARDIAN2_RELATION)
					: CheckResult.fail(Checks.GUARDIAN2_RELATION, "GUARDIAN2_NOT_MOTHER"));
		}
		return results;
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
