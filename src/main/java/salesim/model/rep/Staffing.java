package salesim.model.rep;

import java.util.List;
import salesim.model.base.Check;
import salesim.model.base.PerSource;

/**
 * The team: how many reps, who is hired into each kind of seat, how fast they ramp, how they leave
 * and are replaced, and any planned changes of headcount.
 *
 * @param reps seats on the team at the start
 * @param skillSd spread of per-rep skill (lognormal sigma; skills have median 1)
 * @param profiles who is hired into mixed, inbound and outbound seats (their call reluctance)
 * @param reluctanceAdaptationMonths time constant with which a person moved to another role drifts
 *     toward that role's profile (0 = at once, as if reluctance belonged to the job title)
 * @param rampMonths months to full productivity on inbound and on outbound work (linear ramp)
 * @param rampStart productivity on day one, as a share of full
 * @param initialTenureMonths tenure of the reps in place at month 0 (at least the ramp = ramped)
 * @param attritionPerYear annual attrition by role; monthly hazard {@code -ln(1 - a) / 12}
 * @param payAttrition how much more often reps paid below target leave
 * @param hiringDelayMonths whole months a seat stays empty before its backfill starts
 * @param hiringCost one-off cost per hire (currency)
 * @param headcountPlan planned headcount by month and role (empty: the team keeps its size)
 */
public record Staffing(
    int reps,
    double skillSd,
    HiringProfiles profiles,
    double reluctanceAdaptationMonths,
    PerSource rampMonths,
    double rampStart,
    double initialTenureMonths,
    PerRole attritionPerYear,
    PayAttrition payAttrition,
    int hiringDelayMonths,
    double hiringCost,
    List<HeadcountStep> headcountPlan) {

  public Staffing {
    Check.range("reps", reps, 1, 100_000);
    Check.range("skillSd", skillSd, 0.0, 2.0);
    Check.present("profiles", profiles);
    Check.range("reluctanceAdaptationMonths", reluctanceAdaptationMonths, 0.0, 1.0e6);
    Check.present("rampMonths", rampMonths);
    Check.range("rampStart", rampStart, 0.0, 1.0);
    Check.range("initialTenureMonths", initialTenureMonths, 0.0, 600.0);
    Check.present("attritionPerYear", attritionPerYear);
    Check.range("attritionPerYear.mixed", attritionPerYear.mixed(), 0.0, 0.99);
    Check.range("attritionPerYear.inbound", attritionPerYear.inbound(), 0.0, 0.99);
    Check.range("attritionPerYear.outbound", attritionPerYear.outbound(), 0.0, 0.99);
    Check.present("payAttrition", payAttrition);
    Check.range("hiringDelayMonths", hiringDelayMonths, 0, 60);
    Check.nonNegative("hiringCost", hiringCost);
    headcountPlan = Check.list("headcountPlan", headcountPlan, 0);
  }

  /** The most seats the team can ever have: its start size or the plan's largest total. */
  public int maxSeats(int extraForGrowth) {
    int most = reps + extraForGrowth;
    for (HeadcountStep step : headcountPlan) {
      int total = 0;
      for (Role role : Role.values()) {
        total += plannedAt(step.month(), role, -1);
      }
      most = Math.max(most, total + extraForGrowth);
    }
    return Math.max(most, reps);
  }

  /** The planned reps of a role in a month: the latest step at or before it, or {@code unset}. */
  public int plannedAt(int month, Role role, int unset) {
    int reps = unset;
    int latest = -1;
    for (HeadcountStep step : headcountPlan) {
      if (step.role() == role && step.month() <= month && step.month() >= latest) {
        latest = step.month();
        reps = step.reps();
      }
    }
    return reps;
  }
}
