package salesim.experiment;

/**
 * How a plan comes back from one shock file, across the runs: the share of runs whose bookings
 * regain the pre-shock run rate within the horizon, the median months it took among those that
 * did (the runs that never did are left out, not counted as the months left), and whether the
 * shock ends before the horizon at all. A shock still on at the horizon cuts every recovery figure
 * short: the share and the median then say what happened by the end, not how long recovery takes.
 *
 * @param runs the runs
 * @param recovered the runs that regained the run rate within the horizon
 * @param medianMonths the median months to regain it among those runs; NaN if none did
 * @param shockEndMonth the month (1-based, may pass the horizon) the shock file's last shock ends
 * @param months the horizon
 */
public record Recovery(
    long runs, long recovered, double medianMonths, int shockEndMonth, int months) {

  /** The share of runs that recovered. */
  public double share() {
    return runs == 0 ? 0.0 : (double) recovered / runs;
  }

  /**
   * Whether at least half the runs recovered, so that a median recovery time exists; otherwise
   * recovery is "not within the horizon".
   */
  public boolean medianRunRecovers() {
    return 2 * recovered >= runs && recovered > 0;
  }

  /** Whether the shock ends before the horizon does, leaving months in which to recover. */
  public boolean shockEndsBeforeHorizon() {
    return shockEndMonth < months;
  }

  /**
   * The recovery of shock variant {@code variant} (≥ 1) of a stress experiment, whose pair metrics
   * are {@link StressMetrics#of}.
   */
  public static Recovery of(Experiment e, int variant, StressWindow window) {
    MetricSummary regained = e.pairMetric(variant, StressMetric.REGAINED_RUN_RATE.key());
    long runs = regained.n();
    long recovered = Math.round(regained.mean() * runs);
    // A run that never recovered counts the months left, the largest value any run can have, so
    // the recovered runs hold the smallest values of the column: their median is a quantile of
    // the smallest `recovered` values.
    double median =
        e.quantileOfSmallest(
            variant, StressMetric.MONTHS_TO_REGAIN_RUN_RATE.key(), recovered, 0.5);
    return new Recovery(runs, recovered, median, window.shockEnd(), window.months());
  }
}
