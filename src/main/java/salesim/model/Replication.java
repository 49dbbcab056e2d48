package salesim.model;

import salesim.kernel.Simulation;
import salesim.kernel.random.RandomStream;
import salesim.kernel.random.RandomStreams;

/**
 * What every component of one replication shares: the parameters, the calendar's constants, the
 * simulation clock, the random streams, the month under way and the history listener. It owns no
 * state of the sales system itself; each component owns its own.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Replication {

  /** A listener that hears nothing: the model calls it when no history is wanted. */
  static final History SILENT = new History() {};

  final SalesParameters p;
  final Calendar calendar;
  /** Months simulated: the warm-up, then the horizon. */
  final int months;
  /** Months of warm-up before the horizon (0 for an empty or a given start). */
  final int offset;
  /** Months of the horizon, the ones reported. */
  final int reported;
  /** When the horizon starts, in working days of simulated time. */
  final double startDays;
  /** Selling hours in a working day. */
  final double dayHours;
  /** One selling hour, in working days. */
  final double hour;
  /** Selling hours of one full-time rep in a month. */
  final double monthHours;
  final int daysPerMonth;
  final long index;

  final Simulation sim = new Simulation();
  final RandomStreams streams;
  /** Re-seeded for each keyed draw (a lead's, a deal stage's): no allocation per draw. */
  final RandomStream keyed = new RandomStream(0);
  final Economics economics;

  /** The month under way (0-based); set at each month start. */
  int month;
  History history = SILENT;

  Replication(SalesParameters parameters, long seed, long replication) {
    this.p = parameters;
    this.calendar = parameters.calendar();
    this.offset = warmUpMonths(parameters);
    this.reported = calendar.months();
    this.months = offset + reported;
    this.startDays = (double) offset * calendar.daysPerMonth();
    this.dayHours = calendar.sellingHoursPerDay();
    this.hour = 1.0 / dayHours;
    this.monthHours = calendar.sellingHoursPerMonth();
    this.daysPerMonth = calendar.daysPerMonth();
    this.index = replication;
    this.streams = RandomStreams.of(seed, replication);
    this.economics = new Economics(parameters);
  }

  /**
   * The months of warm-up: none for an empty start or a given state, else the calendar's rounded up
   * to whole years and quota periods, so seasons and quarters line up with the horizon's.
   */
  static int warmUpMonths(SalesParameters p) {
    if (!p.calendar().warmStart() || p.start().given() || p.calendar().warmUpMonths() == 0) {
      return 0;
    }
    int period = p.comp().quota().active() ? p.comp().quota().periodMonths() : 1;
    int step = 12 * period / gcd(12, period);
    return (p.calendar().warmUpMonths() + step - 1) / step * step;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** The reported month (0-based, negative in the warm-up) of a simulated month. */
  int reportedMonth(int month) {
    return month - offset;
  }

  /** Whether simulated time has reached the horizon's start. */
  boolean reporting() {
    return sim.now() >= startDays;
  }

  /** The current simulation time, in working days. */
  double now() {
    return sim.now();
  }

  /** The simulated month (clamped to the run) a time falls in. */
  int monthOf(double time) {
    int m = (int) Math.floor(time / daysPerMonth);
    return Math.max(0, Math.min(months - 1, m));
  }
}
