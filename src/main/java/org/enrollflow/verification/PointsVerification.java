package org.enrollflow.verification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.enrollflow.application.CheckResult;
import org.enrollflow.application.Guardian;
import org.enrollflow.application.PointsCaseFacts;
import org.enrollflow.application.PointsFindings;
import org.enrollflow.application.PropertyKind;
import org.enrollflow.campaign.CampaignView;
import org.enrollflow.registry.DisabilityRecord;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.registry.ResidencePermitRecord;
import org.enrollflow.registry.SocialInsuranceRecord;
import org.enrollflow.shared.IdNumbers;

import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Registry verification of a points-path registration (积分入学): each child's identity and the
 * birth date its ID number encodes, the guardians (see {@link GuardianChecks}) and how the
 * parent-child relation is proven, the declared disabilities, the home bought in the district, the
 * parents' social insurance months and guardian 1's residence permit. It decides nothing: the
 * district's auditors decide with the results and the findings, from which the points are computed.
 * <p>
 * A result about one child carries the child's position (from 1) as its first reason argument, so
 * that twins each get their own. Relations are checked only against the children the registry
 * knows under the names entered, so that a registration cannot be used to probe other people's
 * records; when it knows none of them, the relation checks are left out.
 */
@Service
class PointsVerification {

	/** The parent-child relation case of a child in one household booklet with both parents. */
	static final int ONE_HOUSEHOLD = 1;

	private static final ZoneId CAMPAIGN_ZONE = ZoneId.of("Asia/Shanghai");

	private final RegistryGateway registry;
	private final GuardianChecks guardianChecks;

	PointsVerification(RegistryGateway registry) {
		this.registry = registry;
		this.guardianChecks = new GuardianChecks(registry);
	}

	Outcome verify(PointsCaseFacts facts, CampaignView campaign) {
		String applicant = IdNumbers.normalize(facts.applicantIdNumber());
		List<CheckResult> results = new ArrayList<>();
		List<PersonRecord> known = new ArrayList<>();
		for (int i = 0; i < facts.children().size(); i++) {
			PointsCaseFacts.Child child = facts.children().get(i);
			int position = i + 1;
			Optional<PersonRecord> found = registry.person(child.idNumber());
			results.add(identity(found, child.name(), position));
			found.filter(person -> Matching.sameName(child.name(), person.name())).ifPresent(known::add);
			IdNumbers.birthDateOf(child.idNumber())
				.map(birthDate -> birthDate(birthDate, campaign, position))
				.ifPresent(results::add);
		}
		if (!known.isEmpty()) {
			GuardianChecks.guardian1Relation(facts.guardian1Relation(), applicant, known).ifPresent(results::add);
			results.addAll(guardianChecks.guardian2(facts.guardian2(), applicant, known));
			results.add(relationCase(facts.parentChildCase(), applicant, facts.guardian2(), known));
		}
		for (int i = 0; i < facts.children().size(); i++) {
			PointsCaseFacts.Child child = facts.children().get(i);
			if (child.disabilityDeclared()) {
				results.add(disability(child, i + 1));
			}
		}
		Home home = home(facts, applicant);
		results.addAll(home.results());

		int mainMonths = months(applicant, facts.district());
		int secondMonths = months(secondParent(facts.guardian2(), applicant), facts.district());
		results.add(new CheckResult(Checks.SOCIAL_INSURANCE, true, "SOCIAL_INSURANCE_MONTHS",
				List.of(mainMonths, secondMonths)));

		Optional<ResidencePermitRecord> permit = permitInRegion(applicant, campaign);
		results.add(permit.isPresent() ? CheckResult.pass(Checks.RESIDENCE_PERMIT)
				: CheckResult.fail(Checks.RESIDENCE_PERMIT, "NO_RESIDENCE_PERMIT_IN_REGION"));
		LocalDate residenceSince = permit.map(ResidencePermitRecord::residenceSince).orElse(null);

		return new Outcome(results, new PointsFindings(mainMonths, secondMonths, residenceSince,
				completedYears(residenceSince, campaign), home.inDistrict(), home.address()));
	}

	private static CheckResult identity(Optional<PersonRecord> child, String name, int position) {
		if (child.isEmpty()) {
			return CheckResult.fail(Checks.CHILD_IDENTITY, "CHILD_NOT_IN_REGISTRY", position);
		}
		if (!Matching.sameName(name, child.get().name())) {
			return CheckResult.fail(Checks.CHILD_IDENTITY, "CHILD_NAME_MISMATCH", position);
		}
		return passed(Checks.CHILD_IDENTITY, position);
	}

