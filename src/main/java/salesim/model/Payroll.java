package salesim.model;

import salesim.model.base.Source;
import salesim.model.comp.CompPlan;

/**
 * What each rep is paid on booking and where each stands in the quota period: bookings and
 * commission so far this period, the marginal rate the next deal of a source would earn (what the
 * rep's choice weighs), and the count of ramped rep-periods at or above quota.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Payroll {

  private final Replication r;
  private final CompPlan plan;
  private final Roster roster;

  private final double[] periodBooked;
  private final double[] periodEarned;
  /** Whether the seat's occupant was on the team for the whole current period. */
  private final boolean[] fullPeriod;

  private long quotaPeriods;
  private long quotaAttained;

  Payroll(Replication replication, Roster roster) {
    this.r = replication;
    this.plan = replication.p.comp();
    this.roster = roster;
    int seats = roster.seats();
    this.periodBooked = new double[seats];
    this.periodEarned = new double[seats];
    this.fullPeriod = new boolean[seats];
  }

  /** A new occupant starts part-way through the period with nothing booked. */
  void hired(int seat) {
    periodBooked[seat] = 0.0;
    periodEarned[seat] = 0.0;
    fullPeriod[seat] = false;
  }

  /** The reps in place when the run starts count the first period as a full one. */
  void startedWithTheRun(int seat) {
    fullPeriod[seat] = true;
  }

  /** The commission rate the rep would earn on the next unit of a source's bookings. */
  double marginalRate(int seat, Source source) {
    return plan.marginalRate(source, periodBooked[seat], periodEarned[seat]);
  }

  /** Pays the rep for a won deal and returns the commission. */
  double payOnWin(int seat, Source source, double value) {
    double commission = plan.commissionOn(source, value, periodBooked[seat], periodEarned[seat]);
    periodBooked[seat] += value;
    periodEarned[seat] += commission;
    return commission;
  }

  /** At a month start: closes the quota period that ends here, if any. */
  void monthStart(int month) {
    if (month > 0 && plan.quota().active() && month % plan.quota().periodMonths() == 0) {
      closeQuotaPeriod();
    }
  }

  private void closeQuotaPeriod() {
    double quota = plan.quota().bookingsPerPeriod();
    var ramp = r.p.team().rampMonths();
    double rampedAfter = Math.max(ramp.inbound(), ramp.outbound()) * r.calendar.daysPerMonth();
    double now = r.now();
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (roster.active(seat) && fullPeriod[seat] && now - roster.hireTime(seat) >= rampedAfter) {
        quotaPeriods++;
        if (periodBooked[seat] >= quota) {
          quotaAttained++;
        }
      }
      periodBooked[seat] = 0.0;
      periodEarned[seat] = 0.0;
      fullPeriod[seat] = roster.active(seat);
    }
  }

  /** Ramped rep-periods at or above quota, as a share of ramped rep-periods (0 if none). */
  double attainmentShare() {
    return quotaPeriods > 0 ? (double) quotaAttained / quotaPeriods : 0.0;
  }
}
