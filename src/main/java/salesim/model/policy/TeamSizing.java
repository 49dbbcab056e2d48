package salesim.model.policy;

import salesim.model.base.Check;

/**
 * Staffing that follows the load, for a split team: every {@code everyMonths} management sizes the
 * inbound team for the measured inbound load at the split's target utilisation, by moving reps
 * between inbound and outbound ({@code REBALANCE}) or by hiring inbound reps and leaving surplus
 * inbound seats empty as people leave ({@code HIRE}, up to {@code maxReps} seats).
 *
 * @param mode how the inbound team follows the load
 * @param everyMonths months between sizings
 * @param maxReps the most seats hiring may grow the team to (HIRE only; 0 = the start size)
 */
public record TeamSizing(SizingMode mode, int everyMonths, int maxReps) {

  public TeamSizing {
    Check.present("mode", mode);
    Check.range("everyMonths", everyMonths, 1, 60);
    Check.range("maxReps", maxReps, 0, 100_000);
  }
}
