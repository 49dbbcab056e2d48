package salesim.experiment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import salesim.kernel.stat.Tally;
import salesim.model.Metric;
import salesim.model.ReplicationResult;

/**
 * The difference between two plans attributed to their levers, replication by replication (issue
 * 16): for each metric, the total paired difference v(OTHER) − v(BASE), each lever's share (its
 * Shapley value under the {@link LeverDesign}) and each two-way interaction, with 95 % confidence
 * intervals from the spread of the per-replication values. Shapley values are linear in the
 * variants' values, so the mean of the per-replication values is the Shapley value of the mean
 * outcomes, and their spread gives its standard error.
 *
 * <p>Every replication also checks that the shares add up to the total: the numerators are summed
 * exactly (in {@link BigDecimal}, where every double is exact), so the check is the identity
 * itself, not a tolerance. A replication where a metric is not finite (a payback that never comes)
 * is left out of that metric, and counted.
 *
 * <p>Note: This class is not thread-safe.
 */
public final class Attribution implements Experiment.Reduction {

  private final LeverDesign design;
  private final List<Metric> metrics;
  private final boolean sharesToo;
  private final Tally[] totals;
  private final Tally[][] shares;
  private final Tally[][] interactions;
  private final Tally[][][] units;
  private final long[] checked;
  private final long[] failed;
  private final long[] undefined;
  private final double[] residual;
  private final double[] scale;

  private Attribution(LeverDesign design, List<Metric> metrics, boolean sharesToo) {
    this.design = design;
    this.metrics = List.copyOf(metrics);
    this.sharesToo = sharesToo;
    int m = metrics.size();
    int l = sharesToo ? design.levers().size() : 0;
    int p = sharesToo ? design.pairs().size() : 0;
    int u = sharesToo ? design.units() : 0;
    totals = tallies(m);
    shares = new Tally[m][];
    interactions = new Tally[m][];
    units = new Tally[m][u][];
    for (int k = 0; k < m; k++) {
      shares[k] = tallies(l);
      interactions[k] = tallies(p);
      for (int j = 0; j < u; j++) {
        units[k][j] = tallies(l);
      }
    }
    checked = new long[m];
    failed = new long[m];
    undefined = new long[m];
    residual = new double[m];
    scale = new double[m];
  }

  /** Shares, interactions and the additivity check of every metric, over the design's variants. */
  public static Attribution of(LeverDesign design, List<Metric> metrics) {
    return new Attribution(design, metrics, true);
  }

  /**
   * Only the total difference between the design's first two variants (BASE and OTHER): an
   * assumption audit's quick points, which run just those two.
   */
  public static Attribution totalsOnly(LeverDesign design, List<Metric> metrics) {
    return new Attribution(design, metrics, false);
  }

  private static Tally[] tallies(int n) {
    Tally[] t = new Tally[n];
    for (int i = 0; i < n; i++) {
      t[i] = new Tally();
    }
    return t;
  }

  /** The metrics attributed, in order. */
  public List<Metric> metrics() {
    return metrics;
  }

  /** The design the shares are read from. */
  public LeverDesign design() {
    return design;
  }

  /** Whether lever shares are computed (false for totals only). */
  public boolean hasShares() {
    return sharesToo;
  }

  @Override
  public void add(ReplicationResult[] results) {
    int variants = sharesToo ? design.variants() : 2;
    if (results.length != variants) {
      throw new IllegalArgumentException(
          "expected " + variants + " results, one per variant, got " + results.length);
    }
    double[] values = new double[variants];
    for (int k = 0; k < metrics.size(); k++) {
      for (int v = 0; v < variants; v++) {
        values[v] = results[v].get(metrics.get(k));
      }
      add(k, values);
    }
  }

