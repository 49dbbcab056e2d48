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
  private final WeeklyPace pace;

  private ActivityMandate(Replication replication, Mandate mandate, int seats) {
    this.r = replication;
    this.mandate = mandate;
    this.compliant = new boolean[seats];
    this.pace = new WeeklyPace(seats);
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
    pace.reset(seat);
  }

  @Override
  public void prospected(int seat, double hours) {
    pace.logged(seat, hours);
  }

  /** A complying rep who is behind the week's prospecting pace must prospect. */
  @Override
  public boolean requiresProspecting(int seat, double now) {
    return compliant[seat] && pace.behind(seat, now, mandate.prospectingHoursPerWeek());
  }
}
