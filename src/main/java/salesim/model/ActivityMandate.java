package salesim.model;

import salesim.model.policy.Management;
import salesim.model.policy.Mandate;

/**
 * An activity mandate: reps who may prospect must log a minimum of prospecting hours a week.
 * Each month management draws who complies; a complying rep who is behind the week's pace
 * prospects whenever she may (a mandate, not a preference).
 *
 * <p>Note: This class is not thread-safe.
 */
final class ActivityMandate implements ManagementRule {

  private final Replication r;
  private final Mandate mandate;
  private final boolean[] compliant;
  private final int[] week;
  private final double[] weekProspectHours;

  private ActivityMandate(Replication replication, Mandate mandate, int seats) {
    this.r = replication;
    this.mandate = mandate;
    this.compliant = new boolean[seats];
    this.week = new int[seats];
    this.weekProspectHours = new double[seats];
  }

  /** The rule, when the scenario mandates prospecting hours. */
  static ManagementRule from(Management config, Replication r, Roster roster, Ledger ledger) {
    return config.mandate().prospectingHoursPerWeek() > 0.0
        ? new ActivityMandate(r, config.mandate(), roster.seats())
        : null;
  }

  @Override
  public void atMonthStart(int month) {
    for (int seat = 0; seat < compliant.length; seat++) {
      r.streams.reset(r.keyed, StreamPurpose.MANAGEMENT, seat, month);
      compliant[seat] = r.keyed.nextDouble() < mandate.compliance();
    }
  }

  @Override
  public void hired(int seat) {
    week[seat] = -1;
  }

  @Override
  public void prospected(int seat, double hours) {
    weekProspectHours[seat] += hours;
  }

  /** A complying rep who is behind the week's prospecting pace must prospect. */
  @Override
  public boolean requiresProspecting(int seat, double now) {
    if (!compliant[seat]) {
      return false;
    }
    int current = (int) Math.floor(now / 5.0);
    if (week[seat] != current) {
      week[seat] = current;
      weekProspectHours[seat] = 0.0;
    }
    double elapsed = (now - current * 5.0) / 5.0;
    return weekProspectHours[seat] < mandate.prospectingHoursPerWeek() * Math.max(elapsed, 0.02);
  }
}
