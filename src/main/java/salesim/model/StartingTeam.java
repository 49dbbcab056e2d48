package salesim.model;

import java.util.List;
import salesim.model.rep.Role;
import salesim.model.rep.Staffing;
import salesim.model.start.StartRep;

/**
 * The team a replication starts with, placed in the roster's first seats: the scenario's reps as
 * ramped mixed reps of its initial tenure, or a given start's reps each in her role with her
 * tenure (or, below full productivity, where her ramp puts her). Apart from {@link Roster}, which
 * hires and loses people as the run goes, because the starting state is read once, from the
 * scenario or a company's start, and its reps were hired before the run began.
 */
final class StartingTeam {

  private StartingTeam() {}

  /** Staffs the team's first seats with ramped mixed reps of the scenario's initial tenure. */
  static void staff(Roster roster, Replication r) {
    Staffing team = r.p.team();
    double tenure = team.initialTenureMonths() * r.calendar.daysPerMonth();
    for (int seat = 0; seat < team.reps(); seat++) {
      roster.placeAtStart(seat, Role.MIXED, -tenure);
    }
  }

  /**
   * Staffs the team as a given start lists it: each rep in her role, with her tenure (or, below
   * full productivity, where her ramp puts her); a team with inbound or outbound roles is split.
   */
  static void staffFrom(Roster roster, Replication r, List<StartRep> reps) {
    Staffing team = r.p.team();
    double dpm = r.calendar.daysPerMonth();
    for (int seat = 0; seat < reps.size(); seat++) {
      var rep = reps.get(seat);
      double rampMonths =
          rep.role() == Role.OUTBOUND ? team.rampMonths().outbound() : team.rampMonths().inbound();
      roster.placeAtStart(
          seat, rep.role(), -rep.effectiveTenureMonths(rampMonths, team.rampStart()) * dpm);
    }
  }
}
