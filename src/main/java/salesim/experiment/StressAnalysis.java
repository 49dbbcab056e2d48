package salesim.experiment;

import java.util.List;
import java.util.Map;

/**
 * What a stress test concludes across its shocks: which costs the most and the least bookings,
 * after which recovery takes longest, under how many the worst month loses money, and for which
 * the median run does not recover within the horizon. Computed here once, from the stress
 * metrics' summaries, whether they come from a live experiment or from summary.json.
 *
 * @param worst index of the shock with the largest mean bookings lost (the first of equals)
 * @param mildest index of the shock with the smallest mean bookings lost
 * @param slowest index of the shock after which the fewest runs regain the run rate within the
 *     horizon (of equal shares, the one whose recovered runs took longest): never ranked on the
 *     censored months-to-regain, which count the months left for a run that never recovers
 * @param losing how many shocks have a negative mean lowest monthly contribution
 * @param shocks how many shocks there are
 */
public record StressAnalysis(int worst, int mildest, int slowest, int losing, int shocks) {

  /** The analysis of shocks' stress metrics and recoveries, in the order of the stress test. */
  public static StressAnalysis of(
      List<Map<StressMetric, MetricSummary>> shocks, List<Recovery> recoveries) {
    if (shocks.size() != recoveries.size()) {
      throw new IllegalArgumentException("one recovery per shock");
    }
    if (shocks.isEmpty()) {
      throw new IllegalArgumentException("a stress test needs at least one shock");
    }
    int worst = 0;
    int mildest = 0;
    int slowest = 0;
    int losing = 0;
    for (int i = 0; i < shocks.size(); i++) {
      double lost = mean(shocks, i, StressMetric.BOOKINGS_LOST);
      if (lost > mean(shocks, worst, StressMetric.BOOKINGS_LOST)) {
        worst = i;
      }
      if (lost < mean(shocks, mildest, StressMetric.BOOKINGS_LOST)) {
        mildest = i;
      }
      if (slower(recoveries.get(i), recoveries.get(slowest))) {
        slowest = i;
      }
      if (mean(shocks, i, StressMetric.LOWEST_MONTHLY_CONTRIBUTION) < 0) {
        losing++;
      }
    }
    return new StressAnalysis(worst, mildest, slowest, losing, shocks.size());
  }

  /** Whether recovery after {@code a} is slower than after {@code b}. */
  private static boolean slower(Recovery a, Recovery b) {
    if (a.share() != b.share()) {
      return a.share() < b.share();
    }
    double ma = Double.isNaN(a.medianMonths()) ? Double.POSITIVE_INFINITY : a.medianMonths();
    double mb = Double.isNaN(b.medianMonths()) ? Double.POSITIVE_INFINITY : b.medianMonths();
    return ma > mb;
  }

  private static double mean(List<Map<StressMetric, MetricSummary>> shocks, int i, StressMetric m) {
    MetricSummary s = shocks.get(i).get(m);
    if (s == null) {
      throw new IllegalArgumentException("shock " + i + " has no " + m.key());
    }
    return s.mean();
  }
}
