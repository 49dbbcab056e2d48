package salesim.experiment;

import java.util.List;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;
import salesim.model.shock.Shock;

/**
 * What a CFO asks of a plan under a shock, computed replication by replication against the same
 * replication without the shock (common random numbers: the two runs are identical until the
 * shock starts, so every difference is the shock's doing).
 */
public final class StressMetrics {

  /** Months of pre-shock bookings that define the run rate to regain. */
  static final int RUN_RATE_MONTHS = 6;
  /** Months in the trailing average that must regain the run rate. */
  static final int TRAILING_MONTHS = 3;

  private StressMetrics() {}

  /** The stress metrics for a shock file (one or more shocks, taken together). */
  public static List<PairMetric> of(List<Shock> shocks, int months) {
    int start = months;
    int end = 0;
    for (Shock shock : shocks) {
      start = Math.min(start, shock.startMonth());
      end = Math.max(end, (int) Math.ceil(shock.startMonth() + shock.durationMonths()));
    }
    end = Math.min(end, months);
    int trough = trough(shocks, start, months);
    int first = start;
    int last = end;
    return List.of(
        metric(
            "bookings_lost_in_shock_window",
            (base, shocked) -> {
              double lost = 0.0;
              for (int m = first; m < last; m++) {
                lost +=
                    base.get(MonthlyMetric.BOOKINGS_TOTAL, m)
                        - shocked.get(MonthlyMetric.BOOKINGS_TOTAL, m);
              }
              return lost;
            }),
        metric(
            "months_to_regain_run_rate",
            (base, shocked) -> {
              double regained = monthsToRegain(shocked, first, trough, months);
              return regained >= 0 ? regained : months - first;
            }),
        metric(
            "lowest_monthly_contribution",
            (base, shocked) -> {
              // From the shock on: the ramp-up months before it say nothing about the shock.
              double lowest = Double.POSITIVE_INFINITY;
              for (int m = first; m < months; m++) {
                lowest = Math.min(lowest, shocked.get(MonthlyMetric.CONTRIBUTION, m));
              }
              return lowest;
            }),
        metric(
            "contribution_lost",
            (base, shocked) ->
                base.get(Metric.CONTRIBUTION) - shocked.get(Metric.CONTRIBUTION)),
        metric(
            "bookings_lost",
            (base, shocked) ->
                base.get(Metric.BOOKINGS_TOTAL) - shocked.get(Metric.BOOKINGS_TOTAL)),
        // 1 if the run rate came back within the horizon; 0 if months_to_regain is censored.
        metric(
            "regained_run_rate",
            (base, shocked) -> monthsToRegain(shocked, first, trough, months) >= 0 ? 1.0 : 0.0));
  }

  /**
   * Months from the shock's start until the trailing three-month average of bookings, from the
   * trough on, is back at the average of the six months before the shock; -1 if it never is
   * within the horizon (the caller reports that as censored).
   */
  static double monthsToRegain(ReplicationResult shocked, int start, int trough, int months) {
    int from = Math.max(0, start - RUN_RATE_MONTHS);
    if (start == from) {
      return 0.0; // no history before the shock: nothing to regain
    }
    double runRate = 0.0;
    for (int m = from; m < start; m++) {
      runRate += shocked.get(MonthlyMetric.BOOKINGS_TOTAL, m);
    }
    runRate /= start - from;
    for (int m = Math.max(trough, start + TRAILING_MONTHS - 1); m < months; m++) {
      double trailing = 0.0;
      for (int k = m - TRAILING_MONTHS + 1; k <= m; k++) {
        trailing += shocked.get(MonthlyMetric.BOOKINGS_TOTAL, k);
      }
      if (trailing / TRAILING_MONTHS >= runRate) {
        return m + 1 - start;
      }
    }
    return -1;
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

  private interface Value {
    double of(ReplicationResult base, ReplicationResult shocked);
  }

  private static PairMetric metric(String key, Value value) {
    return new PairMetric() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public double value(ReplicationResult baseline, ReplicationResult variant) {
        return value.of(baseline, variant);
      }
    };
  }
}
