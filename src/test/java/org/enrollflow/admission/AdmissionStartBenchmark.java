package org.enrollflow.admission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.enrollflow.EnrollFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the engine's part of an allocation and a publication as they run, each in one transaction:
 * starting one admission process a case ({@link AdmissionAllocation}) and the publication signal
 * that moves them all on ({@link ResultsPublication}). Not part of the build (the name is no
 * {@code *Tests}); run it on the test database of choice, for example on PostgreSQL:
 *
 * <pre>
 * ENROLLFLOW_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' ./mvnw -o verify \
 *     -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AdmissionStartBenchmark \
 *     -Dfailsafe.failIfNoSpecifiedTests=false -Denrollflow.benchmark.cases=5000
 * </pre>
 *
 * It prints the median of five rounds after one warm-up, per case.
 */
@EnrollFlowIntegrationTest
class AdmissionStartBenchmark {

	private static final int ROUNDS = 5;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void startsAndSignalsTheAdmissionProcessesOfACampaign() {
		int cases = Integer.getInteger("enrollflow.benchmark.cases", 2_000);
		List<Double> starts = new ArrayList<>();
		List<Double> signals = new ArrayList<>();
		for (int round = 0; round <= ROUNDS; round++) {
			String campaignId = UUID.randomUUID().toString();
			long started = System.nanoTime();
			transactions.executeWithoutResult(status -> {
				for (int i = 0; i < cases; i++) {
					String applicationId = UUID.randomUUID().toString();
					runtime.startProcessInstanceByKey(AdmissionProcess.PROCESS_KEY, applicationId,
							Variables.createVariables()
								.putValue(AdmissionProcess.VAR_APPLICATION_ID, applicationId)
								.putValue(AdmissionProcess.VAR_CAMPAIGN_ID, campaignId)
								.putValue(AdmissionProcess.VAR_PLACED, true));
				}
			});
			long signalled = System.nanoTime();
			transactions.executeWithoutResult(status -> runtime
				.createSignalEvent(AdmissionProcess.SIGNAL_RESULTS_PUBLISHED + campaignId).send());
			long done = System.nanoTime();
			assertThat(runtime.createProcessInstanceQuery().variableValueEquals(AdmissionProcess.VAR_CAMPAIGN_ID, campaignId)
				.count()).isEqualTo(cases);
			if (round > 0) {
				starts.add((signalled - started) / 1e6 / cases);
				signals.add((done - signalled) / 1e6 / cases);
			}
			List<String> instances = runtime.createProcessInstanceQuery()
				.variableValueEquals(AdmissionProcess.VAR_CAMPAIGN_ID, campaignId)
				.list()
				.stream()
				.map(instance -> instance.getId())
				.toList();
			runtime.deleteProcessInstances(instances, "benchmark round done", true, true);
		}
		System.out.printf(Locale.ROOT, "AdmissionStartBenchmark, %d cases a round, median of %d: start %.2f ms a case, "
				+ "publication signal %.2f ms a case%n", cases, ROUNDS, median(starts), median(signals));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
