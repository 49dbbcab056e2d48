package salesim.model.market;

import java.util.List;
import salesim.model.base.Check;

/**
 * Marketing's lead flow: a non-homogeneous Poisson process whose monthly rate is
 * {@code leadsPerMonth × (1 + growthPerMonth)^month × seasonality[month mod 12] × shock}.
 *
 * @param leadsPerMonth mean leads per month at month 0
 * @param growthPerMonth compound monthly growth of the rate (e.g. more marketing spend)
 * @param seasonality twelve monthly factors (month 0 = the first simulated month), or empty
 * @param qualityMean mean chance a lead qualifies when answered at once (Beta across leads)
 * @param qualityConcentration Beta concentration (alpha + beta); higher = less spread
 * @param responseHours rep hours to respond to and qualify one lead
 * @param decay response-time decay of the qualification chance
 * @param expiryDays working days after which an unanswered lead is lost
 * @param order which waiting lead is answered first
 * @param costPerLead marketing cost per lead (currency)
 */
public record InboundFlow(
    double leadsPerMonth,
    double growthPerMonth,
    List<Double> seasonality,
    double qualityMean,
    double qualityConcentration,
    double responseHours,
    ResponseDecay decay,
    double expiryDays,
    LeadOrder order,
    double costPerLead) {

  public InboundFlow {
    Check.range("leadsPerMonth", leadsPerMonth, 0.0, 1.0e6);
    Check.range("growthPerMonth", growthPerMonth, -0.5, 1.0);
    seasonality = Check.list("seasonality", seasonality, 0);
    if (!seasonality.isEmpty() && seasonality.size() != 12) {
      throw new IllegalArgumentException(
          "seasonality: must list 12 monthly factors or none (got " + seasonality.size() + ")");
    }
    for (int i = 0; i < seasonality.size(); i++) {
      Check.range("seasonality[" + i + "]", seasonality.get(i), 0.0, 100.0);
    }
    Check.probability("qualityMean", qualityMean);
    Check.range("qualityConcentration", qualityConcentration, 0.1, 1.0e6);
    Check.range("responseHours", responseHours, 0.01, 24.0);
    Check.present("decay", decay);
    Check.positive("expiryDays", expiryDays);
    Check.present("order", order);
    Check.nonNegative("costPerLead", costPerLead);
  }

  /**
   * The expected leads in a month (0-based) before shocks: {@code leadsPerMonth × (1 +
   * growthPerMonth)^month × season(month)}, the rate of the arrival process that month. The one
   * formula for it: the model, the size estimate and the loader's overflow check all call it.
   */
  public double leadsPerMonth(int month) {
    return leadsPerMonth
        * (growthPerMonth == 0.0 ? 1.0 : StrictMath.pow(1.0 + growthPerMonth, month))
        * season(month);
  }

  /** The seasonal factor of a month (0-based). */
  public double season(int month) {
    return seasonality.isEmpty() ? 1.0 : seasonality.get(Math.floorMod(month, 12));
  }
}
