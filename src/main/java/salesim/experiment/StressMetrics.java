package salesim.experiment;

import java.util.ArrayList;
import java.util.List;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;
import salesim.model.shock.Shock;

/**
 * The {@link StressMetric}s of a shock file, bound to its window, as the pair metrics an {@link
 * Experiment} computes run by run; and the arithmetic behind them.
 */
public final class StressMetrics {

  /** Months of pre-shock bookings that define the run rate to regain. */
  static final int RUN_RATE_MONTHS = 6;
  /** Months in the trailing average that must regain the run rate. */
  static final int TRAILING_MONTHS = 3;

  private StressMetrics() {}

  /** The stress metrics for a shock file (one or more shocks, taken together), in enum order. */
  public static List<PairMetric> of(List<Shock> shocks, int months) {
    StressWindow window = StressWindow.of(shocks, months);
    List<PairMetric> metrics = new ArrayList<>();
    for (StressMetric metric : StressMetric.values()) {
      metrics.add(new Bound(metric, window));
    }
    return List.copyOf(metrics);
  }

  /** A stress metric evaluated over one shock file's window. */
  private record Bound(StressMetric metric, StressWindow window) implements PairMetric {

    @Override
    public String key() {
      return metric.key();
    }

    @Override
    public double value(ReplicationResult baseline, ReplicationResult variant) {
      return metric.value(window, baseline, variant);
    }
  }

  /**
   * Months from the shock's start until the trailing three-month average of bookings, from the
   * trough on, is back at the average of the six months before the shock; -1 if it never is
   * within the horizon (the caller reports that as censored).
   *
   * @param bookings the run's bookings month by month (at least {@code months} of them)
   */
  static double monthsToRegain(double[] bookings, int start, int trough, int months) {
    int from = Math.max(0, start - RUN_RATE_MONTHS);
    if (start == from) {
      return 0.0; // no history before the shock: nothing to regain
    }
    double runRate = 0.0;
    for (int m = from; m < start; m++) {
      runRate += bookings[m];
    }
    runRate /= start - from;
    for (int m = Math.max(trough, start + TRAILING_MONTHS - 1); m < months; m++) {
      double trailing = 0.0;
      for (int k = m - TRAILING_MONTHS + 1; k <= m; k++) {
        trailing += bookings[k];
      }
      if (trailing / TRAILING_MONTHS >= runRate) {
        return m + 1 - start;
      }
    }
    return -1;
  }

  /** A run's monthly bookings. */
  static double[] bookings(ReplicationResult run, int months) {
    double[] bookings = new double[months];
    for (int m = 0; m < months; m++) {
      bookings[m] = run.get(MonthlyMetric.BOOKINGS_TOTAL, m);
    }
    return bookings;
  }

  /** The month the shocks, summed, are at their worst. */
  static int trough(List<Shock> shocks, int start, int months) {
    int worst = start;
    double severity = -1.0;
    for (int m = start; m < months; m++) {
      double s = 0.0;
      for (Shock shock : shocks) {
        s += shock.severity(m);
      }
      if (s > severity + 1e-12) {
        severity = s;
        worst = m;
      }
    }
    return worst;
  }
}
