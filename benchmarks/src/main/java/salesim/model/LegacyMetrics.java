/*
 * Frozen copy of the model before issue 13 split SalesModel into components (the state at
 * commit ecbb6a3): kept only so SalesModelBenchmark can measure the old and the new model in the same
 * JMH run. Not maintained; deleted once the comparison is recorded in benchmarks/README.md.
 */
package salesim.model;

/**
 * The counters of one replication: a month × {@link MonthlyMetric} table of primitives, written
 * in place by the event handlers and frozen into a {@link ReplicationResult} at the end (the
 * snapshot idea of HdrHistogram's interval histograms).
 *
 * <p>Note: This class is not thread-safe.
 */
final class LegacyMetrics {

  private static final int M = MonthlyMetric.count();

  final int months;
  final double[] table;

  LegacyMetrics(int months) {
    this.months = months;
    this.table = new double[months * M];
  }

  /** Adds {@code amount} to a monthly metric; months past the horizon are ignored. */
  void add(int month, MonthlyMetric metric, double amount) {
    if (month < months) {
      table[month * M + metric.ordinal()] += amount;
    }
  }

  /** Sets a level metric (reps, pipeline) for a month. */
  void set(int month, MonthlyMetric metric, double value) {
    if (month < months) {
      table[month * M + metric.ordinal()] = value;
    }
  }

  /** A monthly value. */
  double get(int month, MonthlyMetric metric) {
    return table[month * M + metric.ordinal()];
  }

  /** The sum of a monthly metric over the horizon. */
  double total(MonthlyMetric metric) {
    double sum = 0.0;
    for (int m = 0; m < months; m++) {
      sum += table[m * M + metric.ordinal()];
    }
    return sum;
  }

  /** The sum of a monthly metric over months [from, to). */
  double total(MonthlyMetric metric, int from, int to) {
    double sum = 0.0;
    for (int m = Math.max(0, from); m < Math.min(to, months); m++) {
      sum += table[m * M + metric.ordinal()];
    }
    return sum;
  }
}
