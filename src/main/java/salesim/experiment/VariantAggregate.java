package salesim.experiment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import salesim.kernel.stat.QuantileSketch;
import salesim.kernel.stat.Tally;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;

/**
 * Everything one scenario variant accumulates, in replication order, in memory that does not grow
 * with the number of runs: a tally per metric, the metric columns spilled to disk for exact
 * percentiles, and per month and monthly metric a running sum and a {@link QuantileSketch}.
 *
 * <p>Note: This class is not thread-safe.
 */
final class VariantAggregate implements AutoCloseable {

  private static final int M = MonthlyMetric.count();

  final String name;
  private final int months;
  private final Tally[] scalars = new Tally[Metric.count()];
  private final ColumnStore columns;
  private final double[] row = new double[Metric.count()];
  private final double[] monthlySums;
  private QuantileSketch[] monthly;

  VariantAggregate(String name, int months, Path workFolder, String prefix, long resumeRows) {
    this.name = name;
    this.months = months;
    for (int k = 0; k < scalars.length; k++) {
      scalars[k] = new Tally();
    }
    this.columns = new ColumnStore(workFolder, prefix, Metric.count(), resumeRows);
    this.monthlySums = new double[months * M];
    this.monthly = new QuantileSketch[months * M];
    for (int i = 0; i < monthly.length; i++) {
      monthly[i] = new QuantileSketch();
    }
  }

  /** Adds the next replication's result. */
  void add(ReplicationResult result) {
    for (int k = 0; k < row.length; k++) {
      row[k] = result.get(Metric.at(k));
      scalars[k].add(row[k]);
    }
    columns.append(row);
    for (int m = 0; m < months; m++) {
      for (int k = 0; k < M; k++) {
        double value = result.get(MonthlyMetric.at(k), m);
        monthlySums[m * M + k] += value;
        monthly[m * M + k].add(value);
      }
    }
  }

  /** Replications added. */
  long count() {
    return scalars[0].count();
  }

  /** The running tally of a metric. */
  Tally tally(Metric metric) {
    return scalars[metric.ordinal()];
  }

  /** Summaries of everything so far; exact percentiles come from the columns on disk. */
  RunResult result(long seed) {
    long n = count();
    Map<Metric, MetricSummary> summary = new EnumMap<>(Metric.class);
    long[] ranks = MetricSummary.ranks(n);
    for (int k = 0; k < scalars.length; k++) {
      Tally tally = scalars[k];
      double[] values = n == 0 ? new double[0] : columns.select(k, ranks, tally.min(), tally.max());
      summary.put(Metric.at(k), MetricSummary.of(tally, ranks, values));
    }
    MonthlySummary[][] table = new MonthlySummary[months][M];
    for (int m = 0; m < months; m++) {
      for (int k = 0; k < M; k++) {
        QuantileSketch sketch = monthly[m * M + k];
        table[m][k] =
            new MonthlySummary(
                n == 0 ? 0.0 : monthlySums[m * M + k] / n,
                sketch.quantile(0.05),
                sketch.quantile(0.25),
                sketch.quantile(0.50),
                sketch.quantile(0.75),
                sketch.quantile(0.95));
      }
    }
    Tally hiring =
        columns.tallyWhere(
            Metric.OUTBOUND_HIRE_PAYBACK_MONTHS.ordinal(), Metric.OUTBOUND_HIRES.ordinal());
    return new RunResult(
        name, n, seed, months, summary, table, HirePayback.of(n, hiring));
  }

  /** Writes the exact state; the columns are flushed so their files match it. */
  void checkpoint(DataOutput out) throws IOException {
    columns.flush();
    for (Tally t : scalars) {
      t.write(out);
    }
    for (double sum : monthlySums) {
      out.writeDouble(sum);
    }
    for (QuantileSketch sketch : monthly) {
      sketch.write(out);
    }
  }

  /** Restores a state written by {@link #checkpoint}. */
  void restore(DataInput in) throws IOException {
    for (Tally t : scalars) {
      t.read(in);
    }
    for (int i = 0; i < monthlySums.length; i++) {
      monthlySums[i] = in.readDouble();
    }
    for (int i = 0; i < monthly.length; i++) {
      monthly[i] = QuantileSketch.read(in);
    }
  }

  @Override
  public void close() {
    columns.close();
  }
}
