package org.enrollflow.allocation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.enrollflow.allocation.LotteryInput.Entry;
import org.enrollflow.allocation.LotteryResult.SchoolOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LotteryTests {

	static final LotterySeed SEED = LotterySeed
		.fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

	static final LotteryInput EXAMPLE = new LotteryInput(
			List.of(new SchoolSeats("private-b", 5), new SchoolSeats("private-a", 2), new SchoolSeats("private-c", 1)),
			List.of(new Entry("app-3", "child-3", "private-a"), new Entry("app-6", "child-6", "private-b"),
					new Entry("app-1", "child-1", "private-a"), new Entry("app-4", "child-4", "private-a"),
					new Entry("app-5", "child-5", "private-b"), new Entry("app-2", "child-2", "private-a")));

	@Test
	void computesTheDrawKeyAsHmacSha256OfTheChildKeyUnderTheSeed() {
		// printf %s child-1 | openssl dgst -sha256 -mac HMAC -macopt hexkey:0001...1f
		assertThat(Lottery.drawKey(SEED, "child-1"))
			.isEqualTo("541aa354ec32e2f7eb4fd9209be5a6e56baa6096f350cb47ccd61678fe4042a5");
	}

	@Test
	void admitsBySmallestDrawKeyAndWaitlistsTheRestInOrder() {
		LotteryResult result = Lottery.draw(EXAMPLE, SEED);

		assertThat(result.algorithm()).isEqualTo("EnrollFlow-Lottery-v1");
		assertThat(result.seedHex()).isEqualTo(SEED.hex());
		assertThat(result.seedHash()).isEqualTo("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
		assertThat(result.schools()).containsExactly(
				// draw keys: child-2 1b60…, child-1 541a…, child-3 bf68…, child-4 df96…
				new SchoolOutcome("private-a", 2, 4, List.of("app-2", "app-1"), List.of("app-3", "app-4")),
				// child-5 768b…, child-6 d672…
				new SchoolOutcome("private-b", 5, 2, List.of("app-5", "app-6"), List.of()),
				new SchoolOutcome("private-c", 1, 0, List.of(), List.of()));
	}

	@Test
	void digestsTheCanonicalInputs() {
		// printf 'record,school_id,seats,application_id,child_key\nschool,private-a,2,,\n…' | sha256sum
		String digest = "30813dbedba96e661cdc1051364a2374ced23bbdfb622c5897844665500a38c2";

		assertThat(Lottery.inputDigest(EXAMPLE)).isEqualTo(digest);
		assertThat(Lottery.draw(EXAMPLE, SEED).inputDigest()).isEqualTo(digest);
	}

	@Test
	void digestsThePlainCanonicalListingOfAnyInput() throws GeneralSecurityException {
		for (int run = 0; run < 200; run++) {
			LotteryInput input = randomInput(new Random(run));
			StringBuilder canonical = new StringBuilder("record,school_id,seats,application_id,child_key\n");
			input.schools()
				.stream()
				.sorted(Comparator.comparing(SchoolSeats::schoolId))
				.forEach(school -> canonical.append("school,").append(school.schoolId()).append(',')
					.append(school.seats()).append(",,\n"));
			input.entries()
				.stream()
				.sorted(Comparator.comparing(Entry::schoolId).thenComparing(Entry::childKey))
				.forEach(entry -> canonical.append("applicant,").append(entry.schoolId()).append(",,")
					.append(entry.applicationId()).append(',').append(entry.childKey()).append('\n'));
			byte[] sha256 = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.US_ASCII));

			assertThat(Lottery.inputDigest(input)).isEqualTo(HexFormat.of().formatHex(sha256));
		}
	}

	@Test
	void digestDependsOnSeatsAndApplicants() {
		String digest = Lottery.inputDigest(EXAMPLE);

		assertThat(Lottery.inputDigest(withSchools(EXAMPLE, new SchoolSeats("private-a", 3),
				new SchoolSeats("private-b", 5), new SchoolSeats("private-c", 1)))).isNotEqualTo(digest);
		assertThat(Lottery.inputDigest(new LotteryInput(EXAMPLE.schools(), EXAMPLE.entries().subList(1, 6))))
			.isNotEqualTo(digest);
	}

	@Test
	void keepsTheChildsPlaceWhenTheApplicationIsMadeAgain() {
		List<Entry> reapplied = new ArrayList<>(EXAMPLE.entries());
		reapplied.replaceAll(entry -> entry.childKey().equals("child-1")
				? new Entry("app-1-again", "child-1", "private-a") : entry);

		LotteryResult result = Lottery.draw(new LotteryInput(EXAMPLE.schools(), reapplied), SEED);

		assertThat(result.schools().get(0).admitted()).containsExactly("app-2", "app-1-again");
	}

	@Test
	void refusesInputsThatCannotBeDrawnFairly() {
		List<SchoolSeats> schools = List.of(new SchoolSeats("s1", 1), new SchoolSeats("s2", 1));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Lottery.draw(new LotteryInput(schools, List.of(new Entry("a1", "c1", "s3"))), SEED))
			.withMessageContaining("s3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Lottery.draw(new LotteryInput(schools,
					List.of(new Entry("a1", "c1", "s1"), new Entry("a2", "c1", "s2"))), SEED))
			.withMessageContaining("c1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Lottery.draw(new LotteryInput(schools,
					List.of(new Entry("a1", "c1", "s1"), new Entry("a1", "c2", "s1"))), SEED))
			.withMessageContaining("a1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Lottery.draw(new LotteryInput(List.of(new SchoolSeats("s1", 1), new SchoolSeats("s1", 2)),
					List.of()), SEED))
			.withMessageContaining("s1");
	}

	@Test
	void acceptsOnlyIdentifiersThatNeedNoQuoting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Entry("a,1", "c1", "s1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Entry("a1", "张三", "s1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Entry("a1", "", "s1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Entry("a1", "c".repeat(201), "s1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SchoolSeats("s1", -1));
		assertThat(new Entry("3f2b9c1e-7d4a-4e21-9a0b-5c6d7e8f9012", "0a1b:c2_d.e-f", "TN01").schoolId())
			.isEqualTo("TN01");
	}

	@Test
	void neverFillsMoreThanTheSeatsAndAdmitsOrWaitlistsEveryApplicantOnce() {
		for (int run = 0; run < 300; run++) {
			Random random = new Random(run);
			LotteryInput input = randomInput(random);
			LotteryResult result = Lottery.draw(input, randomSeed(random));

			Map<String, Integer> seats = new HashMap<>();
			input.schools().forEach(school -> seats.put(school.schoolId(), school.seats()));
			Map<String, Long> signedUp = new HashMap<>();
			input.entries().forEach(entry -> signedUp.merge(entry.schoolId(), 1L, Long::sum));
			Set<String> seen = new HashSet<>();
			for (SchoolOutcome school : result.schools()) {
				long applicants = signedUp.getOrDefault(school.schoolId(), 0L);
				assertThat(school.admitted()).hasSize((int) Math.min(seats.get(school.schoolId()), applicants));
				assertThat(school.admitted().size() + school.waitlist().size()).isEqualTo(applicants)
					.isEqualTo(school.applicants());
				school.admitted().forEach(id -> assertThat(seen.add(id)).as("seen once: %s", id).isTrue());
				school.waitlist().forEach(id -> assertThat(seen.add(id)).as("seen once: %s", id).isTrue());
			}
			assertThat(seen).hasSize(input.entries().size());
			assertThat(result.schools()).extracting(SchoolOutcome::schoolId)
				.isSortedAccordingTo(Comparator.naturalOrder())
				.hasSize(input.schools().size());
		}
	}

	@Test
	void drawsTheSameForTheSameSeedAndInputsInAnyOrder() {
		for (int run = 0; run < 200; run++) {
			Random random = new Random(run);
			LotteryInput input = randomInput(random);
			LotterySeed seed = randomSeed(random);
			List<SchoolSeats> schools = new ArrayList<>(input.schools());
			List<Entry> entries = new ArrayList<>(input.entries());
			Collections.shuffle(schools, random);
			Collections.shuffle(entries, random);

			LotteryResult result = Lottery.draw(input, seed);

			assertThat(Lottery.draw(input, seed)).isEqualTo(result);
			assertThat(Lottery.draw(new LotteryInput(schools, entries), seed)).isEqualTo(result);
		}
	}

	@Test
	void agreesWithAPlainReadingOfTheAlgorithm() throws GeneralSecurityException {
		for (int run = 0; run < 200; run++) {
			Random random = new Random(run);
			LotteryInput input = randomInput(random);
			LotterySeed seed = randomSeed(random);

			assertThat(Lottery.draw(input, seed).schools()).isEqualTo(plainDraw(input, seed));
		}
	}

	@Test
	void givesEveryApplicantTheSameChance() {
		LotteryInput input = new LotteryInput(List.of(new SchoolSeats("s", 1)),
				List.of(new Entry("a1", "c1", "s"), new Entry("a2", "c2", "s"), new Entry("a3", "c3", "s")));
		Map<String, Integer> wins = new HashMap<>();
		Random random = new Random(42);
		int draws = 3000;
		for (int run = 0; run < draws; run++) {
			wins.merge(Lottery.draw(input, randomSeed(random)).schools().get(0).admitted().get(0), 1, Integer::sum);
		}

		// each expects 1000 with a standard deviation of about 26
		assertThat(wins.values()).hasSize(3).allSatisfy(count -> assertThat(count).isBetween(880, 1120));
	}

	static LotterySeed randomSeed(Random random) {
		byte[] bytes = new byte[LotterySeed.LENGTH];
		random.nextBytes(bytes);
		return LotterySeed.fromHex(HexFormat.of().formatHex(bytes));
	}

	static LotteryInput randomInput(Random random) {
		int schoolCount = 1 + random.nextInt(6);
		List<SchoolSeats> schools = new ArrayList<>();
		for (int s = 0; s < schoolCount; s++) {
			schools.add(new SchoolSeats("school-" + s, random.nextInt(8)));
		}
		int applicants = random.nextInt(40);
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < applicants; i++) {
			String prefix = random.nextBoolean() ? "child-" : "child-with-a-long-shared-prefix-";
			entries.add(new Entry("app-" + i, prefix + Integer.toHexString(random.nextInt(64)) + "-" + i,
					"school-" + random.nextInt(schoolCount)));
		}
		return new LotteryInput(schools, entries);
	}

	static LotteryInput withSchools(LotteryInput input, SchoolSeats... schools) {
		return new LotteryInput(List.of(schools), input.entries());
	}

	/** The algorithm as its documentation states it, with the JDK's HMAC and a comparator. */
	static List<SchoolOutcome> plainDraw(LotteryInput input, LotterySeed seed) throws GeneralSecurityException {
		Mac hmac = Mac.getInstance("HmacSHA256");
		hmac.init(new SecretKeySpec(seed.bytes(), "HmacSHA256"));
		Map<String, byte[]> keys = new HashMap<>();
		for (Entry entry : input.entries()) {
			keys.put(entry.childKey(), hmac.doFinal(entry.childKey().getBytes(StandardCharsets.US_ASCII)));
		}
		List<SchoolOutcome> outcomes = new ArrayList<>();
		input.schools().stream().sorted(Comparator.comparing(SchoolSeats::schoolId)).forEach(school -> {
			List<Entry> applicants = new ArrayList<>(
					input.entries().stream().filter(entry -> entry.schoolId().equals(school.schoolId())).toList());
			applicants.sort((left, right) -> {
				int byKey = Arrays.compareUnsigned(keys.get(left.childKey()), keys.get(right.childKey()));
				return byKey != 0 ? byKey : left.childKey().compareTo(right.childKey());
			});
			List<String> order = applicants.stream().map(Entry::applicationId).toList();
			int admitted = Math.min(school.seats(), order.size());
			outcomes.add(new SchoolOutcome(school.schoolId(), school.seats(), order.size(), order.subList(0, admitted),
					order.subList(admitted, order.size())));
		});
		return outcomes;
	}

}
