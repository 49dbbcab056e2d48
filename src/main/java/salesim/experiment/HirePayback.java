package salesim.experiment;

import salesim.kernel.stat.Tally;

/**
 * The payback of an outbound hire over the runs that hired one. For a run that hired no hunter in
 * the horizon the model writes the horizon's months into {@code outbound_hire_payback_months}: a
 * placeholder, not a payback, so that metric's mean over every run mixes paybacks with the
 * horizon. This keeps the runs apart. Within a run the value is the mean over its hunters, and a
 * hunter not yet paid back at the horizon counts at the months she has had (a lower bound).
 *
 * @param runs the runs
 * @param runsHiring the runs that hired at least one hunter into an outbound seat
 * @param mean the mean of {@code outbound_hire_payback_months} over those runs; NaN if none did
 * @param ci95Low the Student-t 95 % interval of that mean; NaN with fewer than two such runs
 * @param ci95High its upper end
 */
public record HirePayback(
    long runs, long runsHiring, double mean, double ci95Low, double ci95High) {

  /** From the tally of the payback over the hiring runs, of {@code runs} in all. */
  static HirePayback of(long runs, Tally hiring) {
    long n = hiring.count();
    double mean = n == 0 ? Double.NaN : hiring.mean();
    double half = n > 1 ? MetricSummary.tQuantile975(n - 1) * hiring.standardError() : Double.NaN;
    return new HirePayback(runs, n, mean, mean - half, mean + half);
  }

  /** Whether no run hired a hunter, so no payback was measured at all. */
  public boolean noneHired() {
    return runsHiring == 0;
  }
}
