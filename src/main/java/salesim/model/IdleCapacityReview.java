package salesim.model;

import salesim.model.policy.IdleReaction;
import salesim.model.policy.IdleReview;
import salesim.model.policy.Management;
import salesim.model.policy.SizingMode;
import salesim.model.rep.Role;

/**
 * Managers who look at what the team does all day. Once a month they measure, over the window,
 * how much of their selling time the reps idled; when it is above the threshold they push
 * prospecting: a ban on it is lifted; an idle inbound rep of a split team whose inbound side
 * nobody sizes goes back to outbound; otherwise every rep who may prospect is asked for a weekly
 * minimum of prospecting until the next look — or, if the scenario says so, a seat is cut. A
 * banned mixed team that sits idle is therefore not banned for long, and a team left idle by a
 * downturn is put back on the phone.
 *
 * <p>Note: This class is not thread-safe.
 */
final class IdleCapacityReview implements ManagementRule {

  private final Replication r;
  private final Roster roster;
  private final Ledger ledger;
  private final IdleReview idle;
  /** Whether a staffing rule sizes the inbound side to its load (its slack is then planned). */
  private final boolean sized;
  private final WeeklyPace pace;
  /** The push on prospecting lasts until this month's start (exclusive). */
  private int pushUntil = -1;

  private IdleCapacityReview(
      Replication replication, Roster roster, Ledger ledger, IdleReview idle, boolean sized) {
    this.r = replication;
    this.roster = roster;
    this.ledger = ledger;
    this.idle = idle;
    this.sized = sized;
    this.pace = new WeeklyPace(roster.seats());
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
    if (idle.reaction() == IdleReaction.CUT_HEADCOUNT) {
      if (idleShare(from, m, false) > idle.idleShare()) {
        cutOneSeat(m);
      }
      return;
    }
    if (roster.mixedBanned()) {
      if (idleShare(from, m, false) > idle.idleShare()) {
        roster.liftMixedBan();
        ledger.add(m, MonthlyMetric.PROSPECTING_RESTORED, 1);
      }
      return;
    }
    int hunter = idleInboundRepToMove(from, m);
    if (hunter >= 0) {
      roster.assign(hunter, Role.OUTBOUND);
      ledger.add(m, MonthlyMetric.PROSPECTING_RESTORED, 1);
    } else if (idleShare(from, m, true) > idle.idleShare()) {
      pushUntil = m + idle.windowMonths();
      ledger.add(m, MonthlyMetric.PROSPECTING_RESTORED, 1);
    }
  }

  /**
   * The idle share of selling hours over months [from, m): of the reps who may prospect now, or of
   * every active rep.
   */
  private double idleShare(int from, int m, boolean prospectorsOnly) {
    double idleHours = 0.0;
    double hours = 0.0;
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (!roster.active(seat) || (prospectorsOnly && !roster.mayProspect(seat))) {
        continue;
      }
      for (int k = from; k < m; k++) {
        idleHours += ledger.idleHours(seat, k);
      }
      hours += (m - from) * r.monthHours;
    }
    return hours > 0.0 ? idleHours / hours : 0.0;
  }

  /**
   * On a split team whose inbound side nobody sizes to the load, the inbound rep best suited to
   * outbound, if inbound reps idled more than the threshold and more than one would be left; -1
   * otherwise. (Where a staffing rule sizes inbound for a target utilisation, its slack is
   * planned, and that rule moves reps.)
   */
  private int idleInboundRepToMove(int from, int m) {
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

  @Override
  public void hired(int seat) {
    pace.reset(seat);
  }

  @Override
  public void prospected(int seat, double hours) {
    pace.logged(seat, hours);
  }

  /** During a push, a rep behind the weekly minimum prospects whenever she may. */
  @Override
  public boolean requiresProspecting(int seat, double now) {
    return r.month < pushUntil && pace.behind(seat, now, idle.prospectingHoursPerWeek());
  }

  /** Lets one rep go and closes her seat: an inbound one on a split team, else a mixed one. */
  private void cutOneSeat(int m) {
    Role role = roster.isSplit() ? Role.INBOUND : Role.MIXED;
    if (roster.count(role) > 1 && roster.closeSeat(role, true, m)) {
      ledger.add(m, MonthlyMetric.SEATS_CUT, 1);
    }
  }
}
