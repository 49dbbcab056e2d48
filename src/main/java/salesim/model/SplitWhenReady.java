package salesim.model;

import salesim.model.policy.Management;
import salesim.model.policy.SplitRule;
import salesim.model.policy.TeamStructure;

/**
 * Split once inbound fills a full-time role (structure {@code SPLIT_WHEN_READY}, the essay's
 * advice): when last month's measured inbound load has been at or above the threshold for the
 * required run of months, the team splits, with the inbound team named or sized from that load.
 */
final class SplitWhenReady implements ManagementRule {

  private final Replication r;
  private final Roster roster;
  private final Ledger ledger;
  private final SplitRule trigger;
  private final int inboundReps;
  private int loadStreak;

  private SplitWhenReady(
      Replication replication, Roster roster, Ledger ledger, SplitRule trigger, int inboundReps) {
    this.r = replication;
    this.roster = roster;
    this.ledger = ledger;
    this.trigger = trigger;
    this.inboundReps = inboundReps;
  }

  /** The rule, for a {@code SPLIT_WHEN_READY} structure. */
  static ManagementRule from(Management config, Replication r, Roster roster, Ledger ledger) {
    return config.structure() == TeamStructure.SPLIT_WHEN_READY
        ? new SplitWhenReady(r, roster, ledger, config.splitWhenReady(), config.inboundReps())
        : null;
  }

  @Override
  public void atMonthStart(int month) {
    if (month == 0 || roster.isSplit()) {
      return;
    }
    double load = ledger.inboundLoadFte(month - 1);
    loadStreak = load >= trigger.fteThreshold() ? loadStreak + 1 : 0;
    if (loadStreak >= trigger.months()) {
      int inbound = inboundReps;
      if (inbound == 0) {
        inbound = InboundTeamSize.forLoad(r, roster.seats(), load);
      }
      roster.split(inbound, month);
    }
  }
}
