package salesim.model.rep;

import salesim.model.base.Check;

/**
 * A planned headcount change: from {@code month} on, the team has {@code reps} reps of {@code
 * role}. New seats are filled at that month (the plan already allows for recruiting); fewer seats
 * close as their reps leave, and at once if the plan says so ({@code layoffs}).
 *
 * @param month the month the new headcount applies from (0-based)
 * @param role the role the count is for
 * @param reps the reps of that role from then on
 * @param layoffs whether surplus reps are let go at once (else the seats close as reps leave)
 */
public record HeadcountStep(int month, Role role, int reps, boolean layoffs) {

  public HeadcountStep {
    Check.range("month", month, 0, 1200);
    Check.present("role", role);
    Check.range("reps", reps, 0, 100_000);
  }
}
