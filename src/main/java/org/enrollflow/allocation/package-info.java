/**
 * Who gets which seat: pure allocation algorithms, without persistence or Spring beans, so that
 * anyone can re-run them on the published data.
 * <ul>
 * <li>{@link org.enrollflow.allocation.Lottery}: the verifiable lottery for oversubscribed private
 * schools (电脑随机录取), algorithm {@value org.enrollflow.allocation.Lottery#ALGORITHM}, committed
 * with a {@link org.enrollflow.allocation.LotterySeed} before the draw and published as a
 * {@link org.enrollflow.allocation.LotteryBundle} that a single-file Java program verifies.</li>
 * <li>{@link org.enrollflow.allocation.SerialDictatorship}: seats of the points path by rank and
 * the families' preferences.</li>
 * <li>{@link org.enrollflow.allocation.CatchmentPlacement}: public seats of the general path by the
 * catchment (学区) of the verified address.</li>
 * </ul>
 * Identifiers (schools, applications, child keys) are restricted to ASCII letters, digits and
 * {@code - _ . :} so that the published files need no quoting and sort the same way everywhere.
 * Every algorithm is deterministic, independent of the order of its input, single-threaded and
 * {@code O(n log n)} in the number of applicants.
 */
package org.enrollflow.allocation;
