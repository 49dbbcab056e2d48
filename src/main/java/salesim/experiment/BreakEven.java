package salesim.experiment;

import java.util.List;
import salesim.model.Metric;

/**
 * What a sweep of the outbound commission multiplier tells the CEO and the CFO: the lowest
 * multiplier at which reps spend a meaningful share of their time prospecting (the equal-
 * compensation point, PARAMETERS.md fact 2), and the multiplier at which contribution peaks.
 *
 * @param turnOn the lowest grid value whose mean outbound share of hours is at least
 *     {@link #OUTBOUND_SHARE_THRESHOLD}; NaN if none reaches it
 * @param turnOnAtLowest whether the lowest value already reaches it (no multiplier needed)
 * @param peak the grid value with the highest mean contribution
 * @param peakContribution that mean contribution
 * @param peakCi95Low the lower end of its 95 % confidence interval
 * @param peakCi95High the upper end
 */
public record BreakEven(
    double turnOn,
    boolean turnOnAtLowest,
    double peak,
    double peakContribution,
    double peakCi95Low,
    double peakCi95High) {

  /** "Outbound time turns positive": at least 5 % of selling hours (fact 1's corner is below). */
  public static final double OUTBOUND_SHARE_THRESHOLD = 0.05;

  /** Reads the break-even points off a one-dimensional sweep, grid values in ascending order. */
  public static BreakEven of(double[] values, List<RunResult> results) {
    double turnOn = Double.NaN;
    for (int i = 0; i < values.length; i++) {
      if (results.get(i).summary(Metric.OUTBOUND_HOURS_SHARE).mean() >= OUTBOUND_SHARE_THRESHOLD) {
        turnOn = values[i];
        break;
      }
    }
    double[] contribution = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      contribution[i] = results.get(i).summary(Metric.CONTRIBUTION).mean();
    }
    int best = peak(contribution);
    MetricSummary peak = results.get(best).summary(Metric.CONTRIBUTION);
    return new BreakEven(
        turnOn, turnOn == values[0], values[best], peak.mean(), peak.ci95Low(), peak.ci95High());
  }

  /**
   * The index of the highest mean contribution (the first of equal ones): where contribution
   * peaks on a sweep's line, or over a whole grid.
   */
  public static int peak(double[] meanContribution) {
    if (meanContribution.length == 0) {
      throw new IllegalArgumentException("a sweep has at least one grid point");
    }
    int best = 0;
    for (int i = 1; i < meanContribution.length; i++) {
      if (meanContribution[i] > meanContribution[best]) {
        best = i;
      }
    }
    return best;
  }
}
