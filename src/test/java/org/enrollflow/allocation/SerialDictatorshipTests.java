package org.enrollflow.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.enrollflow.allocation.Placement.Unplaced;
import org.enrollflow.allocation.Placement.UnplacedReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SerialDictatorshipTests {

	static final LotterySeed SEED = LotteryTests.SEED;
	static final Instant NINE = Instant.parse("2022-04-18T01:00:00Z");

	@Test
	void servesApplicantsByRankEachAtTheirMostWishedSchoolWithASeat() {
		List<SchoolSeats> schools = List.of(new SchoolSeats("X", 1), new SchoolSeats("Y", 2));
		List<RankedApplicant> applicants = List.of(
				applicant("a1", "90", 24, NINE, "X", "Y"),
				applicant("a2", "95", 0, NINE, "X"),
				applicant("a3", "90", 36, NINE, "X", "Y"),
				applicant("a4", "80", 12, NINE.plusSeconds(60)),
				applicant("a5", "80", 12, NINE, "X"));

		Placement placement = SerialDictatorship.allocate(schools, applicants, SEED);

		assertThat(SerialDictatorship.rank(applicants, SEED)).containsExactly("a2", "a3", "a1", "a5", "a4");
		assertThat(placement.admitted()).containsExactly(Map.entry("a2", "X"), Map.entry("a3", "Y"),
				Map.entry("a1", "Y"));
		assertThat(placement.unplaced()).containsExactly(new Unplaced("a5", UnplacedReason.NO_SEAT, null),
				new Unplaced("a4", UnplacedReason.NO_PREFERENCE, null));
	}

	@Test
	void comparesPointsByValueWhateverTheirScale() {
		List<RankedApplicant> applicants = List.of(applicant("a1", "90.00", 10, NINE, "X"),
				applicant("a2", "90.0", 20, NINE, "X"), applicant("a3", "90.5", 0, NINE, "X"));

		assertThat(SerialDictatorship.rank(applicants, SEED)).containsExactly("a3", "a2", "a1");
	}

	@Test
	void breaksTheLastTieByTheChildsDrawKeyUnderTheSeed() {
		// draw keys under SEED: child-2 1b60…, child-1 541a…, child-5 768b…
		List<RankedApplicant> applicants = List.of(
				new RankedApplicant("a1", "child-1", new BigDecimal("90"), 12, NINE, List.of("X")),
				new RankedApplicant("a2", "child-5", new BigDecimal("90"), 12, NINE, List.of("X")),
				new RankedApplicant("a3", "child-2", new BigDecimal("90"), 12, NINE, List.of("X")));

		assertThat(SerialDictatorship.rank(applicants, SEED)).containsExactly("a3", "a1", "a2");
		assertThat(SerialDictatorship.allocate(List.of(new SchoolSeats("X", 1)), applicants, SEED).admitted())
			.containsExactly(Map.entry("a3", "X"));
	}

	@Test
	void ignoresASchoolListedAgain() {
		List<RankedApplicant> applicants = List.of(applicant("a1", "90", 0, NINE, "X", "X", "Y"));

		assertThat(SerialDictatorship
			.allocate(List.of(new SchoolSeats("X", 0), new SchoolSeats("Y", 1)), applicants, SEED)
			.admitted()).containsExactly(Map.entry("a1", "Y"));
	}

	@Test
	void refusesUnknownSchoolsAndApplicationsListedTwice() {
		List<SchoolSeats> schools = List.of(new SchoolSeats("X", 1));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> SerialDictatorship.allocate(schools, List.of(applicant("a1", "1", 0, NINE, "Q")), SEED))
			.withMessageContaining("Q");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SerialDictatorship.allocate(schools,
					List.of(applicant("a1", "1", 0, NINE, "X"), applicant("a1", "2", 0, NINE, "X")), SEED))
			.withMessageContaining("a1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SerialDictatorship.allocate(List.of(new SchoolSeats("X", 1), new SchoolSeats("X", 1)),
					List.of(), SEED))
			.withMessageContaining("X");
	}

	@Test
	void fillsNoSchoolBeyondItsSeatsAndPlacesEachApplicantOnceAtASchoolTheyWished() {
		for (int run = 0; run < 300; run++) {
			Random random = new Random(run);
			Instance instance = Instance.random(random);

			Placement placement = SerialDictatorship.allocate(instance.schools, instance.applicants, instance.seed);

			Map<String, Integer> taken = new HashMap<>();
			placement.admitted().values().forEach(school -> taken.merge(school, 1, Integer::sum));
			instance.schools.forEach(school -> assertThat(taken.getOrDefault(school.schoolId(), 0))
				.isLessThanOrEqualTo(school.seats()));
			Set<String> seen = new HashSet<>(placement.admitted().keySet());
			placement.unplaced().forEach(unplaced -> assertThat(seen.add(unplaced.applicationId())).isTrue());
			assertThat(seen).hasSize(instance.applicants.size());
			instance.applicants.stream()
				.filter(applicant -> placement.admitted().containsKey(applicant.applicationId()))
				.forEach(applicant -> assertThat(applicant.preferences())
					.contains(placement.admitted().get(applicant.applicationId())));
		}
	}

	@Test
	void leavesNoJustifiedEnvyAndWastesNoSeat() {
		for (int run = 0; run < 300; run++) {
			Random random = new Random(run);
			Instance instance = Instance.random(random);
			List<RankedApplicant> byRank = plainRank(instance.applicants, instance.seed);

			Placement placement = SerialDictatorship.allocate(instance.schools, instance.applicants, instance.seed);

			Map<String, Integer> seats = new HashMap<>();
			instance.schools.forEach(school -> seats.put(school.schoolId(), school.seats()));
			Map<String, Integer> taken = new HashMap<>();
			placement.admitted().values().forEach(school -> taken.merge(school, 1, Integer::sum));
			for (int higher = 0; higher < byRank.size(); higher++) {
				RankedApplicant applicant = byRank.get(higher);
				int own = wishIndex(applicant, placement.admitted().get(applicant.applicationId()));
				for (int wish = 0; wish < Math.min(own, applicant.preferences().size()); wish++) {
					String better = applicant.preferences().get(wish);
					assertThat(taken.getOrDefault(better, 0)).as("seats left at %s, wished more by %s", better,
							applicant.applicationId()).isEqualTo(seats.get(better));
					for (int lower = higher + 1; lower < byRank.size(); lower++) {
						assertThat(placement.admitted().get(byRank.get(lower).applicationId()))
							.as("%s ranks below %s but got %s", byRank.get(lower).applicationId(),
									applicant.applicationId(), better)
							.isNotEqualTo(better);
					}
				}
			}
		}
	}

	@Test
	void ranksByPointsThenMonthsThenSubmissionThenDrawKey() {
		for (int run = 0; run < 300; run++) {
			Random random = new Random(run);
			Instance instance = Instance.random(random);

			assertThat(SerialDictatorship.rank(instance.applicants, instance.seed)).containsExactlyElementsOf(
					plainRank(instance.applicants, instance.seed).stream().map(RankedApplicant::applicationId).toList());
		}
	}

	@Test
	void ranksTheSameWhenTheCriteriaSpanTooWideToPackIntoOneKey() {
		for (int run = 0; run < 100; run++) {
			Random random = new Random(run);
			Instance instance = Instance.random(random);
			List<RankedApplicant> applicants = new ArrayList<>(instance.applicants);
			applicants.add(new RankedApplicant("app-early", "child-early", new BigDecimal("90"), 12, Instant.MIN,
					List.of("school-0")));
			applicants.add(new RankedApplicant("app-tiny", "child-tiny", new BigDecimal("1E-40"), 0, Instant.MAX,
					List.of("school-0")));

			assertThat(SerialDictatorship.rank(applicants, instance.seed)).containsExactlyElementsOf(
					plainRank(applicants, instance.seed).stream().map(RankedApplicant::applicationId).toList());
		}
	}

	@Test
	void allocatesTheSameForTheSameSeedAndApplicantsInAnyOrder() {
		for (int run = 0; run < 200; run++) {
			Random random = new Random(run);
			Instance instance = Instance.random(random);
			List<SchoolSeats> schools = new ArrayList<>(instance.schools);
			List<RankedApplicant> applicants = new ArrayList<>(instance.applicants);
			Collections.shuffle(schools, random);
			Collections.shuffle(applicants, random);

			Placement placement = SerialDictatorship.allocate(instance.schools, instance.applicants, instance.seed);

			assertThat(SerialDictatorship.allocate(instance.schools, instance.applicants, instance.seed))
				.isEqualTo(placement);
			Placement shuffled = SerialDictatorship.allocate(schools, applicants, instance.seed);
			assertThat(shuffled).isEqualTo(placement);
			assertThat(List.copyOf(shuffled.admitted().keySet()))
				.containsExactlyElementsOf(placement.admitted().keySet());
		}
	}

	static RankedApplicant applicant(String applicationId, String points, int months, Instant submittedAt,
			String... preferences) {
		return new RankedApplicant(applicationId, "child-of-" + applicationId, new BigDecimal(points), months,
				submittedAt, List.of(preferences));
	}

	/** The documented rank, with the public draw key and a comparator. */
	static List<RankedApplicant> plainRank(List<RankedApplicant> applicants, LotterySeed seed) {
		Map<String, String> drawKeys = new HashMap<>();
		applicants.forEach(applicant -> drawKeys.put(applicant.childKey(), Lottery.drawKey(seed, applicant.childKey())));
		List<RankedApplicant> ranked = new ArrayList<>(applicants);
		ranked.sort(Comparator.comparing(RankedApplicant::points, Comparator.reverseOrder())
			.thenComparing(RankedApplicant::socialInsuranceMonths, Comparator.reverseOrder())
			.thenComparing(RankedApplicant::submittedAt)
			.thenComparing(applicant -> drawKeys.get(applicant.childKey()))
			.thenComparing(RankedApplicant::applicationId));
		return ranked;
	}

	private static int wishIndex(RankedApplicant applicant, String school) {
		int index = (school == null) ? -1 : applicant.preferences().indexOf(school);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

	record Instance(List<SchoolSeats> schools, List<RankedApplicant> applicants, LotterySeed seed) {

		static Instance random(Random random) {
			int schoolCount = 1 + random.nextInt(6);
			List<SchoolSeats> schools = new ArrayList<>();
			for (int s = 0; s < schoolCount; s++) {
				schools.add(new SchoolSeats("school-" + s, random.nextInt(6)));
			}
			String[] points = { "60", "75.5", "75.50", "90", "90.0", "102.25" };
			List<RankedApplicant> applicants = new ArrayList<>();
			int size = random.nextInt(60);
			for (int i = 0; i < size; i++) {
				List<String> preferences = new ArrayList<>();
				int wishes = random.nextInt(schoolCount + 1);
				for (int w = 0; w < wishes; w++) {
					preferences.add("school-" + random.nextInt(schoolCount));
				}
				String childKey = (random.nextInt(20) == 0 && i > 0) ? "child-" + (i - 1) : "child-" + i;
				applicants.add(new RankedApplicant("app-" + i, childKey, new BigDecimal(points[random.nextInt(points.length)]),
						12 * random.nextInt(3), NINE.plusSeconds(random.nextInt(3)), preferences));
			}
			return new Instance(schools, applicants, LotteryTests.randomSeed(random));
		}

	}

}
