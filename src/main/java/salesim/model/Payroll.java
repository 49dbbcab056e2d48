package salesim.model;

import salesim.model.base.Source;
import salesim.model.comp.CompPlan;

/**
 * What each rep is paid and where each stands: bookings and commission so far this quota period,
 * the marginal rate the next deal of a source would earn (what the rep's choice weighs), how much
 * of the period's quota is still uncovered by bookings and expected pipeline (the pressure a rep
 * feels), what she earned over the last period against on-target earnings (what makes her quit),
 * and the count of ramped rep-periods at or above quota.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Payroll {

  private final Replication r;
  private final CompPlan plan;
  private final Roster roster;
  private DealFlow deals;

  private final double[] periodBooked;
  private final double[] periodEarned;
  /** Whether the seat's occupant was on the team for the whole current period. */
  private final boolean[] fullPeriod;
  /** Commission earned by seat in each of the last period's months and this one, as a ring. */
  private final double[][] monthEarned;
  /** Months of the ring the seat's occupant has been paid for. */
  private final int[] monthsPaid;
  private final int periodMonths;
  /** The unit of every behaviour setting that would be money: the rep's hourly base pay. */
  private final double payUnit;
  /** On-target earnings per month: base plus the base rate's commission on quota. */
  private final double targetMonthly;

  private long quotaPeriods;
  private long quotaAttained;
  /** What the run paid on, by source ({@link Economics#index}): deals, their value, commission. */
  private final long[] winsPaid = new long[2];
  private final double[] bookingsPaid = new double[2];
  private final double[] commissionPaid = new double[2];
  /** Set by {@link #uncoveredShare}. */
  private boolean gaveUp;
  /** The team's uncovered share of quota at the month's start. */
  private double teamGap;

  Payroll(Replication replication, Roster roster) {
    this.r = replication;
    this.plan = replication.p.comp();
    this.roster = roster;
    int seats = roster.seats();
    this.periodBooked = new double[seats];
    this.periodEarned = new double[seats];
    this.fullPeriod = new boolean[seats];
    this.periodMonths = plan.quota().active() ? plan.quota().periodMonths() : 3;
    this.monthEarned = new double[seats][periodMonths + 1];
    this.monthsPaid = new int[seats];
    double commissionOnQuota =
        plan.quota().active()
            ? plan.commission().rate(Source.INBOUND) * plan.quota().bookingsPerPeriod()
                / plan.quota().periodMonths()
            : 0.0;
    this.targetMonthly = plan.baseMonthly() + commissionOnQuota;
    // A commission-only plan has no base: its reps weigh time against on-target pay instead.
    double monthly = plan.baseMonthly() > 0.0 ? plan.baseMonthly() : targetMonthly;
    this.payUnit = monthly > 0.0 ? monthly / replication.monthHours : 1.0;
  }

  /** Connects the deal flow, whose open pipeline covers quota; called once, before the run. */
  void connect(DealFlow flow) {
    this.deals = flow;
  }

  /** The unit of the behaviour settings, in currency per selling hour: hourly base pay. */
  double payUnit() {
    return payUnit;
  }

  /** A new occupant starts part-way through the period with nothing booked. */
  void hired(int seat) {
    periodBooked[seat] = 0.0;
    periodEarned[seat] = 0.0;
    fullPeriod[seat] = false;
    monthsPaid[seat] = 0;
    java.util.Arrays.fill(monthEarned[seat], 0.0);
  }

  /** The reps in place when the run starts count the first period as a full one. */
  void startedWithTheRun(int seat) {
    fullPeriod[seat] = true;
    monthsPaid[seat] = periodMonths; // paid at target before the run: no shortfall to start
    java.util.Arrays.fill(monthEarned[seat], targetMonthly - plan.baseMonthly());
    monthEarned[seat][0] = 0.0; // month 0 is under way
  }

  /** The commission rate the rep would earn on the next unit of a source's bookings. */
  double marginalRate(int seat, Source source) {
    return plan.marginalRate(source, periodBooked[seat], periodEarned[seat]);
  }

  /** The marginal rate of a source over the plan's base rate (1 below quota, 0 past a cap). */
  double rateRatio(int seat, Source source) {
    double base = plan.commission().rate(Source.INBOUND);
    return base > 0.0 ? marginalRate(seat, source) / base : 1.0;
  }

  /**
   * The share of quota the rep sees uncovered, which sets her pay pressure: this period's quota
   * less her bookings and expected open pipeline — or, once this period is out of reach (more
   * uncovered than {@code giveUpRatio} × the share of the period left), next period's quota less
   * her pipeline, since what she builds now pays next period. 0 without a quota. Sets {@link
   * #gaveUp()} for the same rep.
   */
  double uncoveredShare(int seat) {
    gaveUp = false;
    if (!plan.quota().active()) {
      return 0.0;
    }
    double quota = plan.quota().bookingsPerPeriod();
    double pipeline = deals.expectedPipeline(seat);
    double gap = 1.0 - (periodBooked[seat] + pipeline) / quota;
    if (gap <= 0.0) {
      return 0.0;
    }
    double periodDays = (double) periodMonths * r.daysPerMonth;
    double intoPeriod = r.now() - (r.month - r.month % periodMonths) * (double) r.daysPerMonth;
    double left = Math.max(0.0, 1.0 - intoPeriod / periodDays);
    if (gap > r.p.behaviour().giveUpRatio() * left) {
      gaveUp = true;
      return Math.max(0.0, Math.min(1.0, 1.0 - pipeline / quota));
    }
    return Math.min(1.0, gap);
  }

  /**
   * The share of the team's quota its bookings and expected pipeline did not cover at the month's
   * start: how behind the manager sees the team, and so how closely she watches idle reps.
   */
  double teamUncoveredShare() {
    return teamGap;
  }

  private void measureTeam() {
    teamGap = 0.0;
    if (!plan.quota().active()) {
      return;
    }
    double covered = 0.0;
    int reps = 0;
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (roster.active(seat)) {
        covered += periodBooked[seat] + deals.expectedPipeline(seat);
        reps++;
      }
    }
    if (reps > 0) {
      teamGap = Math.max(0.0, Math.min(1.0, 1.0 - covered / (reps * plan.quota().bookingsPerPeriod())));
    }
  }

  /** Whether the rep last asked about in {@link #uncoveredShare} has given up on this period. */
  boolean gaveUp() {
    return gaveUp;
  }

  /** Pays the rep for a won deal and returns the commission. */
  double payOnWin(int seat, Source source, double value) {
    double commission = plan.commissionOn(source, value, periodBooked[seat], periodEarned[seat]);
    periodBooked[seat] += value;
    periodEarned[seat] += commission;
    monthEarned[seat][r.month % (periodMonths + 1)] += commission;
    int src = Economics.index(source);
    winsPaid[src]++;
    bookingsPaid[src] += value;
    commissionPaid[src] += commission;
    return commission;
  }

  /**
   * How far below on-target earnings the rep was paid over the last period's worth of complete
   * months, as a share of target (0 if at or above target, or not yet paid that long).
   */
  double shortfall(int seat) {
    if (monthsPaid[seat] < periodMonths || targetMonthly <= 0.0) {
      return 0.0;
    }
    double commission = 0.0;
    int current = r.month % (periodMonths + 1);
    for (int k = 0; k <= periodMonths; k++) {
      if (k != current) {
        commission += monthEarned[seat][k];
      }
    }
    double earned = plan.baseMonthly() * periodMonths + commission;
    return Math.max(0.0, 1.0 - earned / (targetMonthly * periodMonths));
  }

  /** At a month start: a new month of pay begins, and a quota period may end. */
  void monthStart(int month) {
    if (month > 0) {
      int slot = month % (periodMonths + 1);
      for (int seat = 0; seat < roster.seats(); seat++) {
        if (roster.active(seat)) {
          monthsPaid[seat] = Math.min(periodMonths, monthsPaid[seat] + 1);
          monthEarned[seat][slot] = 0.0;
        }
      }
    }
    if (month > 0 && plan.quota().active() && month % plan.quota().periodMonths() == 0) {
      closeQuotaPeriod(month);
    }
    measureTeam();
  }

  /** At the horizon: a period that ends exactly there is complete and counts. */
  void finish() {
    if (plan.quota().active() && r.months % plan.quota().periodMonths() == 0) {
      closeQuotaPeriod(r.months);
    }
  }

  /** Closes the period that ends at the start of {@code month}; it counts if in the horizon. */
  private void closeQuotaPeriod(int month) {
    boolean counted = month - plan.quota().periodMonths() >= r.offset;
    double quota = plan.quota().bookingsPerPeriod();
    var ramp = r.p.team().rampMonths();
    double rampedAfter = Math.max(ramp.inbound(), ramp.outbound()) * r.calendar.daysPerMonth();
    double now = r.now();
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (counted && roster.active(seat) && fullPeriod[seat]
          && now - roster.hireTime(seat) >= rampedAfter) {
        quotaPeriods++;
        if (periodBooked[seat] >= quota) {
          quotaAttained++;
        }
      }
      periodBooked[seat] = 0.0;
      periodEarned[seat] = 0.0;
      fullPeriod[seat] = roster.active(seat);
    }
  }

  /** Ramped rep-periods at or above quota, as a share of ramped rep-periods (0 if none). */
  double attainmentShare() {
    return quotaPeriods > 0 ? (double) quotaAttained / quotaPeriods : 0.0;
  }

  /**
   * Checks the books: every deal the payroll paid on is a won deal in the ledger, of the same
   * source and value, and the commission the ledger holds, source by source, is what the payroll
   * paid (so no win went unpaid or was paid twice, and no commission was booked past the plan).
   */
  void checkBooks(Ledger ledger) {
    checkSource(ledger, Source.INBOUND, MonthlyMetric.DEALS_WON_INBOUND,
        MonthlyMetric.BOOKINGS_INBOUND, MonthlyMetric.COMMISSION_INBOUND);
    checkSource(ledger, Source.OUTBOUND, MonthlyMetric.DEALS_WON_OUTBOUND,
        MonthlyMetric.BOOKINGS_OUTBOUND, MonthlyMetric.COMMISSION_OUTBOUND);
  }

  private void checkSource(Ledger ledger, Source source, MonthlyMetric won, MonthlyMetric booked,
      MonthlyMetric commission) {
    int src = Economics.index(source);
    double wins = ledger.total(won);
    double bookings = ledger.total(booked);
    double paid = ledger.total(commission);
    // The ledger sums month by month, the payroll deal by deal: equal up to rounding.
    if (wins != winsPaid[src]
        || Math.abs(bookings - bookingsPaid[src]) > 1e-9 * Math.max(1.0, bookings)
        || Math.abs(paid - commissionPaid[src]) > 1e-9 * Math.max(1.0, paid)) {
      throw new IllegalStateException(
          "pay not conserved on " + source + " deals: the ledger holds " + wins + " won, "
              + bookings + " booked, " + paid + " commission; the payroll paid " + winsPaid[src]
              + " deals, on " + bookingsPaid[src] + ", " + commissionPaid[src] + " commission");
    }
  }
}
