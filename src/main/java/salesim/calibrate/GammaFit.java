package salesim.calibrate;

import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Gamma;

/**
 * The stage-duration distribution the model uses — gamma with a mean and a coefficient of
 * variation, in working days — fitted by maximum likelihood to durations that may be exact,
 * known only to the day at either end, or right-censored (a deal still in the stage at the
 * as-of date is a survivor so far). Intervals come from the observed information (a numerical
 * Hessian of the log-likelihood in log mean and log cv), so they are asymmetric on the natural
 * scale and never cross zero.
 *
 * <p>When a time is known only as a date, it is taken as uniform over that business day, and the
 * likelihood integrates over it exactly (through G(x), the integral of the gamma CDF).
 *
 * <p>Stateless; thread-safe.
 */
final class GammaFit {

  /** Durations below this (one business minute) count as "under a minute", not as zero. */
  static final double MINUTE = 1.0 / (8 * 60);

  /**
   * One stay in a stage: entry and exit (or the as-of date, if censored) each within a window;
   * an exact time has an empty window.
   */
  record Stay(double entryLo, double entryHi, double exitLo, double exitHi, boolean censored) {

    /** The duration as a point, for moments and empirical curves: the windows' midpoints. */
    double midpoint() {
      return Math.max(0, (exitLo + exitHi) / 2 - (entryLo + entryHi) / 2);
    }
  }

  /**
   * The fit.
   *
   * @param mean the mean duration (working days)
   * @param cv its coefficient of variation
   * @param meanLow and the others: 95 % intervals
   * @param n stays used
   * @param events stays that ended (not censored)
   */
  record Result(double mean, double cv, double meanLow, double meanHigh, double cvLow,
      double cvHigh, int n, int events) {}

  private GammaFit() {}

  /** Fits the stays; null when fewer than two ended. */
  static Result fit(List<Stay> stays) {
    int events = 0;
    double sum = 0;
    double sumSq = 0;
    for (Stay s : stays) {
      if (!s.censored()) {
        events++;
        double x = Math.max(MINUTE, s.midpoint());
        sum += x;
        sumSq += x * x;
      }
    }
    if (events < 2) {
      return null;
    }
    double m0 = sum / events;
    double v0 = Math.max(1e-6, sumSq / events - m0 * m0);
    double cv0 = Math.min(4, Math.max(0.05, Math.sqrt(v0) / m0));
    MultivariateFunction logLik = p -> logLikelihood(stays, Math.exp(p[0]), Math.exp(p[1]));
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-10, 1e-9);
    PointValuePair best = optimizer.optimize(
        new MaxEval(4000),
        new ObjectiveFunction(logLik),
        GoalType.MAXIMIZE,
        new InitialGuess(new double[] {Math.log(m0), Math.log(cv0)}),
        new NelderMeadSimplex(new double[] {0.2, 0.2}));
    double[] p = best.getPoint();
    // Observed information by central differences in (log mean, log cv).
    double h = 1e-3;
    double f0 = best.getValue();
    double fpp = logLik.value(new double[] {p[0] + h, p[1]});
    double fmm = logLik.value(new double[] {p[0] - h, p[1]});
    double gpp = logLik.value(new double[] {p[0], p[1] + h});
    double gmm = logLik.value(new double[] {p[0], p[1] - h});
    double c1 = logLik.value(new double[] {p[0] + h, p[1] + h});
    double c2 = logLik.value(new double[] {p[0] + h, p[1] - h});
    double c3 = logLik.value(new double[] {p[0] - h, p[1] + h});
    double c4 = logLik.value(new double[] {p[0] - h, p[1] - h});
    double a = -(fpp - 2 * f0 + fmm) / (h * h);
    double d = -(gpp - 2 * f0 + gmm) / (h * h);
    double b = -(c1 - c2 - c3 + c4) / (4 * h * h);
    double det = a * d - b * b;
    double seMean = det > 0 ? Math.sqrt(d / det) : Double.NaN;
    double seCv = det > 0 ? Math.sqrt(a / det) : Double.NaN;
    double mean = Math.exp(p[0]);
    double cv = Math.exp(p[1]);
    return new Result(mean, cv, Math.exp(p[0] - Stats.Z * seMean), Math.exp(p[0] + Stats.Z * seMean),
        Math.exp(p[1] - Stats.Z * seCv), Math.exp(p[1] + Stats.Z * seCv), stays.size(), events);
  }

  /** The log-likelihood of the stays under gamma(mean, cv). */
  static double logLikelihood(List<Stay> stays, double mean, double cv) {
    if (!(cv > 1e-3 && cv < 20 && mean > 1e-6 && mean < 1e6)) {
      return -1e300;
    }
    double k = 1 / (cv * cv);
    double theta = mean / k;
    double logNorm = -Gamma.logGamma(k) - k * Math.log(theta);
    double total = 0;
    for (Stay s : stays) {
      double l = stay(s, k, theta, logNorm);
      if (!(l > -1e300)) {
        return -1e300;
      }
      total += l;
    }
    return total;
  }

  private static double stay(Stay s, double k, double theta, double logNorm) {
    double wa = s.entryHi() - s.entryLo();
    double wb = s.exitHi() - s.exitLo();
    if (s.censored()) {
      double survive;
      if (wa <= 0) {
        survive = 1 - cdf(s.exitLo() - s.entryLo(), k, theta);
      } else {
        survive = 1 - (g(s.exitLo() - s.entryLo(), k, theta) - g(s.exitLo() - s.entryHi(), k, theta)) / wa;
      }
      return Math.log(Math.max(survive, 1e-300));
    }
    double p;
    if (wa <= 0 && wb <= 0) {
      double x = s.exitLo() - s.entryLo();
      if (x < MINUTE) {
        p = cdf(MINUTE, k, theta) / MINUTE; // "under a minute": a window, not a point
      } else {
        return logNorm + (k - 1) * Math.log(x) - x / theta;
      }
    } else if (wa <= 0) {
      p = (cdf(s.exitHi() - s.entryLo(), k, theta) - cdf(s.exitLo() - s.entryLo(), k, theta)) / wb;
    } else if (wb <= 0) {
      p = (cdf(s.exitLo() - s.entryLo(), k, theta) - cdf(s.exitLo() - s.entryHi(), k, theta)) / wa;
    } else {
      p = (g(s.exitHi() - s.entryLo(), k, theta) - g(s.exitHi() - s.entryHi(), k, theta)
          - g(s.exitLo() - s.entryLo(), k, theta) + g(s.exitLo() - s.entryHi(), k, theta))
          / (wa * wb);
    }
    return Math.log(Math.max(p, 1e-300));
  }

  /** The gamma CDF. */
  static double cdf(double x, double k, double theta) {
    return x <= 0 ? 0 : Gamma.regularizedGammaP(k, x / theta, 1e-12, 10_000);
  }

  /** G(x) = the integral of the CDF from 0 to x. */
  static double g(double x, double k, double theta) {
    if (x <= 0) {
      return 0;
    }
    return x * cdf(x, k, theta) - k * theta * Gamma.regularizedGammaP(k + 1, x / theta, 1e-12, 10_000);
  }
}
