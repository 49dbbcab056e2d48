package salesim.experiment;

/**
 * A mean over replications with its 95 % confidence interval: a lever's share of a difference, an
 * interaction, or the difference itself.
 *
 * @param n the replications it is the mean of
 * @param mean the mean
 * @param ci95Low the lower end of the 95 % confidence interval (Student's t)
 * @param ci95High the upper end
 */
public record Estimate(long n, double mean, double ci95Low, double ci95High) {

  /** Whether the interval excludes zero: the sign is clear. */
  public boolean clear() {
    return ci95Low > 0 || ci95High < 0;
  }

  /** Half the interval's width. */
  public double halfWidth() {
    return (ci95High - ci95Low) / 2.0;
  }

  /** +1, −1, or 0 when the interval includes zero. */
  public int clearSign() {
    return ci95Low > 0 ? 1 : ci95High < 0 ? -1 : 0;
  }
}
