package salesim.model.rep;

import salesim.model.base.Check;
import salesim.model.base.PerSource;

/**
 * The team: how many reps, how they differ, how fast they ramp, and how they leave and are
 * replaced.
 *
 * @param reps seats on the team
 * @param skillSd spread of per-rep skill (lognormal sigma; skills have median 1)
 * @param rampMonths months to full productivity on inbound and on outbound work (linear ramp)
 * @param rampStart productivity on day one, as a share of full
 * @param initialTenureMonths tenure of the reps in place at month 0 (at least the ramp = ramped)
 * @param attritionPerYear annual attrition by role; monthly hazard {@code -ln(1 - a) / 12}
 * @param hiringDelayMonths whole months a seat stays empty before its backfill starts
 * @param hiringCost one-off cost per hire (currency)
 */
public record Staffing(
    int reps,
    double skillSd,
    PerSource rampMonths,
    double rampStart,
    double initialTenureMonths,
    PerRole attritionPerYear,
    int hiringDelayMonths,
    double hiringCost) {

  public Staffing {
    Check.range("reps", reps, 1, 100_000);
    Check.range("skillSd", skillSd, 0.0, 2.0);
    Check.present("rampMonths", rampMonths);
    Check.range("rampStart", rampStart, 0.0, 1.0);
    Check.range("initialTenureMonths", initialTenureMonths, 0.0, 600.0);
    Check.present("attritionPerYear", attritionPerYear);
    Check.range("attritionPerYear.mixed", attritionPerYear.mixed(), 0.0, 0.99);
    Check.range("attritionPerYear.inbound", attritionPerYear.inbound(), 0.0, 0.99);
    Check.range("attritionPerYear.outbound", attritionPerYear.outbound(), 0.0, 0.99);
    Check.range("hiringDelayMonths", hiringDelayMonths, 0, 60);
    Check.nonNegative("hiringCost", hiringCost);
  }
}
