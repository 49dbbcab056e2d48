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
  final int months;
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
    this.months = calendar.months();
    this.dayHours = calendar.sellingHoursPerDay();
    this.hour = 1.0 / dayHours;
    this.monthHours = calendar.sellingHoursPerMonth();
    this.daysPerMonth = calendar.daysPerMonth();
    this.index = replication;
    this.streams = RandomStreams.of(seed, replication);
    this.economics = new Economics(parameters);
  }

  /** The current simulation time, in working days. */
  double now() {
    return sim.now();
  }

  /** The month (clamped to the horizon) a time falls in. */
  int monthOf(double time) {
    int m = (int) Math.floor(time / daysPerMonth);
    return Math.max(0, Math.min(months - 1, m));
  }
}
