package salesim.model;

import salesim.model.policy.IdleReaction;
import salesim.model.policy.IdleReview;
import salesim.model.policy.Management;
import salesim.model.policy.SizingMode;
import salesim.model.rep.Role;

/**
 * Managers who look at what the team does all day: when the idle share of selling hours over the
 * window is above the threshold, they give the team its prospecting back (a ban is lifted, or an
 * idle inbound rep of a split team goes back to outbound) — or, if the scenario says so, cut a
 * seat. A banned mixed team that sits idle is therefore not banned for long.
 *
 * <p>Note: This class is not thread-safe.
 */
final class IdleCapacityReview implements ManagementRule {

  private final Replication r;
  private final Roster roster;
  private final Ledger ledger;
  private final IdleReview idle;
  /** Whether a staffing rule sizes the inbound side to its load. */
  private final boolean sized;

  private IdleCapacityReview(
      Replication replication, Roster roster, Ledger ledger, IdleReview idle, boolean sized) {
    this.r = replication;
    this.roster = roster;
    this.ledger = ledger;
    this.idle = idle;
    this.sized = sized;
  }

  /** The rule, unless the scenario says to ignore idle capacity. */
  static ManagementRule from(Management config, Replication r, Roster roster, Ledger ledger) {
    return config.idle().reaction() != IdleReaction.NONE
        ? new IdleCapacityReview(
            r, roster, ledger, config.idle(), config.sizing().mode() != SizingMode.NONE)
        : null;
  }

  @Override
  public void atMonthStart(int m) {
    if (m < idle.windowMonths()) {
      return;
    }
    int from = m - idle.windowMonths();
    double available = ledger.total(MonthlyMetric.HOURS_AVAILABLE, from, m);
    if (available <= 0.0
        || ledger.total(MonthlyMetric.HOURS_IDLE, from, m) / available <= idle.idleShare()) {
      return;
    }
    if (idle.reaction() == IdleReaction.CUT_HEADCOUNT) {
      cutOneSeat(m);
      return;
    }
    if (roster.mixedBanned()) {
      roster.liftMixedBan();
      ledger.add(m, MonthlyMetric.PROSPECTING_RESTORED, 1);
      return;
    }
    int hunter = idlestInboundRep(from, m);
    if (hunter >= 0) {
      roster.assign(hunter, Role.OUTBOUND);
      ledger.add(m, MonthlyMetric.PROSPECTING_RESTORED, 1);
    }
  }

  /**
   * On a split team whose inbound side nobody sizes to the load, the inbound rep best suited to
   * outbound, if inbound reps idled more than the threshold and more than one would be left; -1
   * otherwise. (Where a staffing rule sizes inbound for a target utilisation, its slack is
   * planned, and that rule moves reps.)
   */
  private int idlestInboundRep(int from, int m) {
    if (!roster.isSplit() || sized || roster.count(Role.INBOUND) < 2) {
      return -1;
    }
    double idleHours = 0.0;
    double hours = 0.0;
    int best = -1;
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (roster.active(seat) && roster.role(seat) == Role.INBOUND) {
        for (int k = from; k < m; k++) {
          idleHours += ledger.idleHours(seat, k);
        }
        hours += (m - from) * r.monthHours;
        if (best < 0 || roster.inboundAdvantage(seat) < roster.inboundAdvantage(best)) {
          best = seat;
        }
      }
    }
    return hours > 0.0 && idleHours / hours > idle.idleShare() ? best : -1;
  }

  /** Lets one rep go and closes her seat: an inbound one on a split team, else a mixed one. */
  private void cutOneSeat(int m) {
    Role role = roster.isSplit() ? Role.INBOUND : Role.MIXED;
    if (roster.count(role) > 1 && roster.closeSeat(role, true, m)) {
      ledger.add(m, MonthlyMetric.SEATS_CUT, 1);
    }
  }
}
