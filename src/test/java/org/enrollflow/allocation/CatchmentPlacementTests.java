package org.enrollflow.allocation;

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

class CatchmentPlacementTests {

	static final Instant EIGHT = Instant.parse("2023-07-01T00:00:00Z");

	@Test
	void placesAtTheSchoolOfTheLongestPrefixWhileItHasSeats() {
		List<SchoolSeats> schools = List.of(new SchoolSeats("TN01", 2), new SchoolSeats("TN02", 1),
				new SchoolSeats("WJ01", 1));
		List<Catchment> catchments = List.of(new Catchment("TN01", "常州市天宁区青洋北路"),
				new Catchment("TN02", "常州市天宁区青洋北路1号"), new Catchment("WJ01", "常州市武进区𠮷祥路"));
		List<CatchmentCase> cases = List.of(
				new CatchmentCase("c1", "常州市天宁区青洋北路1号楼3单元", false, EIGHT.plusSeconds(3600)),
				new CatchmentCase("c2", "常州市天宁区青洋北路5号", false, EIGHT.plusSeconds(3 * 3600)),
				new CatchmentCase("c3", "常州市天宁区青洋北路1号", true, EIGHT.plusSeconds(2 * 3600)),
				new CatchmentCase("c4", "常州市新北区太湖路2号", true, EIGHT),
				new CatchmentCase("c5", "常州市天宁区青洋北路8号", false, EIGHT),
				new CatchmentCase("c6", "常州市天宁区青洋北路9号", false, EIGHT.plusSeconds(1800)),
				new CatchmentCase("c7", "常州市武进区𠮷祥路8号", false, EIGHT.plusSeconds(7200)));

		Placement placement = CatchmentPlacement.place(schools, catchments, cases);

		assertThat(placement.admitted()).containsOnly(Map.entry("c3", "TN02"), Map.entry("c5", "TN01"),
				Map.entry("c6", "TN01"), Map.entry("c7", "WJ01"));
		assertThat(placement.unplaced()).containsExactly(new Unplaced("c4", UnplacedReason.NO_CATCHMENT, null),
				new Unplaced("c1", UnplacedReason.NO_SEAT, "TN02"), new Unplaced("c2", UnplacedReason.NO_SEAT, "TN01"));
	}

	@Test
	void givesHukouAndPropertyAtTheSameAddressTheFirstSeatsThenEarlierConfirmations() {
		List<CatchmentCase> cases = List.of(new CatchmentCase("late-same", "A路1号", true, EIGHT.plusSeconds(60)),
				new CatchmentCase("early", "A路2号", false, EIGHT), new CatchmentCase("early-same", "A路3号", true, EIGHT),
				new CatchmentCase("later", "A路4号", false, EIGHT.plusSeconds(30)));

		Placement placement = CatchmentPlacement.place(List.of(new SchoolSeats("A", 3)),
				List.of(new Catchment("A", "A路")), cases);

		assertThat(placement.admitted().keySet()).containsExactly("early-same", "late-same", "early");
		assertThat(placement.unplaced()).containsExactly(new Unplaced("later", UnplacedReason.NO_SEAT, "A"));
	}

	@Test
	void treatsASchoolWithACatchmentButNoSeatsAsFull() {
		Placement placement = CatchmentPlacement.place(List.of(), List.of(new Catchment("B", "B路")),
				List.of(new CatchmentCase("c1", "B路1号", false, EIGHT)));

		assertThat(placement.unplaced()).containsExactly(new Unplaced("c1", UnplacedReason.NO_SEAT, "B"));
	}

