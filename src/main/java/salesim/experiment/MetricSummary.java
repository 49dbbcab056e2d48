package salesim.experiment;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import salesim.kernel.stat.Tally;

/**
 * One metric across replications: mean, standard deviation, the Student-t 95 % confidence interval
 * of the mean, and percentiles (Hyndman and Fan type 7, linear interpolation: R's and NumPy's
 * default).
 */
public record MetricSummary(
    long n,
    double mean,
    double sd,
    double ci95Low,
    double ci95High,
    double p5,
    double p25,
    double p50,
    double p75,
    double p95) {

  /** Summarises values given in replication order (the order fixes the floating-point sums). */
  public static MetricSummary of(double[] values, int n) {
    Tally tally = new Tally();
    for (int i = 0; i < n; i++) {
      tally.add(values[i]);
    }
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return of(tally, sorted);
  }

  /** A summary from a running tally and the same values, sorted. */
  static MetricSummary of(Tally tally, double[] sorted) {
    return of(tally, rank -> sorted[(int) rank]);
  }

  /** Reads the k-th smallest value (0-based). */
  @FunctionalInterface
  interface OrderStatistics {
    double at(long rank);
  }

  /** The ranks type-7 percentiles of {@code n} values need (two per percentile, at most). */
  static long[] ranks(long n) {
    long[] ranks = new long[2 * QUANTILES.length];
    for (int i = 0; i < QUANTILES.length; i++) {
      double h = (n - 1) * QUANTILES[i];
      long lo = (long) Math.floor(h);
      ranks[2 * i] = lo;
      ranks[2 * i + 1] = Math.min(lo + 1, n - 1);
    }
    return ranks;
  }

  /** The percentiles reported, in order: p5, p25, p50, p75, p95. */
  static final double[] QUANTILES = {0.05, 0.25, 0.50, 0.75, 0.95};

  /**
   * A summary from a running tally and the order statistics at {@link #ranks} — {@code values[i]}
   * is the value of rank {@code ranks[i]}.
   */
  static MetricSummary of(Tally tally, long[] ranks, double[] values) {
    return of(
        tally,
        rank -> {
          for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == rank) {
              return values[i];
            }
          }
          throw new IllegalStateException("rank " + rank + " was not selected");
        });
  }

  /** A summary from a running tally and a source of order statistics. */
  static MetricSummary of(Tally tally, OrderStatistics values) {
    long n = tally.count();
    if (n == 0) {
      return new MetricSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    double mean = tally.mean();
    double sd = n > 1 ? tally.standardDeviation() : 0.0;
    double half = n > 1 ? tQuantile975(n - 1) * sd / Math.sqrt(n) : 0.0;
    double[] p = new double[QUANTILES.length];
    for (int i = 0; i < p.length; i++) {
      double h = (n - 1) * QUANTILES[i];
      long lo = (long) Math.floor(h);
      long hi = Math.min(lo + 1, n - 1);
      double low = values.at(lo);
      p[i] = lo == hi ? low : low + (h - lo) * (values.at(hi) - low);
    }
    return new MetricSummary(n, mean, sd, mean - half, mean + half, p[0], p[1], p[2], p[3], p[4]);
  }

  /** The half-width of the Student-t 95 % confidence interval of a tally's mean. */
  public static double halfWidth95(Tally tally) {
    long n = tally.count();
    return n > 1 ? tQuantile975(n - 1) * tally.standardError() : Double.POSITIVE_INFINITY;
  }

  /** The 97.5 % quantile of Student's t with {@code df} degrees of freedom. */
  static double tQuantile975(long df) {
    // Commons Math computes it in pure Java (FastMath), so it is the same on every JDK.
    return new TDistribution(null, df).inverseCumulativeProbability(0.975);
  }

  /** The half-width of the 95 % confidence interval. */
  public double halfWidth() {
    return (ci95High - ci95Low) / 2.0;
  }
}
