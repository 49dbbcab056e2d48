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
 * @param slowest index of the shock with the largest mean months to regain the run rate
 * @param losing how many shocks have a negative mean lowest monthly contribution
 * @param shocks how many shocks there are
 */
public record StressAnalysis(int worst, int mildest, int slowest, int losing, int shocks) {

  /** The share of runs that must recover for "the median run recovers" to hold. */
  public static final double MEDIAN = 0.5;

  /** The analysis of shocks' stress metrics, in the order of the stress test. */
  public static StressAnalysis of(List<Map<StressMetric, MetricSummary>> shocks) {
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
      if (mean(shocks, i, StressMetric.MONTHS_TO_REGAIN_RUN_RATE)
          > mean(shocks, slowest, StressMetric.MONTHS_TO_REGAIN_RUN_RATE)) {
        slowest = i;
      }
      if (mean(shocks, i, StressMetric.LOWEST_MONTHLY_CONTRIBUTION) < 0) {
        losing++;
      }
    }
    return new StressAnalysis(worst, mildest, slowest, losing, shocks.size());
  }

  /**
   * Whether the median run regains its run rate within the horizon: at least half the runs do
   * ({@link StressMetric#REGAINED_RUN_RATE}'s mean). When fewer do, the median months to regain
   * is the horizon's end, not a recovery time.
   */
  public static boolean medianRecovers(MetricSummary regained) {
    return regained.mean() >= MEDIAN;
  }

  private static double mean(List<Map<StressMetric, MetricSummary>> shocks, int i, StressMetric m) {
    MetricSummary s = shocks.get(i).get(m);
    if (s == null) {
      throw new IllegalArgumentException("shock " + i + " has no " + m.key());
    }
    return s.mean();
  }
}