  /**
   * Adds one replication's values of metric {@code k} (its position in {@link #metrics()}), one per
   * variant in variant order: the whole computation, apart from reading the results.
   */
  void add(int k, double[] values) {
    int variants = values.length;
    BigDecimal[] exact = new BigDecimal[variants];
    for (int v = 0; v < variants; v++) {
      if (!Double.isFinite(values[v])) {
        undefined[k]++;
        return;
      }
      exact[v] = new BigDecimal(values[v]);
      scale[k] = Math.max(scale[k], Math.abs(values[v]));
    }
    BigDecimal total = design.total().numerator(exact);
    double totalValue = total.doubleValue();
    totals[k].add(totalValue);
    if (!sharesToo) {
      return;
    }
    int levers = design.levers().size();
    BigDecimal numerators = BigDecimal.ZERO;
    double sum = 0;
    for (int i = 0; i < levers; i++) {
      LinearEstimate share = design.share(i);
      BigDecimal numerator = share.numerator(exact);
      numerators = numerators.add(numerator);
      double value = divide(numerator, share.denominator());
      shares[k][i].add(value);
      sum += value;
    }
    checked[k]++;
    // Every share has the same denominator D: the shares add up iff their numerators sum to D ×
    // total.
    if (levers > 0
        && numerators.compareTo(total.multiply(BigDecimal.valueOf(design.share(0).denominator())))
            != 0) {
      failed[k]++;
    }
    residual[k] = Math.max(residual[k], Math.abs(sum - totalValue));
    for (int p = 0; p < interactions[k].length; p++) {
      LinearEstimate interaction = design.interaction(p);
      interactions[k][p].add(divide(interaction.numerator(exact), interaction.denominator()));
    }
    for (int u = 0; u < units[k].length; u++) {
      for (int i = 0; i < levers; i++) {
        LinearEstimate share = design.unitShare(u, i);
        units[k][u][i].add(divide(share.numerator(exact), share.denominator()));
      }
    }
  }

