package org.enrollflow.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.enrollflow.application.CaseFacts;
import org.enrollflow.application.CheckResult;
import org.enrollflow.application.HouseholdType;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.registry.ResidencePermitRecord;
import org.enrollflow.shared.IdNumbers;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Child identity binding (入学子女身份绑定): the child's ID number, the registry's record of the child
 * under this name, the birth date against the campaign's range, the household number and hukou
 * region of a local child, the residence permit of a migrant family's applicant, and whether the
 * applicant is a parent. An applicant who is not a parent is not refused: the case is bound and
 * completed at the counter.
 * <p>
 * Nothing about the registry's record is checked or reported unless the name matches the ID
 * number, so that the binding cannot be used to probe other people's data.
 */
@Service
class BindingCheck {

	private final RegistryGateway registry;
	private final Clock clock;

	BindingCheck(RegistryGateway registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	Outcome check(CaseFacts facts, CampaignView campaign) {
		List<CheckResult> results = new ArrayList<>();
		boolean applicantIsParent = false;
		Optional<String> idProblem = IdNumbers.problem(facts.childIdNumber());
		if (idProblem.isPresent()) {
			results.add(CheckResult.fail(Checks.CHILD_ID_NUMBER, "CHILD_" + idProblem.get()));
		}
		else {
			results.add(CheckResult.pass(Checks.CHILD_ID_NUMBER));
			results.add(birthDate(IdNumbers.birthDateOf(facts.childIdNumber()).orElseThrow(), campaign));
			Optional<PersonRecord> child = registry.person(facts.childIdNumber());
			results.add(identity(child, facts.childName()));
			if (child.isPresent() && Matching.sameName(facts.childName(), child.get().name())) {
				if (facts.householdType() == HouseholdType.LOCAL) {
					results.add(householdNumber(child.get(), facts.householdNumber()));
					results.add(hukouRegion(child.get(), campaign));
				}
				applicantIsParent = child.get().hasParent(facts.applicantIdNumber());
				results.add(applicantIsParent ? CheckResult.pass(Checks.APPLICANT_PARENT)
						: new CheckResult(Checks.APPLICANT_PARENT, true, "APPLICANT_NOT_PARENT", List.of()));
			}
		}
		if (facts.householdType() == HouseholdType.NON_LOCAL) {
			results.add(ResidenceRule.check(permitOf(facts.applicantIdNumber()), campaign, LocalDate.now(clock)));
		}
		return new Outcome(results, applicantIsParent);
	}

	private static CheckResult birthDate(LocalDate birthDate, CampaignView campaign) {
		if (birthDate.isBefore(campaign.birthDateFrom()) || birthDate.isAfter(campaign.birthDateTo())) {
			return CheckResult.fail(Checks.CHILD_BIRTH_DATE, "BIRTH_DATE_OUT_OF_RANGE",
					campaign.birthDateFrom().toString(), campaign.birthDateTo().toString());
		}
		return CheckResult.pass(Checks.CHILD_BIRTH_DATE);
	}

	private static CheckResult identity(Optional<PersonRecord> child, String name) {
		if (child.isEmpty()) {
			return CheckResult.fail(Checks.CHILD_IDENTITY, "CHILD_NOT_IN_REGISTRY");
		}
		if (!Matching.sameName(name, child.get().name())) {
			return CheckResult.fail(Checks.CHILD_IDENTITY, "CHILD_NAME_MISMATCH");
		}
		return CheckResult.pass(Checks.CHILD_IDENTITY);
	}

	private static CheckResult householdNumber(PersonRecord child, String householdNumber) {
		if (!StringUtils.hasText(householdNumber)) {
			return CheckResult.fail(Checks.HOUSEHOLD_NUMBER, "HOUSEHOLD_NUMBER_MISSING");
		}
		if (!Matching.sameHouseholdNumber(householdNumber, child.householdNumber())) {
			return CheckResult.fail(Checks.HOUSEHOLD_NUMBER, "HOUSEHOLD_NUMBER_MISMATCH");
		}
		return CheckResult.pass(Checks.HOUSEHOLD_NUMBER);
	}

	private static CheckResult hukouRegion(PersonRecord child, CampaignView campaign) {
		if (child.hukouRegion() == null || !child.hukouRegion().startsWith(campaign.region())) {
			return CheckResult.fail(Checks.HUKOU_REGION, "HUKOU_NOT_LOCAL");
		}
		return CheckResult.pass(Checks.HUKOU_REGION);
	}

	private Optional<ResidencePermitRecord> permitOf(String applicantIdNumber) {
		return StringUtils.hasText(applicantIdNumber) ? registry.residencePermit(applicantIdNumber) : Optional.empty();
	}

	/**
	 * What binding found.
	 * @param applicantIsParent whether the registry names the applicant as the child's father or mother
	 */
	record Outcome(List<CheckResult> results, boolean applicantIsParent) {

		Outcome {
			results = List.copyOf(results);
		}

		/** Whether every check passed: the child is bound to the case. */
		boolean passed() {
			return results.stream().allMatch(CheckResult::passed);
		}

	}

}
