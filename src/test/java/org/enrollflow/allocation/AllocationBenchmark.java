package org.enrollflow.allocation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Times the allocation algorithms on generated campaigns of growing size over 2,000 schools:
 * the lottery, the rank allocation (serial dictatorship) and the catchment placement. Each size
 * and algorithm is warmed up (at least two runs and three seconds), then measured: the median of
 * the runs' elapsed and CPU time, with the heap in use before the run (the input), the peak during
 * the run and the bytes the run allocated. Single-threaded; run it on one core, for example:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * taskset -c 0 java -Xmx1g -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     org.enrollflow.allocation.AllocationBenchmark 10000,100000,1000000 5
 * </pre>
 */
public final class AllocationBenchmark {

	static final int SCHOOLS = 2_000;
	static final int WARM_UPS = 2;
	static final long WARM_UP_NANOS = 3_000_000_000L;
	static final Instant REGISTRATION_OPENS = Instant.parse("2022-04-18T01:00:00Z");

	/** As a loader would hold them: one string per school, shared by every row naming it. */
	private static final String[] SCHOOL_IDS = IntStream.range(0, SCHOOLS)
		.mapToObj(school -> String.format(Locale.ROOT, "0b8e7c52-1f0a-4d3e-9c6b-%012d", school))
		.toArray(String[]::new);

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.toList();

	private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private AllocationBenchmark() {
	}

	public static void main(String[] args) {
		int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000,1000000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		System.out.printf(Locale.ROOT, "%s, max heap %d MiB, %d processor(s), %d schools, median of %d runs%n",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), SCHOOLS, runs);
		System.out.printf(Locale.ROOT, "%-10s %10s %9s %9s %13s %10s %9s %14s%n", "algorithm", "applicants", "elapsed s",
				"cpu s", "cpu ns/appl.", "input MiB", "peak MiB", "allocated MiB");
		AllocationBenchmark benchmark = new AllocationBenchmark();
		for (int size : sizes) {
			LotterySeed seed = LotterySeed.generate();
			List<SchoolSeats> publicSchools = publicSchools(size);
			List<Catchment> catchments = catchments();
			benchmark.measure("lottery", size, runs, prepared(() -> lotteryInput(size), input -> Lottery.draw(input, seed)));
			benchmark.measure("rank", size, runs, prepared(() -> rankedApplicants(size),
					applicants -> SerialDictatorship.allocate(publicSchools, applicants, seed)));
			benchmark.measure("catchment", size, runs, prepared(() -> catchmentCases(size),
					cases -> CatchmentPlacement.place(publicSchools, catchments, cases)));
		}
	}

	private void measure(String algorithm, int size, int runs, Supplier<Object> run) {
		long warmUpStart = System.nanoTime();
		for (int i = 0; i < WARM_UPS || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
			run.get();
		}
		long[] elapsed = new long[runs];
		long[] cpu = new long[runs];
		long[] peaks = new long[runs];
		long[] allocated = new long[runs];
		long input = 0;
		for (int i = 0; i < runs; i++) {
			System.gc();
			input = heapUsed();
			heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
			long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
			long cpuBefore = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			Object result = run.get();
			elapsed[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
			allocated[i] = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
			peaks[i] = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
			if (result == null) {
				throw new IllegalStateException(algorithm + " gave no result");
			}
		}
		System.out.printf(Locale.ROOT, "%-10s %10d %9.3f %9.3f %13.0f %10d %9d %14d%n", algorithm, size,
				median(elapsed) / 1e9, median(cpu) / 1e9, (double) median(cpu) / size, input >> 20, median(peaks) >> 20,
				median(allocated) >> 20);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private long heapUsed() {
		return heapPools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
	}

	/** Generates the input once; the measured work is the algorithm alone. */
	private static <T> Supplier<Object> prepared(Supplier<T> input, Function<T, Object> algorithm) {
		T prepared = input.get();
		return () -> algorithm.apply(prepared);
	}

	/** Oversubscribed private schools: seats for about two in five applicants. */
	static LotteryInput lotteryInput(int size) {
		SplittableRandom random = new SplittableRandom(size);
		List<SchoolSeats> schools = new ArrayList<>(SCHOOLS);
		for (int s = 0; s < SCHOOLS; s++) {
			schools.add(new SchoolSeats(schoolId(s), Math.max(1, size / SCHOOLS * 2 / 5)));
		}
		List<LotteryInput.Entry> entries = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			entries.add(new LotteryInput.Entry(uuid(random), hex64(random), schoolId(random.nextInt(SCHOOLS))));
		}
		return new LotteryInput(schools, entries);
	}

	/** Public schools with seats for four in five applicants. */
	static List<SchoolSeats> publicSchools(int size) {
		List<SchoolSeats> schools = new ArrayList<>(SCHOOLS);
		for (int s = 0; s < SCHOOLS; s++) {
			schools.add(new SchoolSeats(schoolId(s), Math.max(1, size / SCHOOLS * 4 / 5)));
		}
		return schools;
	}

	/**
	 * Points with one decimal from 0 to 120, months from 0 to 150, submissions to the second over
	 * ten days, and five wishes that favour some schools (nearby schools, as families choose).
	 */
	static List<RankedApplicant> rankedApplicants(int size) {
		SplittableRandom random = new SplittableRandom(size + 1);
		List<RankedApplicant> applicants = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			int home = random.nextInt(SCHOOLS);
			List<String> wishes = new ArrayList<>(5);
			for (int w = 0; w < 5; w++) {
				wishes.add(schoolId(Math.floorMod(home + random.nextInt(-20, 21) * (w + 1), SCHOOLS)));
			}
			applicants.add(new RankedApplicant(uuid(random), hex64(random), BigDecimal.valueOf(random.nextInt(1201), 1),
					random.nextInt(151), REGISTRATION_OPENS.plusSeconds(random.nextInt(10 * 24 * 3600)), wishes));
		}
		return applicants;
	}

	/** Three streets per school; an address in one of them, one in twenty outside every catchment. */
	static List<CatchmentCase> catchmentCases(int size) {
		SplittableRandom random = new SplittableRandom(size + 2);
		List<CatchmentCase> cases = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			int street = random.nextInt(20) == 0 ? 3 * SCHOOLS + random.nextInt(100) : random.nextInt(3 * SCHOOLS);
			cases.add(new CatchmentCase(uuid(random), street(street) + (1 + random.nextInt(300)) + "号",
					random.nextInt(3) == 0, REGISTRATION_OPENS.plusSeconds(random.nextInt(30 * 24 * 3600))));
		}
		return cases;
	}

	static List<Catchment> catchments() {
		List<Catchment> catchments = new ArrayList<>(3 * SCHOOLS);
		for (int street = 0; street < 3 * SCHOOLS; street++) {
			catchments.add(new Catchment(schoolId(street / 3), street(street)));
		}
		return catchments;
	}

	private static String street(int street) {
		return "江苏省常州市天宁区第" + street + "路";
	}

	private static String schoolId(int school) {
		return SCHOOL_IDS[school];
	}

	private static String uuid(SplittableRandom random) {
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

	private static String hex64(SplittableRandom random) {
		StringBuilder hex = new StringBuilder(64);
		for (int i = 0; i < 4; i++) {
			String part = Long.toHexString(random.nextLong());
			hex.append("0".repeat(16 - part.length())).append(part);
		}
		return hex.toString();
	}

}
