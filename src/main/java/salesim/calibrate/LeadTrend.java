package salesim.calibrate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The monthly inbound lead rate as a Poisson regression on monthly counts. With at least 24
 * months, {@code log mean = s[calendar month] + b * (months from the start of the simulation)}:
 * twelve seasonal levels and a trend, fitted by iteratively reweighted least squares; the rate is
 * the mean of the twelve levels at the simulation's first month, the season their ratio to it,
 * the growth {@code e^b - 1}. With fewer months, a constant rate over the last twelve. Intervals
 * allow for overdispersion: the covariance is scaled by the Pearson dispersion when it exceeds
 * one (quasi-Poisson).
 *
 * <p>Stateless; thread-safe.
 */
final class LeadTrend {

  /** Months needed for a trend and a season. */
  static final int SEASONAL_MONTHS = 24;

  private LeadTrend() {}

  /**
   * The fit.
   *
   * @param rate leads a month at the simulation's first month, before the season
   * @param rateLow and rateHigh: its 95 % interval
   * @param growth compound monthly growth, NaN without a trend
   * @param season the twelve factors from the simulation's first month on, null without
   * @param seasonLow and seasonHigh: their intervals
   * @param fitted the fitted mean of each month counted
   * @param months months counted
   * @param leads leads counted
   * @param dispersion the Pearson dispersion (1 = Poisson)
   */
  record Result(double rate, double rateLow, double rateHigh, double growth, double growthLow,
      double growthHigh, double[] season, double[] seasonLow, double[] seasonHigh,
      double[] fitted, int months, long leads, double dispersion) {}

  /**
   * Fits monthly counts.
   *
   * @param counts leads in each whole month, oldest first
   * @param firstCalendarMonth the calendar month (0 = January) of {@code counts[0]}
   * @param startOffset months from {@code counts[0]} to the simulation's first month
   */
  static Result fit(long[] counts, int firstCalendarMonth, int startOffset) {
    int n = counts.length;
    if (n >= SEASONAL_MONTHS) {
      return seasonal(counts, firstCalendarMonth, startOffset);
    }
    int from = Math.max(0, n - 12);
    long total = 0;
    for (int i = from; i < n; i++) {
      total += counts[i];
    }
    int m = n - from;
    double rate = (double) total / m;
    double pearson = 0;
    for (int i = from; i < n; i++) {
      pearson += rate > 0 ? (counts[i] - rate) * (counts[i] - rate) / rate : 0;
    }
    double dispersion = m > 1 ? Math.max(1, pearson / (m - 1)) : 1;
    double[] ci = Stats.poisson(total);
    double low = rate * Math.pow(ci[0] / Math.max(total, 1e-9), Math.sqrt(dispersion));
    double high = rate * Math.pow(ci[1] / Math.max(total, 1e-9), Math.sqrt(dispersion));
    if (total == 0) {
      low = 0;
      high = ci[1] / m * dispersion;
    }
    double[] fitted = new double[n];
    java.util.Arrays.fill(fitted, rate);
    return new Result(rate, low, high, Double.NaN, Double.NaN, Double.NaN, null, null, null,
        fitted, m, total, dispersion);
  }

  private static Result seasonal(long[] counts, int firstCalendarMonth, int startOffset) {
    int n = counts.length;
    int p = 13; // twelve seasonal levels, then the trend
    double[][] x = new double[n][p];
    for (int i = 0; i < n; i++) {
      x[i][(firstCalendarMonth + i) % 12] = 1;
      x[i][12] = i - startOffset;
    }
    double[] beta = new double[p];
    long total = 0;
    double[] level = new double[12];
    int[] seen = new int[12];
    for (int i = 0; i < n; i++) {
      total += counts[i];
      level[(firstCalendarMonth + i) % 12] += counts[i];
      seen[(firstCalendarMonth + i) % 12]++;
    }
    for (int j = 0; j < 12; j++) {
      beta[j] = Math.log(Math.max(0.5, level[j] / Math.max(1, seen[j])));
    }
    RealMatrix covariance = null;
    double[] mu = new double[n];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[][] info = new double[p][p];
      double[] score = new double[p];
      for (int i = 0; i < n; i++) {
        double eta = 0;
        for (int j = 0; j < p; j++) {
          eta += x[i][j] * beta[j];
        }
        mu[i] = Math.exp(eta);
        for (int a = 0; a < p; a++) {
          score[a] += x[i][a] * (counts[i] - mu[i]);
          for (int b = 0; b < p; b++) {
            info[a][b] += x[i][a] * x[i][b] * mu[i];
          }
        }
      }
      RealMatrix inverse = new LUDecomposition(new Array2DRowRealMatrix(info)).getSolver().getInverse();
      double[] step = inverse.operate(score);
      double change = 0;
      for (int j = 0; j < p; j++) {
        beta[j] += step[j];
        change = Math.max(change, Math.abs(step[j]));
      }
      covariance = inverse;
      if (change < 1e-10) {
        break;
      }
    }
    double pearson = 0;
    for (int i = 0; i < n; i++) {
      double eta = 0;
      for (int j = 0; j < p; j++) {
        eta += x[i][j] * beta[j];
      }
      mu[i] = Math.exp(eta);
      pearson += (counts[i] - mu[i]) * (counts[i] - mu[i]) / mu[i];
    }
    double dispersion = Math.max(1, pearson / (n - p));
    RealMatrix cov = covariance.scalarMultiply(dispersion);
    // Levels at the simulation's first month: the seasonal level of each calendar month.
    double[] e = new double[12];
    double sum = 0;
    for (int j = 0; j < 12; j++) {
      e[j] = Math.exp(beta[j]);
      sum += e[j];
    }
    double rate = sum / 12;
    double[] w = new double[12];
    for (int j = 0; j < 12; j++) {
      w[j] = e[j] / sum;
    }
    double varLogRate = 0;
    for (int a = 0; a < 12; a++) {
      for (int b = 0; b < 12; b++) {
        varLogRate += w[a] * w[b] * cov.getEntry(a, b);
      }
    }
    double seRate = Math.sqrt(varLogRate);
    double[] season = new double[12];
    double[] seasonLow = new double[12];
    double[] seasonHigh = new double[12];
    int startCalendar = (firstCalendarMonth + startOffset) % 12;
    for (int i = 0; i < 12; i++) {
      int j = (startCalendar + i) % 12;
      double var = 0;
      for (int a = 0; a < 12; a++) {
        for (int b = 0; b < 12; b++) {
          double ga = (a == j ? 1 : 0) - w[a];
          double gb = (b == j ? 1 : 0) - w[b];
          var += ga * gb * cov.getEntry(a, b);
        }
      }
      season[i] = e[j] / rate;
      double se = Math.sqrt(Math.max(0, var));
      seasonLow[i] = season[i] * Math.exp(-Stats.Z * se);
      seasonHigh[i] = season[i] * Math.exp(Stats.Z * se);
    }
    double seB = Math.sqrt(cov.getEntry(12, 12));
    return new Result(rate, rate * Math.exp(-Stats.Z * seRate), rate * Math.exp(Stats.Z * seRate),
        Math.expm1(beta[12]), Math.expm1(beta[12] - Stats.Z * seB),
        Math.expm1(beta[12] + Stats.Z * seB), season, seasonLow, seasonHigh, mu.clone(), n, total,
        dispersion);
  }
}