	@Test
	void refusesAPrefixOfTwoSchoolsAndAcceptsOneRepeatedForTheSameSchool() {
		List<SchoolSeats> schools = List.of(new SchoolSeats("A", 1), new SchoolSeats("B", 1));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> CatchmentPlacement.place(schools,
					List.of(new Catchment("A", "X路"), new Catchment("B", "X路")), List.of()))
			.withMessageContaining("A")
			.withMessageContaining("B");
		assertThat(CatchmentPlacement
			.place(schools, List.of(new Catchment("A", "X路"), new Catchment("A", "X路")),
					List.of(new CatchmentCase("c1", "X路1号", false, EIGHT)))
			.admitted()).containsExactly(Map.entry("c1", "A"));
	}

	@Test
	void refusesAnApplicationListedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CatchmentPlacement.place(List.of(), List.of(), List.of(
					new CatchmentCase("c1", "X", false, EIGHT), new CatchmentCase("c1", "Y", false, EIGHT))))
			.withMessageContaining("c1");
	}

	@Test
	void placesEachCaseOnceAtItsLongestMatchWithinTheSeatsAndByPriority() {
		for (int run = 0; run < 300; run++) {
			Random random = new Random(run);
			Instance instance = Instance.random(random);

			Placement placement = CatchmentPlacement.place(instance.schools, instance.catchments, instance.cases);

			Map<String, Integer> seats = new HashMap<>();
			instance.schools.forEach(school -> seats.put(school.schoolId(), school.seats()));
			Map<String, Integer> taken = new HashMap<>();
			placement.admitted().values().forEach(school -> taken.merge(school, 1, Integer::sum));
			taken.forEach((school, count) -> assertThat(count).isLessThanOrEqualTo(seats.getOrDefault(school, 0)));
			Set<String> seen = new HashSet<>(placement.admitted().keySet());
			placement.unplaced().forEach(unplaced -> assertThat(seen.add(unplaced.applicationId())).isTrue());
			assertThat(seen).hasSize(instance.cases.size());
			Map<String, Unplaced> unplaced = new HashMap<>();
			placement.unplaced().forEach(one -> unplaced.put(one.applicationId(), one));
			for (CatchmentCase one : instance.cases) {
				String school = longestMatch(instance.catchments, one.address());
				if (school == null) {
					assertThat(unplaced.get(one.applicationId()).reason()).isEqualTo(UnplacedReason.NO_CATCHMENT);
				}
				else if (placement.admitted().containsKey(one.applicationId())) {
					assertThat(placement.admitted().get(one.applicationId())).isEqualTo(school);
				}
				else {
					assertThat(unplaced.get(one.applicationId()))
						.isEqualTo(new Unplaced(one.applicationId(), UnplacedReason.NO_SEAT, school));
					assertThat(taken.getOrDefault(school, 0)).isEqualTo(seats.getOrDefault(school, 0));
					instance.cases.stream()
						.filter(other -> placement.admitted().containsKey(other.applicationId())
								&& placement.admitted().get(other.applicationId()).equals(school))
						.forEach(admitted -> assertThat(PRIORITY.compare(admitted, one)).isNegative());
				}
			}
		}
	}

	@Test
	void ordersByPriorityWhenConfirmationTimesSpanTooWideToPackIntoOneKey() {
		List<CatchmentCase> cases = List.of(new CatchmentCase("last", "A路1号", false, Instant.MAX),
				new CatchmentCase("first", "A路2号", true, Instant.MAX), new CatchmentCase("second", "A路3号", false,
						Instant.MIN),
				new CatchmentCase("third", "A路4号", false, EIGHT.plusNanos(1)));

		Placement placement = CatchmentPlacement.place(List.of(new SchoolSeats("A", 3)),
				List.of(new Catchment("A", "A路")), cases);

		assertThat(placement.admitted().keySet()).containsExactly("first", "second", "third");
		assertThat(placement.unplaced()).containsExactly(new Unplaced("last", UnplacedReason.NO_SEAT, "A"));
	}

	@Test
	void placesTheSameWhateverTheOrderOfTheInputs() {
		for (int run = 0; run < 200; run++) {
			Random random = new Random(run);
			Instance instance = Instance.random(random);
			List<SchoolSeats> schools = new ArrayList<>(instance.schools);
			List<Catchment> catchments = new ArrayList<>(instance.catchments);
			List<CatchmentCase> cases = new ArrayList<>(instance.cases);
			Collections.shuffle(schools, random);
			Collections.shuffle(catchments, random);
			Collections.shuffle(cases, random);

			Placement placement = CatchmentPlacement.place(instance.schools, instance.catchments, instance.cases);
			Placement shuffled = CatchmentPlacement.place(schools, catchments, cases);

			assertThat(shuffled).isEqualTo(placement);
			assertThat(List.copyOf(shuffled.admitted().keySet()))
				.containsExactlyElementsOf(placement.admitted().keySet());
		}
	}

	static final Comparator<CatchmentCase> PRIORITY = Comparator
		.comparing((CatchmentCase one) -> !one.hukouAtPropertyAddress())
		.thenComparing(CatchmentCase::confirmedAt)
		.thenComparing(CatchmentCase::applicationId);

	static String longestMatch(List<Catchment> catchments, String address) {
		return catchments.stream()
			.filter(catchment -> address.startsWith(catchment.addressPrefix()))
			.max(Comparator.comparingInt(catchment -> catchment.addressPrefix().length()))
			.map(Catchment::schoolId)
			.orElse(null);
	}

	record Instance(List<SchoolSeats> schools, List<Catchment> catchments, List<CatchmentCase> cases) {

		static Instance random(Random random) {
			int schoolCount = 1 + random.nextInt(5);
			List<SchoolSeats> schools = new ArrayList<>();
			for (int s = 0; s < schoolCount; s++) {
				schools.add(new SchoolSeats("school-" + s, random.nextInt(5)));
			}
			Map<String, String> owners = new HashMap<>();
			for (int p = 0; p < 1 + random.nextInt(8); p++) {
				owners.putIfAbsent(randomText(random, 1 + random.nextInt(3)), "school-" + random.nextInt(schoolCount + 1));
			}
			List<Catchment> catchments = new ArrayList<>();
			owners.forEach((prefix, school) -> catchments.add(new Catchment(school, prefix)));
			List<CatchmentCase> cases = new ArrayList<>();
			for (int i = 0; i < random.nextInt(40); i++) {
				cases.add(new CatchmentCase("case-" + i, randomText(random, 1 + random.nextInt(5)), random.nextBoolean(),
						EIGHT.plusSeconds(random.nextInt(4))));
			}
			return new Instance(schools, catchments, cases);
		}

		private static String randomText(Random random, int length) {
			String[] characters = { "路", "号", "𠮷", "1" };
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < length; i++) {
				text.append(characters[random.nextInt(characters.length)]);
			}
			return text.toString();
		}

	}

}
