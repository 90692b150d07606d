package org.enrollflow.review;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.enrollflow.application.Applications;
import org.enrollflow.application.CheckOutcome;
import org.enrollflow.application.Guardian;
import org.enrollflow.application.PointsAdmissionProcess;
import org.enrollflow.application.PointsCaseFacts;
import org.enrollflow.application.PointsFindings;
import org.enrollflow.document.DocumentType;
import org.enrollflow.document.DocumentView;
import org.enrollflow.document.Documents;
import org.enrollflow.shared.IdNumbers;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On a new task of the points path (积分入学: the district auditors' four audits and their decisions
 * on a family's request to modify or to have the material rechecked), puts the facts its form
 * shows into task-local variables, so that they leave with the task and never reach the process
 * instance. One listener for all six forms: each form shows the variables it needs. Every value is
 * a string, Chinese first and English second as {@link FormFactTexts} renders them; ID numbers and
 * disability certificate numbers (which hold the child's ID number) only masked.
 */
@Component("pointsAuditFormFacts")
class PointsAuditFormFacts implements TaskListener {

	/** The children's names, {@code 、}-separated: also the column of the groups' task filters. */
	static final String CHILD_NAME = FormFact.CHILD_NAME;

	static final String DISTRICT = "districtCode";

	static final String GUARDIAN1_NAME = "guardian1Name";

	static final String GUARDIAN1_RELATION = "guardian1Relation";

	static final String GUARDIAN1_ID_TYPE = "guardian1IdType";

	static final String GUARDIAN1_ID_MASKED = "guardian1IdMasked";

	static final String GUARDIAN2_NAME = "guardian2Name";

	static final String GUARDIAN2_RELATION = "guardian2Relation";

	static final String GUARDIAN2_ID_TYPE = "guardian2IdType";

	static final String GUARDIAN2_ID_MASKED = "guardian2IdMasked";

	/** One line per child: name, masked ID number, date of birth. */
	static final String CHILDREN = "childrenSummary";

	static final String PARENT_CHILD_CASE = "parentChildCaseLabel";

	/** One line per child: the declared disability types and the masked certificate number. */
	static final String DISABILITY = "disabilitySummary";

	static final String ADDRESS = FormFact.ADDRESS;

	/** The home the family entered: its kind and certificate or filed contract number. */
	static final String PROPERTY = FormFact.PROPERTY;

	/** What the property registry found about that home. */
	static final String REGISTRY_HOME = "registryHomeSummary";

	static final String RESIDENCE_PERMIT = "residencePermitSummary";

	static final String GUARDIAN1_MONTHS = "guardian1InsuranceMonths";

	static final String GUARDIAN2_MONTHS = "guardian2InsuranceMonths";

	/** All the registries found, for the decision on a recheck. */
	static final String FINDINGS = "findingsSummary";

	/** The checks recorded on the case, with their reasons. */
	static final String CHECKS = "checkSummary";

	/** Where the case stood when the family asked to modify it. */
	static final String MODIFICATION_FROM = "modificationFromLabel";

	/** Links to the documents of identity and relation (and the others the family uploaded). */
	static final String IDENTITY_DOCUMENTS = "identityDocumentLinks";

	static final String HOUSING_DOCUMENTS = "housingDocumentLinks";

	static final String DISABILITY_DOCUMENTS = "disabilityDocumentLinks";

	/** Links to all the case's documents. */
	static final String ALL_DOCUMENTS = "documentLinks";

	private static final Set<DocumentType> IDENTITY_TYPES = EnumSet.of(DocumentType.HOUSEHOLD_BOOKLET_HEAD,
			DocumentType.HOUSEHOLD_BOOKLET_FATHER, DocumentType.HOUSEHOLD_BOOKLET_MOTHER,
			DocumentType.HOUSEHOLD_BOOKLET_CHILD, DocumentType.BIRTH_CERTIFICATE, DocumentType.MARRIAGE_CERTIFICATE,
			DocumentType.ID_CARD_FRONT, DocumentType.ID_CARD_BACK, DocumentType.PASSPORT_PAGE, DocumentType.OTHER);

	private static final Set<DocumentType> HOUSING_TYPES = EnumSet.of(DocumentType.PROPERTY_CERTIFICATE,
			DocumentType.OTHER);

	private static final Set<DocumentType> DISABILITY_TYPES = EnumSet.of(DocumentType.DISABILITY_PROOF,
			DocumentType.OTHER);

	/** The applicant, guardian 1, always identifies with a resident ID card. */
	private static final String GUARDIAN1_ID_TYPE_CODE = "RESIDENT_ID";

	/** The engine keeps a string variable in a column of 4,000 characters. */
	static final int MAX_TEXT = 4000;

	private static final String BETWEEN_LANGUAGES = " / ";

	private static final String BETWEEN_NAMES = "、";

	private static final String BETWEEN_PARTS = " · ";

	private final Applications applications;

	private final Documents documents;

	private final FormFactTexts texts;

	private final DocumentLinks documentLinks;

	private final MessageSource messages;

	PointsAuditFormFacts(Applications applications, Documents documents, FormFactTexts texts,
			DocumentLinks documentLinks, MessageSource messages) {
		this.applications = applications;
		this.documents = documents;
		this.texts = texts;
		this.documentLinks = documentLinks;
		this.messages = messages;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID applicationId = UUID
			.fromString(String.valueOf(task.getVariable(PointsAdmissionProcess.VAR_APPLICATION_ID)));
		Object modificationFrom = task.getVariable(PointsAdmissionProcess.VAR_MODIFICATION_FROM);
		task.setVariablesLocal(of(applications.pointsFacts(applicationId),
				applications.pointsFindings(applicationId).orElse(null), applications.checks(applicationId),
				documents.ofCase(applicationId), modificationFrom == null ? null : modificationFrom.toString()));
	}

	/**
	 * The variables the points forms show.
	 * @param findings what the registries found, {@code null} before verification
	 * @param modificationFrom {@code REVIEW} or {@code REVIEWED}, {@code null} when no modification was asked for
	 */
	VariableMap of(PointsCaseFacts facts, PointsFindings findings, List<CheckOutcome> checks,
			List<DocumentView> caseDocuments, String modificationFrom) {
		Guardian guardian2 = facts.guardian2();
		return Variables.createVariables()
			.putValue(CHILD_NAME, facts.children().stream().map(PointsCaseFacts.Child::name)
				.collect(Collectors.joining(BETWEEN_NAMES)))
			.putValue(DISTRICT, orNotGiven(facts.district()))
			.putValue(GUARDIAN1_NAME, orNotGiven(facts.applicantName()))
			.putValue(GUARDIAN1_RELATION, texts.label("review.relation", facts.guardian1Relation()))
			.putValue(GUARDIAN1_ID_TYPE, idType(GUARDIAN1_ID_TYPE_CODE))
			.putValue(GUARDIAN1_ID_MASKED, orNotGiven(IdNumbers.mask(facts.applicantIdNumber())))
			.putValue(GUARDIAN2_NAME, guardian2 == null ? notGiven() : orNotGiven(guardian2.name()))
			.putValue(GUARDIAN2_RELATION,
					texts.label("review.relation", guardian2 == null ? null : guardian2.relation()))
			.putValue(GUARDIAN2_ID_TYPE, guardian2 == null ? notGiven() : idType(guardian2.idType()))
			.putValue(GUARDIAN2_ID_MASKED,
					guardian2 == null ? notGiven() : orNotGiven(IdNumbers.mask(guardian2.idNumber())))
			.putValue(CHILDREN, children(facts.children()))
			.putValue(PARENT_CHILD_CASE, texts.label("review.parentChildCase", facts.parentChildCase()))
			.putValue(DISABILITY, disabilities(facts.children()))
			.putValue(ADDRESS, orNotGiven(facts.address()))
			.putValue(PROPERTY, texts.property(facts.propertyKind(), facts.propertyNumber()))
			.putValue(REGISTRY_HOME, findings == null ? notVerified() : home(findings))
			.putValue(RESIDENCE_PERMIT, findings == null ? notVerified() : residence(findings))
			.putValue(GUARDIAN1_MONTHS,
					findings == null ? notVerified() : months(findings.mainApplicantMonths()))
			.putValue(GUARDIAN2_MONTHS,
					findings == null ? notVerified() : months(findings.secondParentMonths()))
			.putValue(FINDINGS, findings == null ? notVerified() : findings(findings))
			.putValue(CHECKS, checks(checks))
			.putValue(MODIFICATION_FROM, texts.label("review.points.modificationFrom", modificationFrom))
			.putValue(IDENTITY_DOCUMENTS, documentLinks.of(facts.applicationId(), caseDocuments, IDENTITY_TYPES::contains))
			.putValue(HOUSING_DOCUMENTS, documentLinks.of(facts.applicationId(), caseDocuments, HOUSING_TYPES::contains))
			.putValue(DISABILITY_DOCUMENTS,
					documentLinks.of(facts.applicationId(), caseDocuments, DISABILITY_TYPES::contains))
			.putValue(ALL_DOCUMENTS, documentLinks.of(facts.applicationId(), caseDocuments, type -> true));
	}

	private String children(List<PointsCaseFacts.Child> children) {
		if (children.isEmpty()) {
			return notGiven();
		}
		return numbered(children, child -> child.name() + BETWEEN_PARTS + orNotGiven(IdNumbers.mask(child.idNumber()))
				+ BETWEEN_PARTS + texts.both("review.points.birthDate") + " "
				+ IdNumbers.birthDateOf(child.idNumber()).map(LocalDate::toString).orElseGet(this::notGiven));
	}

	private String disabilities(List<PointsCaseFacts.Child> children) {
		if (children.isEmpty()) {
			return notGiven();
		}
		return numbered(children, child -> child.name() + " (" + orNotGiven(IdNumbers.mask(child.idNumber())) + "): "
				+ disability(child));
	}

	private String disability(PointsCaseFacts.Child child) {
		if (!child.disabilityDeclared()) {
			return texts.both("review.points.disability.none");
		}
		String types = child.disabilityTypes().isEmpty() ? notGiven()
				: child.disabilityTypes().stream().map(this::disabilityType).collect(Collectors.joining(", "));
		return types + BETWEEN_PARTS + texts.both("review.points.disabilityCertificate") + " "
				+ orNotGiven(IdNumbers.mask(child.disabilityCertificateNumber()));
	}

	/** A declared type's label, or the type as declared when it has none. */
	private String disabilityType(String type) {
		String code = "review.disabilityType." + type;
		String chinese = messages.getMessage(code, null, type, Locale.SIMPLIFIED_CHINESE);
		String english = messages.getMessage(code, null, type, Locale.ENGLISH);
		return chinese.equals(english) ? chinese : chinese + BETWEEN_LANGUAGES + english;
	}

	private String idType(String type) {
		if (type == null) {
			return notGiven();
		}
		String code = "points.guardianIdType." + type;
		return messages.getMessage(code, null, type, Locale.SIMPLIFIED_CHINESE) + BETWEEN_LANGUAGES
				+ messages.getMessage(code, null, type, Locale.ENGLISH);
	}

	private String home(PointsFindings findings) {
		return texts.both(findings.homeInDistrict() ? "review.points.home.inDistrict" : "review.points.home.notInDistrict")
				+ "\n" + texts.both("review.points.home.address") + ": "
				+ (findings.homeAddress() == null ? texts.both("review.points.home.notFound") : findings.homeAddress());
	}

	private String residence(PointsFindings findings) {
		if (findings.residenceSince() == null) {
			return texts.both("review.points.residence.none");
		}
		return texts.both("review.points.residence", findings.residenceSince().toString(),
				String.valueOf(findings.residencePermitYears()));
	}

	private String months(int months) {
		return texts.both("review.points.months", String.valueOf(months));
	}

	private String findings(PointsFindings findings) {
		return texts.both("review.points.guardian1Months") + ": " + months(findings.mainApplicantMonths()) + "\n"
				+ texts.both("review.points.guardian2Months") + ": " + months(findings.secondParentMonths()) + "\n"
				+ texts.both("review.points.residencePermit") + ": " + residence(findings) + "\n"
				+ texts.both("review.points.home") + ": " + home(findings);
	}

	private String checks(List<CheckOutcome> checks) {
		if (checks.isEmpty()) {
			return notVerified();
		}
		long failed = checks.stream().filter(check -> !check.passed()).count();
		return fitted(texts.both("review.points.checks", String.valueOf(checks.size()), String.valueOf(failed))
				+ FormFactTexts.reasons(checks));
	}


	/** The text, shortened to fit a string variable. */
	private static String fitted(String text) {
		return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

	private static <T> String numbered(List<T> items, Function<T, String> line) {
		return IntStream.range(0, items.size())
			.mapToObj(index -> (index + 1) + ". " + line.apply(items.get(index)))
			.collect(Collectors.joining("\n"));
	}

	private String orNotGiven(String value) {
		return value == null || value.isBlank() ? notGiven() : value;
	}

	private String notGiven() {
		return texts.both("review.notGiven");
	}

	private String notVerified() {
		return texts.both("review.points.notVerified");
	}

}
