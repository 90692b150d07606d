package org.enrollflow.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.enrollflow.application.CheckResult;
import org.enrollflow.application.Guardian;
import org.enrollflow.registry.PersonRecord;
import org.enrollflow.registry.RegistryGateway;
import org.enrollflow.shared.IdNumbers;

/**
 * The guardians of a case against the identity and hukou registry, on either path: a guardian who
 * says they are the father or the mother must be the one the registry names for every child of the
 * case (twins register together on the points path), and a second guardian with a resident ID must
 * be known to the registry under their name. Any other document cannot be checked here and is
 * passed with a note: the counter or the auditor checks it.
 */
final class GuardianChecks {

	static final String RESIDENT_ID = "RESIDENT_ID";
	static final String FATHER = "FATHER";
	static final String MOTHER = "MOTHER";

	private final RegistryGateway registry;

	GuardianChecks(RegistryGateway registry) {
		this.registry = registry;
	}

	/** Whether the relation is one the registry records: father or mother. */
	static boolean parent(String relation) {
		return FATHER.equals(relation) || MOTHER.equals(relation);
	}

	/**
	 * @param applicant guardian 1's ID number, normalised; {@code null} when none was entered
	 * @param children the registry's records of the case's children, at least one
	 * @return no result when guardian 1 is neither the father nor the mother
	 */
	static Optional<CheckResult> guardian1Relation(String relation, String applicant, List<PersonRecord> children) {
		return relation(relation, applicant, children, Checks.GUARDIAN1_RELATION, "GUARDIAN1_NOT_FATHER",
				"GUARDIAN1_NOT_MOTHER");
	}

	/**
	 * @param guardian {@code null} when no second guardian was entered
	 * @param applicant guardian 1's ID number, normalised
	 * @param children the registry's records of the case's children, at least one
	 */
	List<CheckResult> guardian2(Guardian guardian, String applicant, List<PersonRecord> children) {
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
		relation(guardian.relation(), idNumber, children, Checks.GUARDIAN2_RELATION, "GUARDIAN2_NOT_FATHER",
				"GUARDIAN2_NOT_MOTHER")
			.ifPresent(results::add);
		return results;
	}

	private static Optional<CheckResult> relation(String relation, String idNumber, List<PersonRecord> children,
			String check, String notFather, String notMother) {
		Function<PersonRecord, String> parent;
		String reason;
		if (FATHER.equals(relation)) {
			parent = PersonRecord::fatherIdNumber;
			reason = notFather;
		}
		else if (MOTHER.equals(relation)) {
			parent = PersonRecord::motherIdNumber;
			reason = notMother;
		}
		else {
			return Optional.empty();
		}
		boolean holds = idNumber != null && children.stream().allMatch(child -> idNumber.equals(parent.apply(child)));
		return Optional.of(holds ? CheckResult.pass(check) : CheckResult.fail(check, reason));
	}

}