  /** An exact numerator over a whole denominator, rounded once to the nearest double. */
  private static double divide(BigDecimal numerator, long denominator) {
    if (denominator == 1) {
      return numerator.doubleValue();
    }
    return numerator.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128).doubleValue();
  }

  private int at(Metric metric) {
    int k = metrics.indexOf(metric);
    if (k < 0) {
      throw new IllegalArgumentException("not attributed: " + metric.key());
    }
    return k;
  }

  /** The total paired difference v(OTHER) − v(BASE) of a metric. */
  public Estimate total(Metric metric) {
    return estimate(totals[at(metric)], 0.0, 0);
  }

  /**
   * Lever {@code i}'s share of a metric's difference. Under sampled orderings the interval also
   * carries the error of sampling them: the standard error of the mean over the antithetic pairs of
   * orderings (each pair's own estimate, averaged over the replications), added in quadrature to
   * the replications' — conservative, since the pairs' spread holds some replication noise too,
   * though with few pairs it may still fall short (the pairs may agree by chance).
   */
  public Estimate share(Metric metric, int i) {
    int k = at(metric);
    return estimate(shares[k][i], orderingError(k, i), units[k].length);
  }

  /** The standard error that sampling orderings adds to lever {@code i}'s share (0 if exact). */
  public double orderingError(Metric metric, int i) {
    return orderingError(at(metric), i);
  }

  private double orderingError(int k, int i) {
    int u = units[k].length;
    if (u < 2) {
      return 0.0;
    }
    Tally between = new Tally();
    for (int j = 0; j < u; j++) {
      between.add(units[k][j][i].mean());
    }
    return between.standardError();
  }

  /** The interaction of pair {@code p} of the design's {@link LeverDesign#pairs()}. */
  public Estimate interaction(Metric metric, int p) {
    return estimate(interactions[at(metric)][p], 0.0, 0);
  }

  /** What the additivity check found for a metric. */
  public Additivity additivity(Metric metric) {
    int k = at(metric);
    return new Additivity(checked[k], failed[k], undefined[k], residual[k]);
  }

  /**
   * The check that the shares add up to the total, over the replications.
   *
   * @param checked replications checked
   * @param failed replications where the exact sum of the shares was not the total (a bug: never
   *     expected)
   * @param undefined replications left out because the metric was not finite in some variant
   * @param largestRoundingResidual the largest |Σ shares − total| of the shares rounded to doubles
   */
  public record Additivity(
      long checked, long failed, long undefined, double largestRoundingResidual) {

    /** Whether the shares added up exactly in every replication checked. */
    public boolean exact() {
      return failed == 0;
    }
  }

  /**
   * An estimate from per-replication values; {@code ordering} is the standard error sampling
   * orderings adds, estimated from {@code units} antithetic pairs (0 when exact). The two parts
   * combine in quadrature, each with its own Student-t quantile: with few pairs the ordering part
   * is itself uncertain, so its quantile is that of {@code units − 1} degrees of freedom.
   */
  private static Estimate estimate(Tally t, double ordering, int units) {
    long n = t.count();
    if (n == 0) {
      return new Estimate(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = t.mean();
    if (n < 2) {
      return new Estimate(n, mean, mean, mean);
    }
    double runs = MetricSummary.tQuantile975(n - 1) * Math.sqrt(t.variance() / n);
    double orders = units < 2 ? 0.0 : MetricSummary.tQuantile975(units - 1) * ordering;
    double half = Math.sqrt(runs * runs + orders * orders);
    return new Estimate(n, mean, mean - half, mean + half);
  }

  /**
   * The size below which a difference is floating-point rounding, not an effect: a billionth of the
   * largest value the metric took in any variant. Two levers that add up by construction (two cost
   * lines) still show interactions of that order, from the order the model sums in.
   */
  public double roundingFloor(Metric metric) {
    return 1e-9 * scale[at(metric)];
  }

  /** Whether an interaction is clear: its CI excludes zero and it exceeds the rounding floor. */
  public boolean clearInteraction(Metric metric, int p) {
    Estimate e = interaction(metric, p);
    return e.clear() && Math.abs(e.mean()) > roundingFloor(metric);
  }

  @Override
  public void checkpoint(DataOutput out) throws IOException {
    for (int k = 0; k < metrics.size(); k++) {
      totals[k].write(out);
      for (Tally t : shares[k]) {
        t.write(out);
      }
      for (Tally t : interactions[k]) {
        t.write(out);
      }
      for (Tally[] unit : units[k]) {
        for (Tally t : unit) {
          t.write(out);
        }
      }
      out.writeLong(checked[k]);
      out.writeLong(failed[k]);
      out.writeLong(undefined[k]);
      out.writeDouble(residual[k]);
      out.writeDouble(scale[k]);
    }
  }

  @Override
  public void restore(DataInput in) throws IOException {
    for (int k = 0; k < metrics.size(); k++) {
      totals[k].read(in);
      for (Tally t : shares[k]) {
        t.read(in);
      }
      for (Tally t : interactions[k]) {
        t.read(in);
      }
      for (Tally[] unit : units[k]) {
        for (Tally t : unit) {
          t.read(in);
        }
      }
      checked[k] = in.readLong();
      failed[k] = in.readLong();
      undefined[k] = in.readLong();
      residual[k] = in.readDouble();
      scale[k] = in.readDouble();
    }
  }

  /** The lever with the largest share of a metric by absolute mean (the first of equals). */
  public int largest(Metric metric) {
    int best = -1;
    double size = -1;
    for (int i = 0; i < design.levers().size(); i++) {
      double s = Math.abs(share(metric, i).mean());
      if (s > size) {
        size = s;
        best = i;
      }
    }
    return best;
  }

  /** Every lever's share of a metric, in lever order. */
  public List<Estimate> shares(Metric metric) {
    List<Estimate> out = new ArrayList<>();
    for (int i = 0; i < design.levers().size(); i++) {
      out.add(share(metric, i));
    }
    return out;
  }
}