	private static CheckResult birthDate(LocalDate birthDate, CampaignView campaign, int position) {
		if (birthDate.isBefore(campaign.birthDateFrom()) || birthDate.isAfter(campaign.birthDateTo())) {
			return CheckResult.fail(Checks.CHILD_BIRTH_DATE, "CHILD_BIRTH_DATE_OUT_OF_RANGE", position,
					campaign.birthDateFrom().toString(), campaign.birthDateTo().toString());
		}
		return passed(Checks.CHILD_BIRTH_DATE, position);
	}

	/**
	 * Case 1 (the children and both parents in one household booklet) is what the registry can
	 * confirm: each child shares the household number of guardian 1 and of a guardian 2 with a
	 * resident ID, and the registry names them as the child's parents. Cases 2 and 3 are proven by
	 * the documents uploaded, which the auditor checks.
	 */
	private CheckResult relationCase(Integer parentChildCase, String applicant, Guardian guardian2,
			List<PersonRecord> children) {
		if (parentChildCase == null) {
			return CheckResult.fail(Checks.PARENT_CHILD_RELATION, "RELATION_CASE_MISSING");
		}
		if (parentChildCase != ONE_HOUSEHOLD) {
			return new CheckResult(Checks.PARENT_CHILD_RELATION, true, "RELATION_BY_DOCUMENTS", List.of());
		}
		String residentGuardian2 = guardian2 != null && GuardianChecks.RESIDENT_ID.equals(guardian2.idType())
				? IdNumbers.normalize(guardian2.idNumber()) : null;
		List<PersonRecord> parents = new ArrayList<>();
		for (String idNumber : present(applicant, residentGuardian2)) {
			Optional<PersonRecord> parent = registry.person(idNumber);
			if (parent.isEmpty()) {
				return CheckResult.fail(Checks.PARENT_CHILD_RELATION, "RELATION_NOT_IN_ONE_HOUSEHOLD");
			}
			parents.add(parent.get());
		}
		boolean oneHousehold = !parents.isEmpty() && children.stream()
			.allMatch(child -> parents.stream()
				.allMatch(parent -> child.hasParent(parent.idNumber())
						&& Matching.sameHouseholdNumber(child.householdNumber(), parent.householdNumber())));
		return oneHousehold ? CheckResult.pass(Checks.PARENT_CHILD_RELATION)
				: CheckResult.fail(Checks.PARENT_CHILD_RELATION, "RELATION_NOT_IN_ONE_HOUSEHOLD");
	}

	private CheckResult disability(PointsCaseFacts.Child child, int position) {
		Optional<DisabilityRecord> found = StringUtils.hasText(child.disabilityCertificateNumber())
				? registry.disability(upperCased(child.disabilityCertificateNumber())) : Optional.empty();
		if (found.isEmpty()) {
			return CheckResult.fail(Checks.DISABILITY, "DISABILITY_CERTIFICATE_UNKNOWN", position);
		}
		DisabilityRecord certificate = found.get();
		String holder = IdNumbers.normalize(certificate.holderIdNumber());
		if (holder == null || !holder.equals(IdNumbers.normalize(child.idNumber()))) {
			return CheckResult.fail(Checks.DISABILITY, "DISABILITY_HOLDER_MISMATCH", position);
		}
		if (!certificate.types().containsAll(child.disabilityTypes())) {
			return CheckResult.fail(Checks.DISABILITY, "DISABILITY_TYPE_MISMATCH", position);
		}
		return passed(Checks.DISABILITY, position);
	}

