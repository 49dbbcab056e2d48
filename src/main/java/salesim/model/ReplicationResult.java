package salesim.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The frozen outcome of one replication: one value per {@link Metric} and a month × {@link
 * MonthlyMetric} table. Immutable; accessors copy nothing and hand out no arrays.
 *
 * <p>Serializable (two arrays and two numbers, nothing else) so that a distributed engine can send
 * results computed on another JVM back to the one that reduces them.
 */
public final class ReplicationResult implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long replication;
  private final double[] scalars;
  private final double[] monthly;
  private final int months;

  ReplicationResult(long replication, double[] scalars, double[] monthly, int months) {
    this.replication = replication;
    this.scalars = scalars;
    this.monthly = monthly;
    this.months = months;
  }

  /** The replication index. */
  public long replication() {
    return replication;
  }

  /** The value of a metric. */
  public double get(Metric metric) {
    return scalars[metric.ordinal()];
  }

  /** Months in the horizon. */
  public int months() {
    return months;
  }

  /** The value of a monthly metric in a month (0-based). */
  public double get(MonthlyMetric metric, int month) {
    return monthly[month * MonthlyMetric.count() + metric.ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplicationResult r
        && r.replication == replication
        && Arrays.equals(r.scalars, scalars)
        && Arrays.equals(r.monthly, monthly);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(replication) * 31 + Arrays.hashCode(scalars);
  }
}
