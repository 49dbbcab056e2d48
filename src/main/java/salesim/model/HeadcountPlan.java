package salesim.model;

import salesim.model.policy.Management;
import salesim.model.rep.HeadcountStep;

/**
 * A scenario's planned headcount: from each step's month, the team has that many reps of the
 * role — new seats filled that month (the plan allows for recruiting), surplus seats closed as
 * their reps leave, or at once where the step says layoffs.
 */
final class HeadcountPlan implements ManagementRule {

  private final Replication r;
  private final Roster roster;
  private final Ledger ledger;

  private HeadcountPlan(Replication replication, Roster roster, Ledger ledger) {
    this.r = replication;
    this.roster = roster;
    this.ledger = ledger;
  }

  /** The rule, when the scenario plans headcount. */
  static ManagementRule from(Management config, Replication r, Roster roster, Ledger ledger) {
    return r.p.team().headcountPlan().isEmpty() ? null : new HeadcountPlan(r, roster, ledger);
  }

  @Override
  public void atMonthStart(int m) {
    for (HeadcountStep step : r.p.team().headcountPlan()) {
      if (step.month() != r.reportedMonth(m)) {
        continue;
      }
      int have = roster.seatsOf(step.role());
      for (int add = step.reps() - have; add > 0; add--) {
        if (roster.openSeat(step.role(), m)) {
          ledger.add(m, MonthlyMetric.SEATS_OPENED, 1);
        }
      }
      for (int cut = have - step.reps(); cut > 0; cut--) {
        if (roster.closeSeat(step.role(), step.layoffs(), m)) {
          ledger.add(m, MonthlyMetric.SEATS_CUT, 1);
        }
      }
    }
  }
}
