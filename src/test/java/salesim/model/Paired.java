package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import salesim.kernel.stat.Tally;

/**
 * Paired comparisons on common random numbers for the fact tests: the difference replication by
 * replication, and "clearly above" as a mean gap of at least three standard errors of it.
 */
final class Paired {

  private Paired() {}

  /** A number read off a replication. */
  interface Measure {
    double of(ReplicationResult r);
  }

  /** Per replication, {@code measure} on {@code a} minus on {@code b}. */
  static Tally paired(List<ReplicationResult> a, List<ReplicationResult> b, Measure measure) {
    Tally gap = new Tally();
    for (int r = 0; r < a.size(); r++) {
      gap.add(measure.of(a.get(r)) - measure.of(b.get(r)));
    }
    return gap;
  }

  /** {@code high} exceeds {@code low} by three standard errors of the paired difference. */
  static void assertPairedAbove(
      List<ReplicationResult> high, List<ReplicationResult> low, Measure measure) {
    Tally gap = paired(high, low, measure);
    assertThat(gap.mean())
        .as("paired gap %s (se %s)", gap.mean(), gap.standardError())
        .isGreaterThan(3 * gap.standardError());
  }

  /** The same for a metric of the run. */
  static void assertPairedAbove(
      List<ReplicationResult> high, List<ReplicationResult> low, Metric metric) {
    assertPairedAbove(high, low, r -> r.get(metric));
  }

  /** {@code common} settings with {@code extra} ones after them. */
  static String[] with(String[] common, String... extra) {
    String[] all = Arrays.copyOf(common, common.length + extra.length);
    System.arraycopy(extra, 0, all, common.length, extra.length);
    return all;
  }
}
