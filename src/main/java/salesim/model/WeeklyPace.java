package salesim.model;

/**
 * Each rep's prospecting hours this working week (five working days), against a weekly target:
 * the pace check a mandate or a manager's prospecting push applies before the rep chooses.
 *
 * <p>Note: This class is not thread-safe.
 */
final class WeeklyPace {

  private final int[] week;
  private final double[] hours;

  WeeklyPace(int seats) {
    this.week = new int[seats];
    this.hours = new double[seats];
    java.util.Arrays.fill(week, -1);
  }

  /** A new occupant starts a fresh week. */
  void reset(int seat) {
    week[seat] = -1;
  }

  /** The rep started prospecting for this many hours. */
  void logged(int seat, double blockHours) {
    hours[seat] += blockHours;
  }

  /** Whether the rep is behind a pace of {@code perWeek} hours at {@code now}. */
  boolean behind(int seat, double now, double perWeek) {
    int current = (int) Math.floor(now / 5.0);
    if (week[seat] != current) {
      week[seat] = current;
      hours[seat] = 0.0;
    }
    double elapsed = (now - current * 5.0) / 5.0;
    return hours[seat] < perWeek * Math.max(elapsed, 0.02);
  }
}