	/**
	 * The home bought in the district counts when the registry holds it, a guardian owns (or bought)
	 * it, it is residential and it lies in the district the family registered in.
	 */
	private Home home(PointsCaseFacts facts, String applicant) {
		if (facts.propertyKind() == null || facts.propertyKind() == PropertyKind.NONE) {
			return new Home(List.of(), false, null);
		}
		Optional<Registered> found = StringUtils.hasText(facts.propertyNumber())
				? registered(facts.propertyKind(), facts.propertyNumber()) : Optional.empty();
		if (found.isEmpty()) {
			return new Home(List.of(CheckResult.fail(Checks.HOUSING_RECORD, "HOUSING_NOT_FOUND")), false, null);
		}
		Registered home = found.get();
		Set<String> guardians = present(applicant,
				facts.guardian2() == null ? null : IdNumbers.normalize(facts.guardian2().idNumber()));
		List<CheckResult> results = new ArrayList<>();
		results.add(CheckResult.pass(Checks.HOUSING_RECORD));
		results.add(home.owners().stream().map(IdNumbers::normalize).anyMatch(guardians::contains)
				? CheckResult.pass(Checks.HOUSING_OWNER)
				: CheckResult.fail(Checks.HOUSING_OWNER, "HOUSING_OWNER_NOT_GUARDIAN"));
		results.add(home.residential() ? CheckResult.pass(Checks.HOUSING_USAGE)
				: CheckResult.fail(Checks.HOUSING_USAGE, "HOUSING_NOT_RESIDENTIAL"));
		results.add(home.district() != null && home.district().equals(facts.district())
				? CheckResult.pass(Checks.HOUSING_DISTRICT)
				: CheckResult.fail(Checks.HOUSING_DISTRICT, "HOUSING_NOT_IN_DISTRICT"));
		return new Home(results, results.stream().allMatch(CheckResult::passed), home.address());
	}

	private Optional<Registered> registered(PropertyKind kind, String number) {
		if (kind == PropertyKind.CERTIFICATE) {
			return registry.property(Matching.loose(number))
				.map(property -> new Registered(property.ownerIdNumbers(), property.address(), property.district(),
						property.residential()));
		}
		return registry.purchaseContract(upperCased(number))
			.map(contract -> new Registered(contract.buyerIdNumbers(), contract.address(), contract.district(),
					contract.residential()));
	}

	private Optional<ResidencePermitRecord> permitInRegion(String applicant, CampaignView campaign) {
		if (applicant == null) {
			return Optional.empty();
		}
		return registry.residencePermit(applicant)
			.filter(permit -> permit.region() != null && permit.region().startsWith(campaign.region())
					&& permit.residenceSince() != null);
	}

	/** Guardian 2's ID number when their months count: a father or mother with a resident ID. */
	private static String secondParent(Guardian guardian2, String applicant) {
		if (guardian2 == null || !GuardianChecks.RESIDENT_ID.equals(guardian2.idType())
				|| !GuardianChecks.parent(guardian2.relation()) || !IdNumbers.isValid(guardian2.idNumber())) {
			return null;
		}
		String idNumber = IdNumbers.normalize(guardian2.idNumber());
		return idNumber.equals(applicant) ? null : idNumber;
	}

	private int months(String idNumber, String district) {
		if (idNumber == null || !StringUtils.hasText(district)) {
			return 0;
		}
		return registry.socialInsurance(idNumber, district).map(SocialInsuranceRecord::months).orElse(0);
	}

	/** Completed years of residence at the registration close, in the campaign's dates. */
	private static int completedYears(LocalDate residenceSince, CampaignView campaign) {
		if (residenceSince == null) {
			return 0;
		}
		LocalDate closes = LocalDate.ofInstant(campaign.registrationCloses(), CAMPAIGN_ZONE);
		return (int) Math.max(0, ChronoUnit.YEARS.between(residenceSince, closes));
	}

	/** A filed purchase contract or disability certificate number as the registry keys it. */
	private static String upperCased(String number) {
		return Matching.loose(number).toUpperCase(Locale.ROOT);
	}

	private static CheckResult passed(String check, int position) {
		return new CheckResult(check, true, null, List.of(position));
	}

	private static Set<String> present(String... idNumbers) {
		Set<String> present = new LinkedHashSet<>();
		Stream.of(idNumbers).filter(StringUtils::hasText).forEach(present::add);
		return present;
	}

	/**
	 * What verification found.
	 * @param findings what the registries hold for the points, for the auditors to confirm
	 */
	record Outcome(List<CheckResult> results, PointsFindings findings) {

		Outcome {
			results = List.copyOf(results);
		}

		/** Whether every check passed. */
		boolean passed() {
			return results.stream().allMatch(CheckResult::passed);
		}

	}

	private record Home(List<CheckResult> results, boolean inDistrict, String address) {
	}

	/** A real-estate certificate or a filed purchase contract, as far as the points need it. */
	private record Registered(List<String> owners, String address, String district, boolean residential) {
	}

}
