package salesim.experiment;

/**
 * A variant against the baseline on one metric, over matched replications (common random
 * numbers): the mean difference with its Student-t 95 % interval, the difference relative to the
 * baseline mean, the share of pairs where the variant came out higher, and the variance reduction
 * common random numbers achieved against independent streams.
 *
 * @param mean mean of (variant − baseline)
 * @param ci95Low lower end of the 95 % confidence interval of the mean difference
 * @param ci95High upper end
 * @param relative mean difference ÷ |baseline mean| (NaN, undefined, if the baseline mean is 0)
 * @param pHigher share of matched replications where the variant's value is higher
 * @param varianceReduction Var(X) + Var(Y) over Var(Y − X): how many times fewer replications
 *     the paired comparison needs than one on independent streams for the same precision (the
 *     marginals are the same either way, so the independent-stream variance is Var(X) + Var(Y));
 *     NaN, undefined, when the differences do not vary
 */
public record PairedDifference(
    double mean,
    double ci95Low,
    double ci95High,
    double relative,
    double pHigher,
    double varianceReduction) {

  /** Whether the 95 % confidence interval excludes zero: the sign of the difference is clear. */
  public boolean clear() {
    return ci95Low > 0 || ci95High < 0;
  }
}
