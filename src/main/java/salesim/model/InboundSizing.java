package salesim.model;

import salesim.model.policy.Management;
import salesim.model.policy.SizingMode;
import salesim.model.policy.TeamSizing;
import salesim.model.rep.Role;

/**
 * Staffing that follows the load on a split team: at each staffing review management sizes the
 * inbound team for the inbound load measured since the last one, at the split's target
 * utilisation — moving reps between inbound and outbound by comparative advantage (REBALANCE), or
 * hiring inbound reps after the hiring delay and letting surplus inbound seats go as their reps
 * leave (HIRE).
 *
 * <p>Note: This class is not thread-safe.
 */
final class InboundSizing implements ManagementRule {

  private final Replication r;
  private final Roster roster;
  private final Ledger ledger;
  private final TeamSizing sizing;
  private final int maxSeats;

  private InboundSizing(Replication replication, Roster roster, Ledger ledger, TeamSizing sizing) {
    this.r = replication;
    this.roster = roster;
    this.ledger = ledger;
    this.sizing = sizing;
    this.maxSeats = Math.max(sizing.maxReps(), replication.p.team().reps());
  }

  /** The rule, unless the scenario keeps the inbound team at the size it was given. */
  static ManagementRule from(Management config, Replication r, Roster roster, Ledger ledger) {
    return config.sizing().mode() != SizingMode.NONE
        ? new InboundSizing(r, roster, ledger, config.sizing())
        : null;
  }

  @Override
  public void atMonthStart(int m) {
    if (!roster.isSplit() || m < sizing.everyMonths() || m % sizing.everyMonths() != 0) {
      return;
    }
    int from = Math.max(roster.splitMonth(), m - sizing.everyMonths());
    if (from >= m) {
      return; // split since the last review: judge a full period first
    }
    double load = 0.0;
    for (int k = from; k < m; k++) {
      load += ledger.inboundLoadFte(k);
    }
    load /= m - from;
    boolean leads = r.p.inbound().leadsPerMonth() > 0.0;
    int wanted = Math.max(leads ? 1 : 0, InboundTeamSize.forLoad(r, maxSeats, load));
    int have = roster.seatsOf(Role.INBOUND);
    if (wanted == have) {
      return;
    }
    if (sizing.mode() == SizingMode.REBALANCE) {
      rebalance(wanted - have);
    } else {
      resize(wanted - have, m);
    }
  }

  /** Moves reps between the roles by comparative advantage, keeping one outbound rep at least. */
  private void rebalance(int change) {
    for (; change > 0 && roster.count(Role.OUTBOUND) > 1; change--) {
      roster.assign(pick(Role.OUTBOUND, true), Role.INBOUND);
      ledger.add(r.month, MonthlyMetric.ROLE_MOVES, 1);
    }
    for (; change < 0 && roster.count(Role.INBOUND) > 1; change++) {
      roster.assign(pick(Role.INBOUND, false), Role.OUTBOUND);
      ledger.add(r.month, MonthlyMetric.ROLE_MOVES, 1);
    }
  }

  /** Opens inbound seats (filled after the hiring delay) or lets surplus ones close. */
  private void resize(int change, int m) {
    for (; change > 0 && roster.countOpen() < maxSeats; change--) {
      roster.openSeat(Role.INBOUND, m + r.p.team().hiringDelayMonths());
      ledger.add(m, MonthlyMetric.SEATS_OPENED, 1);
    }
    for (; change < 0 && roster.seatsOf(Role.INBOUND) > 1; change++) {
      roster.closeSeat(Role.INBOUND, false, m);
    }
  }

  /** The active rep of a role best (or least) suited to inbound. */
  private int pick(Role role, boolean bestForInbound) {
    int chosen = -1;
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (roster.active(seat) && roster.role(seat) == role) {
        double advantage = roster.inboundAdvantage(seat);
        if (chosen < 0
            || (bestForInbound
                ? advantage > roster.inboundAdvantage(chosen)
                : advantage < roster.inboundAdvantage(chosen))) {
          chosen = seat;
        }
      }
    }
    return chosen;
  }
}
