package salesim.experiment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import salesim.kernel.stat.Tally;
import salesim.model.Metric;
import salesim.model.ReplicationResult;

/**
 * One variant against the baseline, replication by replication: the difference of every metric,
 * how often the variant was higher, and any extra {@link PairMetric}s with their columns (for
 * percentiles).
 *
 * <p>Note: This class is not thread-safe.
 */
final class PairedAggregate implements AutoCloseable {

  private final Tally[] differences = new Tally[Metric.count()];
  private final long[] higher = new long[Metric.count()];
  private final List<PairMetric> extras;
  private final Tally[] extraTallies;
  private final ColumnStore extraColumns;
  private final double[] extraRow;

  PairedAggregate(List<PairMetric> extras, Path workFolder, String prefix, long resumeRows) {
    for (int k = 0; k < differences.length; k++) {
      differences[k] = new Tally();
    }
    this.extras = List.copyOf(extras);
    this.extraTallies = new Tally[extras.size()];
    for (int i = 0; i < extraTallies.length; i++) {
      extraTallies[i] = new Tally();
    }
    this.extraRow = new double[extras.size()];
    this.extraColumns = new ColumnStore(workFolder, prefix, extras.size(), resumeRows);
  }

  void add(ReplicationResult baseline, ReplicationResult variant) {
    for (int k = 0; k < differences.length; k++) {
      Metric metric = Metric.at(k);
      double a = baseline.get(metric);
      double b = variant.get(metric);
      differences[k].add(b - a);
      if (b > a) {
        higher[k]++;
      }
    }
    for (int i = 0; i < extraRow.length; i++) {
      extraRow[i] = extras.get(i).value(baseline, variant);
      extraTallies[i].add(extraRow[i]);
    }
    extraColumns.append(extraRow);
  }

  /** The paired difference of a metric, given both arms' own tallies. */
  PairedDifference difference(Metric metric, Tally baseline, Tally variant) {
    Tally d = differences[metric.ordinal()];
    long n = d.count();
    if (n == 0) {
      return new PairedDifference(0, 0, 0, Double.NaN, 0, Double.NaN);
    }
    double mean = d.mean();
    double half = n > 1 ? MetricSummary.tQuantile975(n - 1) * d.standardError() : 0.0;
    double baseMean = baseline.mean();
    double relative = baseMean != 0.0 ? mean / Math.abs(baseMean) : Double.NaN;
    double independent = n > 1 ? baseline.variance() + variant.variance() : 0.0;
    double paired = n > 1 ? d.variance() : 0.0;
    double reduction = paired > 0.0 ? independent / paired : Double.NaN;
    return new PairedDifference(
        mean, mean - half, mean + half, relative, (double) higher[metric.ordinal()] / n, reduction);
  }

  /** The summary of an extra pair metric, with exact percentiles. */
  MetricSummary extra(int i) {
    Tally tally = extraTallies[i];
    long[] ranks = MetricSummary.ranks(tally.count());
    double[] values =
        tally.count() == 0 ? new double[0] : extraColumns.select(i, ranks, tally.min(), tally.max());
    return MetricSummary.of(tally, ranks, values);
  }

  /**
   * The type-7 quantile {@code q} of the {@code k} smallest values of extra pair metric {@code i}
   * (exact, read back from its column); NaN if {@code k} is 0.
   */
  double quantileOfSmallest(int i, long k, double q) {
    Tally tally = extraTallies[i];
    if (k <= 0 || tally.count() == 0) {
      return Double.NaN;
    }
    k = Math.min(k, tally.count());
    double h = (k - 1) * q;
    long lo = (long) Math.floor(h);
    long hi = Math.min(lo + 1, k - 1);
    double[] v = extraColumns.select(i, new long[] {lo, hi}, tally.min(), tally.max());
    return lo == hi ? v[0] : v[0] + (h - lo) * (v[1] - v[0]);
  }

  List<PairMetric> extras() {
    return extras;
  }

  void checkpoint(DataOutput out) throws IOException {
    extraColumns.flush();
    for (Tally t : differences) {
      t.write(out);
    }
    for (long h : higher) {
      out.writeLong(h);
    }
    for (Tally t : extraTallies) {
      t.write(out);
    }
  }

  void restore(DataInput in) throws IOException {
    for (Tally t : differences) {
      t.read(in);
    }
    for (int k = 0; k < higher.length; k++) {
      higher[k] = in.readLong();
    }
    for (Tally t : extraTallies) {
      t.read(in);
    }
  }

  @Override
  public void close() {
    extraColumns.close();
  }
}
