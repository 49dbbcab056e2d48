package salesim.model.rep;

import salesim.model.base.Check;

/**
 * Pay-sensitive quits (Shaw, Delery, Jenkins & Gupta 1998: better-paid staff quit less): a ramped
 * rep whose earnings over the last quota period fell short of on-target earnings by more than the
 * tolerance leaves at {@code exp(elasticity × (shortfall − tolerance))} times her role's rate.
 *
 * @param elasticity how strongly the shortfall raises the monthly quit chance (0 = not at all)
 * @param tolerance the shortfall, as a share of on-target earnings, that changes nothing
 */
public record PayAttrition(double elasticity, double tolerance) {

  public PayAttrition {
    Check.range("elasticity", elasticity, 0.0, 10.0);
    Check.probability("tolerance", tolerance);
  }

  /** The multiplier on the monthly attrition chance at a shortfall (share of target earnings). */
  public double multiplier(double shortfall) {
    double excess = shortfall - tolerance;
    return excess > 0.0 ? StrictMath.exp(elasticity * excess) : 1.0;
  }
}
