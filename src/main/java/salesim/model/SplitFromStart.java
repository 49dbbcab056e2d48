package salesim.model;

import salesim.model.policy.Management;
import salesim.model.policy.TeamStructure;

/**
 * A team split from day one (structure {@code SPLIT}): the reps best suited to inbound take the
 * leads, the others prospect. Without a named inbound count, management sizes the inbound team
 * from the load the parameters imply, at its target utilisation.
 */
final class SplitFromStart implements ManagementRule {

  private final Replication r;
  private final Roster roster;
  private final int inboundReps;

  private SplitFromStart(Replication replication, Roster roster, int inboundReps) {
    this.r = replication;
    this.roster = roster;
    this.inboundReps = inboundReps;
  }

  /** The rule, for a {@code SPLIT} structure. */
  static ManagementRule from(Management config, Replication r, Roster roster, Ledger ledger) {
    return config.structure() == TeamStructure.SPLIT
        ? new SplitFromStart(r, roster, config.inboundReps())
        : null;
  }

  @Override
  public void atStart() {
    if (roster.isSplit()) {
      return; // a given start's team is split already
    }
    int inbound = inboundReps;
    if (inbound == 0) {
      inbound = InboundTeamSize.forLoad(r, roster.seats(), InboundTeamSize.expectedLoad(r));
    }
    roster.split(inbound, 0);
  }

  @Override
  public void atMonthStart(int month) {}
}
