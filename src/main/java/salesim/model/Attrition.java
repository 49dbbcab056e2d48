package salesim.model;

import salesim.model.rep.PayAttrition;
import salesim.model.rep.Role;
import salesim.model.rep.Staffing;

/**
 * Who leaves the team at a month start: each rep with the monthly chance of her role, from the
 * scenario's annual rate, raised once she is past the longer ramp when her pay over the last quota
 * period fell short of target. The draw is keyed by the seat and the month, so common random
 * numbers survive other reps' departures. Apart from {@link Roster}, which carries a departure
 * out, because this is the team's calibrated turnover — a rate and a response to pay — and not
 * its bookkeeping.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Attrition {

  private final Replication r;
  private final PayAttrition pay;
  private final Payroll payroll;
  /** Monthly attrition chance by role: 1 - (1 - annual)^(1/12). */
  private final double[] monthlyChance = new double[Role.values().length];
  /** The tenure, in days, after which pay moves the chance (the longer of the two ramps). */
  private final double rampedAfter;

  Attrition(Replication replication, Staffing team, Payroll payroll) {
    this.r = replication;
    this.pay = team.payAttrition();
    this.payroll = payroll;
    for (Role each : Role.values()) {
      double annual = team.attritionPerYear().of(each);
      monthlyChance[each.ordinal()] = 1.0 - StrictMath.pow(1.0 - annual, 1.0 / 12.0);
    }
    rampedAfter =
        Math.max(team.rampMonths().inbound(), team.rampMonths().outbound()) * r.daysPerMonth;
  }

  /**
   * Whether the rep in a seat, of this role and hired at {@code hireTime}, leaves this month: one
   * draw of the seat's attrition stream for the month.
   */
  boolean leaves(int seat, Role role, double hireTime, int month) {
    double monthly = monthlyChance[role.ordinal()];
    if (r.now() - hireTime >= rampedAfter) {
      double multiplier = pay.multiplier(payroll.shortfall(seat));
      if (multiplier != 1.0) {
        monthly = 1.0 - StrictMath.pow(1.0 - monthly, multiplier);
      }
    }
    r.streams.reset(r.keyed, StreamPurpose.ATTRITION, seat, month);
    return r.keyed.nextDouble() < monthly;
  }
}
