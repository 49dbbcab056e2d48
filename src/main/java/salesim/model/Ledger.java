package salesim.model;

/**
 * The books of one replication: a month × {@link MonthlyMetric} table of primitives written in
 * place by the components (frozen into a {@link ReplicationResult} at the end, the snapshot idea
 * of HdrHistogram's interval histograms); the hours each seat spends on each activity and the
 * selling hours it is paid for, split at month boundaries; and the per-seat monthly history that
 * outbound reviews read.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Ledger {

  private static final int M = MonthlyMetric.count();

  /** The activity hours that must add up to the paid selling hours. */
  private static final MonthlyMetric[] ACTIVITY_HOURS = {
    MonthlyMetric.HOURS_INBOUND, MonthlyMetric.HOURS_PROSPECTING, MonthlyMetric.HOURS_MEETINGS,
    MonthlyMetric.HOURS_DEALS_INBOUND, MonthlyMetric.HOURS_DEALS_OUTBOUND, MonthlyMetric.HOURS_IDLE
  };

  private final Replication r;
  final int months;
  final double[] table;

  /** When each seat's occupant last had its paid hours counted. */
  private final double[] capacityStart;
  private double capacityHours;

  // Per-seat history for reviews: [seat][month].
  private final double[][] outboundBookings;
  private final double[][] outboundHours;
  private final double[][] meetingsHeld;
  private final double[][] bookings;
  private final double[][] idleHours;
  /** Expected gross margin of the outbound opportunities a seat created. */
  private final double[][] outboundPipeline;
  /** What a seat's occupant cost: loaded base pay, tools, loaded commission. */
  private final double[][] seatCost;
  private final double basePerHour;
  private final double toolsPerHour;

  Ledger(Replication replication, int seats) {
    this.r = replication;
    this.months = replication.months;
    this.table = new double[months * M];
    this.capacityStart = new double[seats];
    this.outboundBookings = new double[seats][months];
    this.outboundHours = new double[seats][months];
    this.meetingsHeld = new double[seats][months];
    this.bookings = new double[seats][months];
    this.idleHours = new double[seats][months];
    this.outboundPipeline = new double[seats][months];
    this.seatCost = new double[seats][months];
    var f = replication.p.finance();
    this.basePerHour = replication.p.comp().baseMonthly() / replication.monthHours * f.payLoading();
    this.toolsPerHour = f.toolsPerSeatMonthly() / replication.monthHours;
  }

  /** Adds {@code amount} to a monthly metric; months past the horizon are ignored. */
  void add(int month, MonthlyMetric metric, double amount) {
    if (month < months) {
      table[month * M + metric.ordinal()] += amount;
    }
  }

  /** Sets a level metric (reps, pipeline) for a month. */
  void set(int month, MonthlyMetric metric, double value) {
    if (month < months) {
      table[month * M + metric.ordinal()] = value;
    }
  }

  /** A monthly value. */
  double get(int month, MonthlyMetric metric) {
    return table[month * M + metric.ordinal()];
  }

  /** The sum of a monthly metric over every simulated month, warm-up included (the checks). */
  double total(MonthlyMetric metric) {
    return total(metric, 0, months);
  }

  /** The sum of a monthly metric over the horizon's months, the reported ones. */
  double reportedTotal(MonthlyMetric metric) {
    return total(metric, r.offset, months);
  }

  /** The horizon's months of the table, as the result reports them. */
  double[] reportedTable() {
    return java.util.Arrays.copyOfRange(table, r.offset * M, months * M);
  }

  /** The sum of a monthly metric over months [from, to). */
  double total(MonthlyMetric metric, int from, int to) {
    double sum = 0.0;
    for (int m = Math.max(0, from); m < Math.min(to, months); m++) {
      sum += table[m * M + metric.ordinal()];
    }
    return sum;
  }

  /**
   * Books the hours of an activity a seat did from {@code from} to {@code now}, month by month;
   * outbound work also goes into the seat's own history.
   */
  void bookHours(int seat, MonthlyMetric metric, boolean outbound, double from, double now) {
    while (from < now) {
      int m = r.monthOf(from);
      double to = m + 1 < months ? Math.min(now, r.calendar.monthStart(m + 1)) : now;
      double hours = (to - from) * r.dayHours;
      add(m, metric, hours);
      if (outbound) {
        outboundHours[seat][m] += hours;
      } else if (metric == MonthlyMetric.HOURS_IDLE) {
        idleHours[seat][m] += hours;
      }
      from = to;
    }
  }

  /** A seat's new occupant starts being paid at {@code now}. */
  void startPay(int seat, double now) {
    capacityStart[seat] = now;
  }

  /** Books the seat's paid selling hours since they were last counted, month by month. */
  void closePay(int seat, double now) {
    double from = capacityStart[seat];
    capacityHours += (now - from) * r.dayHours;
    while (from < now) {
      int m = r.monthOf(from);
      double to = m + 1 < months ? Math.min(now, r.calendar.monthStart(m + 1)) : now;
      double hours = (to - from) * r.dayHours;
      add(m, MonthlyMetric.HOURS_AVAILABLE, hours);
      seatCost[seat][m] += hours * (basePerHour + toolsPerHour);
      from = to;
    }
    capacityStart[seat] = now;
  }

  /** A deal of this seat was booked in {@code month}. */
  void addBooking(int seat, int month, double value, boolean outbound) {
    bookings[seat][month] += value;
    if (outbound) {
      outboundBookings[seat][month] += value;
    }
  }

  /** The seat's occupant was paid this commission in {@code month}. */
  void addCommission(int seat, int month, double commission) {
    seatCost[seat][month] += commission * r.p.finance().payLoading();
  }

  /** What the seat's occupant cost in a month, loaded (the hire payback's cost side). */
  double seatCost(int seat, int month) {
    return seatCost[seat][month];
  }

  /** The seat's bookings in a month. */
  double bookings(int seat, int month) {
    return bookings[seat][month];
  }

  /** The seat opened an outbound opportunity of this expected gross margin in {@code month}. */
  void addOutboundPipeline(int seat, int month, double expectedMargin) {
    outboundPipeline[seat][month] += expectedMargin;
  }

  /** The seat's bookings, of both sources, over the three months before {@code month}. */
  double recentBookings(int seat, int month) {
    double sum = 0.0;
    for (int m = Math.max(0, month - 3); m < Math.min(month, months); m++) {
      sum += bookings[seat][m];
    }
    return sum;
  }

  /** The seat's idle hours in a month. */
  double idleHours(int seat, int month) {
    return idleHours[seat][month];
  }

  /** The expected gross margin of the outbound opportunities the seat created in a month. */
  double outboundPipeline(int seat, int month) {
    return outboundPipeline[seat][month];
  }

  /** This seat held an outbound meeting in {@code month}. */
  void addMeetingHeld(int seat, int month) {
    meetingsHeld[seat][month]++;
  }

  /** The seat's outbound hours (prospecting, meetings, outbound deal work) in a month. */
  double outboundHours(int seat, int month) {
    return outboundHours[seat][month];
  }

  /** The seat's outbound bookings in a month. */
  double outboundBookings(int seat, int month) {
    return outboundBookings[seat][month];
  }

  /** The outbound meetings the seat held in a month. */
  double meetingsHeld(int seat, int month) {
    return meetingsHeld[seat][month];
  }

  /**
   * The inbound work of a month in full-time reps: responses, inbound deal work, and the leads
   * that expired, at the hours they would have taken.
   */
  double inboundLoadFte(int month) {
    double hours =
        get(month, MonthlyMetric.HOURS_INBOUND)
            + get(month, MonthlyMetric.HOURS_DEALS_INBOUND)
            + get(month, MonthlyMetric.INBOUND_LEADS_LOST) * r.p.inbound().responseHours();
    return hours / r.monthHours;
  }

  /** Checks the books: every paid hour went to exactly one activity. */
  void checkHours() {
    double activityHours = 0.0;
    for (MonthlyMetric m : ACTIVITY_HOURS) {
      activityHours += total(m);
    }
    double available = total(MonthlyMetric.HOURS_AVAILABLE);
    if (Math.abs(activityHours - available) > 1e-6 * Math.max(1.0, available)
        || Math.abs(available - capacityHours) > 1e-6 * Math.max(1.0, available)) {
      throw new IllegalStateException(
          "hours not conserved: activities " + activityHours + ", available " + available
              + ", capacity " + capacityHours);
    }
  }
}
