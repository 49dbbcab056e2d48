package salesim.crm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The model's clock on a real calendar: every calendar month holds exactly {@code daysPerMonth}
 * working days (the model's 21), spread evenly over the month's business hours (Monday to Friday,
 * from {@code dayStartHour} for {@code hoursPerDay} hours). Month m of a simulation is calendar
 * month {@code origin + m}, so monthly totals line up with the calendar both ways, and a duration
 * measured here is in the working days the model's parameters use. Nights and weekends take no
 * working time.
 *
 * <p>Immutable; thread-safe.
 */
public final class WorkCalendar {

  private final YearMonth origin;
  private final int daysPerMonth;
  private final int dayStartHour;
  private final double hoursPerDay;

  /**
   * @param origin the calendar month that is model month 0
   * @param daysPerMonth the model's working days per month
   * @param dayStartHour when a business day starts (hour of the day)
   * @param hoursPerDay how long a business day is
   */
  public WorkCalendar(YearMonth origin, int daysPerMonth, int dayStartHour, double hoursPerDay) {
    if (daysPerMonth < 1 || dayStartHour < 0 || hoursPerDay <= 0 || dayStartHour + hoursPerDay > 24) {
      throw new IllegalArgumentException("a business day must fit in a calendar day");
    }
    this.origin = origin;
    this.daysPerMonth = daysPerMonth;
    this.dayStartHour = dayStartHour;
    this.hoursPerDay = hoursPerDay;
  }

  /** The model's 21 working days a month, business days of 8 hours from 09:00. */
  public static WorkCalendar of(YearMonth origin) {
    return new WorkCalendar(origin, 21, 9, 8.0);
  }

  /** The calendar month that is model month 0. */
  public YearMonth origin() {
    return origin;
  }

  /** Working days a month. */
  public int daysPerMonth() {
    return daysPerMonth;
  }

  /** Model time (working days from the start of the origin month) of a calendar time. */
  public double toWorkingDays(LocalDateTime t) {
    YearMonth month = YearMonth.from(t);
    long m = ChronoUnit.MONTHS.between(origin, month);
    int[] before = weekdaysBefore(month);
    int weekdays = before[before.length - 1];
    LocalDate date = t.toLocalDate();
    double hours = before[date.getDayOfMonth() - 1] * hoursPerDay;
    if (isWeekday(date)) {
      double into = (t.toLocalTime().toSecondOfDay() + t.getNano() / 1e9) / 3600.0 - dayStartHour;
      hours += Math.max(0.0, Math.min(hoursPerDay, into));
    }
    return (m + hours / (weekdays * hoursPerDay)) * daysPerMonth;
  }

  /** Model time of a stamp: a date alone is the middle of its business day. */
  public double toWorkingDays(Stamp s) {
    if (!s.dateOnly()) {
      return toWorkingDays(s.at());
    }
    double start = toWorkingDays(s.date().atTime(dayStartHour, 0));
    return start + 0.5 * dayLength(s.date());
  }

  /** Model time at the start and at the end of a date's business day. */
  public double[] dayBounds(LocalDate date) {
    double start = toWorkingDays(date.atTime(dayStartHour, 0));
    return new double[] {start, start + dayLength(date)};
  }

  /** How many working days one business day of this date's month is (21 / weekdays). */
  private double dayLength(LocalDate date) {
    return isWeekday(date) ? (double) daysPerMonth / weekdays(YearMonth.from(date)) : 0.0;
  }

  /** The calendar time of a model time, to the millisecond. */
  public LocalDateTime fromWorkingDays(double t) {
    long m = (long) Math.floor(t / daysPerMonth);
    YearMonth month = origin.plusMonths(m);
    double fraction = t / daysPerMonth - m;
    int weekdays = weekdays(month);
    double hours = fraction * weekdays * hoursPerDay;
    int k = (int) Math.min(weekdays - 1, Math.floor(hours / hoursPerDay));
    double within = hours - k * hoursPerDay;
    LocalDate day = month.atDay(1);
    int seen = -1;
    while (true) {
      if (isWeekday(day) && ++seen == k) {
        break;
      }
      day = day.plusDays(1);
    }
    long millis = Math.round((dayStartHour + within) * 3_600_000.0);
    return day.atStartOfDay().plus(millis, ChronoUnit.MILLIS);
  }

  /** The calendar month of a model month. */
  public YearMonth month(int modelMonth) {
    return origin.plusMonths(modelMonth);
  }

  /** The model month (0 = origin, negative before it) of a calendar time. */
  public int monthOf(LocalDateTime t) {
    return (int) ChronoUnit.MONTHS.between(origin, YearMonth.from(t));
  }

  static int weekdays(YearMonth month) {
    int[] before = weekdaysBefore(month);
    return before[before.length - 1];
  }

  /** Per month, the weekdays before each day (index day - 1), and the month's total last. */
  private static final java.util.concurrent.ConcurrentHashMap<YearMonth, int[]> WEEKDAYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static int[] weekdaysBefore(YearMonth month) {
    return WEEKDAYS.computeIfAbsent(month, ym -> {
      int[] before = new int[ym.lengthOfMonth() + 1];
      for (int d = 1; d <= ym.lengthOfMonth(); d++) {
        before[d] = before[d - 1] + (isWeekday(ym.atDay(d)) ? 1 : 0);
      }
      return before;
    });
  }

  static boolean isWeekday(LocalDate day) {
    DayOfWeek w = day.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }
}
