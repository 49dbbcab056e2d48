package salesim.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Empirical survival with censoring: the Kaplan–Meier curve of one kind of end, and the
 * Aalen–Johansen cumulative incidence of two competing ends (won and lost). A deal still open at
 * the as-of date is censored there: a survivor so far, not a loss.
 *
 * <p>Stateless; thread-safe.
 */
final class Survival {

  private Survival() {}

  /** A step curve: at each time, the value from then on. */
  record Curve(double[] times, double[] values) {

    Curve {
      times = times.clone();
      values = values.clone();
    }

    /** The value at the end of the curve. */
    double last() {
      return values.length == 0 ? Double.NaN : values[values.length - 1];
    }
  }

  /** Kaplan–Meier: times of each subject and whether it ended there (else it was censored). */
  static Curve kaplanMeier(double[] times, boolean[] ended) {
    Integer[] order = order(times);
    List<Double> t = new ArrayList<>(List.of(0.0));
    List<Double> s = new ArrayList<>(List.of(1.0));
    double survival = 1;
    int atRisk = times.length;
    int i = 0;
    while (i < order.length) {
      double time = times[order[i]];
      int deaths = 0;
      int leaving = 0;
      while (i < order.length && times[order[i]] == time) {
        if (ended[order[i]]) {
          deaths++;
        }
        leaving++;
        i++;
      }
      if (deaths > 0 && atRisk > 0) {
        survival *= 1.0 - (double) deaths / atRisk;
        t.add(time);
        s.add(survival);
      }
      atRisk -= leaving;
    }
    return new Curve(unbox(t), unbox(s));
  }

  /**
   * Aalen–Johansen cumulative incidence of two competing causes. {@code cause} is 0 for censored,
   * 1 or 2 for the end seen. Returns the curves of cause 1 and cause 2.
   */
  static Curve[] competing(double[] times, int[] cause) {
    Integer[] order = order(times);
    List<Double> t = new ArrayList<>(List.of(0.0));
    List<Double> c1 = new ArrayList<>(List.of(0.0));
    List<Double> c2 = new ArrayList<>(List.of(0.0));
    double survival = 1;
    double f1 = 0;
    double f2 = 0;
    int atRisk = times.length;
    int i = 0;
    while (i < order.length) {
      double time = times[order[i]];
      int d1 = 0;
      int d2 = 0;
      int leaving = 0;
      while (i < order.length && times[order[i]] == time) {
        if (cause[order[i]] == 1) {
          d1++;
        } else if (cause[order[i]] == 2) {
          d2++;
        }
        leaving++;
        i++;
      }
      if (d1 + d2 > 0 && atRisk > 0) {
        f1 += survival * d1 / atRisk;
        f2 += survival * d2 / atRisk;
        survival *= 1.0 - (double) (d1 + d2) / atRisk;
        t.add(time);
        c1.add(f1);
        c2.add(f2);
      }
      atRisk -= leaving;
    }
    double[] times1 = unbox(t);
    return new Curve[] {new Curve(times1, unbox(c1)), new Curve(times1, unbox(c2))};
  }

  private static Integer[] order(double[] times) {
    Integer[] order = new Integer[times.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
    return order;
  }

  private static double[] unbox(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
