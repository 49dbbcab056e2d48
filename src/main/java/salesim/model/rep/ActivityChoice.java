package salesim.model.rep;

import salesim.kernel.random.RandomStream;

/**
 * The rep's choice rule: a logit (softmax) over the perceived value per hour of each open
 * activity. Nothing here knows what the activities are, so no rule can say "prefer inbound":
 * preferences come only from the values the model computes from pay, funnels and delays.
 *
 * <p>With temperature 0 the choice is greedy (ties go to the lowest index). The weights use
 * {@link StrictMath#exp} so the same stream gives the same choices on every JDK.
 */
public final class ActivityChoice {

  private ActivityChoice() {}

  /**
   * Picks one of the first {@code n} options; {@code open[i]} says whether option i is available.
   * With a positive temperature, {@code values} is overwritten with the logit weights.
   *
   * @return the chosen index, or -1 if none is open
   */
  public static int choose(
      double[] values, boolean[] open, int n, double temperature, RandomStream stream) {
    int best = -1;
    for (int i = 0; i < n; i++) {
      if (open[i] && (best < 0 || values[i] > values[best])) {
        best = i;
      }
    }
    if (best < 0 || temperature <= 0.0) {
      return best;
    }
    // Subtracting the maximum keeps every weight in (0, 1]: no overflow for any temperature.
    // The weights overwrite the values in place, so each exp is computed once.
    double max = values[best];
    double total = 0.0;
    for (int i = 0; i < n; i++) {
      if (open[i]) {
        values[i] = i == best ? 1.0 : StrictMath.exp((values[i] - max) / temperature);
        total += values[i];
      }
    }
    double u = stream.nextDouble() * total;
    int last = best;
    for (int i = 0; i < n; i++) {
      if (open[i]) {
        u -= values[i];
        if (u < 0.0) {
          return i;
        }
        last = i;
      }
    }
    return last; // rounding left a sliver; the last open option takes it
  }

  /** The hyperbolic discount factor for a payoff {@code months} away. */
  public static double discount(double presentBiasPerMonth, double months) {
    return 1.0 / (1.0 + presentBiasPerMonth * Math.max(0.0, months));
  }
}
