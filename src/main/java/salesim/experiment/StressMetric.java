package salesim.experiment;

import java.util.Locale;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;

/**
 * What a CFO asks of a plan under a shock, one value per replication against the same replication
 * without the shock (common random numbers: the two runs are identical until the shock starts, so
 * every difference is the shock's doing). The order is the order of stress.csv and summary.json.
 */
public enum StressMetric {
  /** Bookings lost in the months the shock is active (within the horizon). */
  BOOKINGS_LOST_IN_SHOCK_WINDOW(Unit.CURRENCY) {
    @Override
    double value(StressWindow w, ReplicationResult base, ReplicationResult shocked) {
      double lost = 0.0;
      for (int m = w.first(); m < w.last(); m++) {
        lost +=
            base.get(MonthlyMetric.BOOKINGS_TOTAL, m)
                - shocked.get(MonthlyMetric.BOOKINGS_TOTAL, m);
      }
      return lost;
    }
  },
  /**
   * Months from the shock's start until the run rate is back ({@link
   * StressMetrics#monthsToRegain}); a run that never recovers counts the months left, so this is
   * censored at the horizon — {@link #REGAINED_RUN_RATE} says which runs are.
   */
  MONTHS_TO_REGAIN_RUN_RATE(Unit.MONTHS) {
    @Override
    double value(StressWindow w, ReplicationResult base, ReplicationResult shocked) {
      double regained = regained(w, shocked);
      return regained >= 0 ? regained : w.months() - w.first();
    }
  },
  /** The worst month's contribution from the shock on (the ramp-up before it says nothing). */
  LOWEST_MONTHLY_CONTRIBUTION(Unit.CURRENCY) {
    @Override
    double value(StressWindow w, ReplicationResult base, ReplicationResult shocked) {
      double lowest = Double.POSITIVE_INFINITY;
      for (int m = w.first(); m < w.months(); m++) {
        lowest = Math.min(lowest, shocked.get(MonthlyMetric.CONTRIBUTION, m));
      }
      return lowest;
    }
  },
  /** Contribution lost over the whole horizon. */
  CONTRIBUTION_LOST(Unit.CURRENCY) {
    @Override
    double value(StressWindow w, ReplicationResult base, ReplicationResult shocked) {
      return base.get(Metric.CONTRIBUTION) - shocked.get(Metric.CONTRIBUTION);
    }
  },
  /** Bookings lost over the whole horizon. */
  BOOKINGS_LOST(Unit.CURRENCY) {
    @Override
    double value(StressWindow w, ReplicationResult base, ReplicationResult shocked) {
      return base.get(Metric.BOOKINGS_TOTAL) - shocked.get(Metric.BOOKINGS_TOTAL);
    }
  },
  /**
   * The censoring flag: 1 if the run rate came back within the horizon, 0 if {@link
   * #MONTHS_TO_REGAIN_RUN_RATE} is censored. Its mean is the share of runs that recover.
   */
  REGAINED_RUN_RATE(Unit.FLAG) {
    @Override
    double value(StressWindow w, ReplicationResult base, ReplicationResult shocked) {
      return regained(w, shocked) >= 0 ? 1.0 : 0.0;
    }
  };

  private final String key = name().toLowerCase(Locale.ROOT);
  private final Unit unit;

  StressMetric(Unit unit) {
    this.unit = unit;
  }

  /** The stable snake_case name in stress.csv and summary.json. */
  public String key() {
    return key;
  }

  /** The unit of its values. */
  public Unit unit() {
    return unit;
  }

  /** The value for one matched pair of runs. */
  abstract double value(StressWindow window, ReplicationResult base, ReplicationResult shocked);

  /** The stress metric with this key. */
  public static StressMetric forKey(String key) {
    for (StressMetric m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no stress metric named " + key);
  }

  private static double regained(StressWindow w, ReplicationResult shocked) {
    return StressMetrics.monthsToRegain(
        StressMetrics.bookings(shocked, w.months()), w.first(), w.trough(), w.months());
  }
}
