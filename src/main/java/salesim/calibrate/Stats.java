package salesim.calibrate;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The small statistics calibration needs: intervals for proportions and rates, percentiles.
 * Commons Math computes in pure Java, so results are the same on every JDK.
 *
 * <p>Stateless; thread-safe.
 */
final class Stats {

  /** The 97.5 % quantile of the standard normal. */
  static final double Z = 1.959963984540054;

  private Stats() {}

  /** Wilson's score interval for k successes in n trials: {low, high}. */
  static double[] wilson(long k, long n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double p = (double) k / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /** Garwood's exact interval for a Poisson count: {low, high} of the mean count. */
  static double[] poisson(long k) {
    double low = k == 0 ? 0 : new ChiSquaredDistribution(null, 2.0 * k).inverseCumulativeProbability(0.025) / 2;
    double high = new ChiSquaredDistribution(null, 2.0 * k + 2).inverseCumulativeProbability(0.975) / 2;
    return new double[] {low, high};
  }

  /** A percentile (type 7, linear interpolation) of values sorted ascending. */
  static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The values sorted, a copy. */
  static double[] sorted(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s;
  }

  /** The mean. */
  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? Double.NaN : sum / values.length;
  }

  /** The sample variance (n − 1). */
  static double variance(double[] values) {
    if (values.length < 2) {
      return Double.NaN;
    }
    double m = mean(values);
    double ss = 0;
    for (double v : values) {
      ss += (v - m) * (v - m);
    }
    return ss / (values.length - 1);
  }

  /**
   * {estimate, low, high}: the maximum of a log-likelihood that is unimodal on [lo, hi]
   * (golden-section search) and its 95 % profile-likelihood interval, clipped to the bounds.
   */
  static double[] profileMle(java.util.function.DoubleUnaryOperator logLik, double lo, double hi) {
    double g = (Math.sqrt(5) - 1) / 2;
    double a = lo;
    double b = hi;
    for (int i = 0; i < 200; i++) {
      double c = b - g * (b - a);
      double e = a + g * (b - a);
      if (logLik.applyAsDouble(c) < logLik.applyAsDouble(e)) {
        a = c;
      } else {
        b = e;
      }
    }
    double best = (a + b) / 2;
    double cut = logLik.applyAsDouble(best) - 1.920729410347062; // chi-square(1) 95 % / 2
    return new double[] {best, cut(logLik, cut, lo, best), cut(logLik, cut, best, hi)};
  }

  /** Where the log-likelihood crosses {@code cut} between {@code from} and {@code to}. */
  private static double cut(java.util.function.DoubleUnaryOperator logLik, double cut,
      double from, double to) {
    boolean rising = logLik.applyAsDouble(from) < logLik.applyAsDouble(to);
    if (logLik.applyAsDouble(rising ? from : to) >= cut) {
      return rising ? from : to; // the interval reaches the bound
    }
    double a = from;
    double b = to;
    for (int i = 0; i < 100; i++) {
      double mid = (a + b) / 2;
      if ((logLik.applyAsDouble(mid) >= cut) == rising) {
        b = mid;
      } else {
        a = mid;
      }
    }
    return (a + b) / 2;
  }
}
