package salesim.model;

import salesim.model.base.Check;

/**
 * Time in the model: the horizon and the working calendar. Simulation time is in working days;
 * a day holds {@link #sellingHoursPerDay()} hours of modelled selling time (admin and breaks are
 * not simulated), so an hour of rep work is {@code 1 / sellingHoursPerDay} of a day.
 *
 * @param months horizon in months
 * @param daysPerMonth working days per month
 * @param hoursPerDay paid hours per working day
 * @param sellingShare share of paid hours available for the modelled selling activities
 * @param warmStart whether the run starts from a company already running (its plan simulated
 *     for {@code warmUpMonths} first, unreported) rather than from an empty pipeline
 * @param warmUpMonths months simulated before the horizon when warm-starting (rounded up to whole
 *     years and quota periods)
 * @param companyAgeYears how long the company has been winning customers: a warm start brings the
 *     customers of that many years, as many a year as its warm-up won, still with it
 */
public record Calendar(
    int months,
    int daysPerMonth,
    double hoursPerDay,
    double sellingShare,
    boolean warmStart,
    int warmUpMonths,
    int companyAgeYears) {

  public Calendar {
    Check.range("months", months, 1, 1200);
    Check.range("daysPerMonth", daysPerMonth, 1, 31);
    Check.range("hoursPerDay", hoursPerDay, 1.0, 24.0);
    Check.range("sellingShare", sellingShare, 0.05, 1.0);
    Check.range("warmUpMonths", warmUpMonths, 0, 240);
    Check.range("companyAgeYears", companyAgeYears, 0, 100);
  }

  /** Modelled selling hours in one working day. */
  public double sellingHoursPerDay() {
    return hoursPerDay * sellingShare;
  }

  /** Selling hours one full-time rep has per month. */
  public double sellingHoursPerMonth() {
    return sellingHoursPerDay() * daysPerMonth;
  }

  /** The simulation time (working days) at which month {@code month} (0-based) starts. */
  public double monthStart(int month) {
    return (double) month * daysPerMonth;
  }

  /** The horizon in working days. */
  public double horizonDays() {
    return monthStart(months);
  }
}
