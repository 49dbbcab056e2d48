package salesim.model;

import salesim.kernel.EventHandler;
import salesim.model.base.Source;

/**
 * One replication of a company's sales system (DESIGN.md §2) as events on the kernel. This class
 * wires the components and dispatches: {@link #handle} is the model's table of contents, one line
 * per event kind, each handed to the component that owns it, and {@link #onMonthStart} lists the
 * steps of a month in order. Each component owns its state and checks its own books at the end
 * (the model's package-info maps every concept of DESIGN.md §2 to its file).
 *
 * <p>Note: This class is not thread-safe; run each replication on its own instance.
 */
public final class SalesModel implements EventHandler {

  private final Replication r;
  private final Ledger ledger;
  private final Roster roster;
  private final Payroll payroll;
  private final Beliefs beliefs;
  private final Valuation valuation;
  private final RepDay day;
  private final InboundDesk inbound;
  private final Prospecting prospecting;
  private final MeetingBook meetings;
  private final DealFlow deals;
  private final Subscriptions customers;
  private final ManagementRules management;

  /** A replication of {@code parameters} drawing from (seed, replication). */
  public SalesModel(SalesParameters parameters, long seed, long replication) {
    r = new Replication(parameters, seed, replication);
    roster = new Roster(r, seatCapacity(parameters));
    int seats = roster.seats();
    ledger = new Ledger(r, seats);
    payroll = new Payroll(r, roster);
    beliefs = new Beliefs(r, seats);
    valuation = new Valuation(r, roster, payroll, beliefs);
    day = new RepDay(r, roster, valuation, ledger);
    inbound = new InboundDesk(r, roster, beliefs, ledger);
    prospecting = new Prospecting(r, roster, beliefs, ledger);
    meetings = new MeetingBook(r, roster, beliefs, ledger, prospecting.accounts());
    deals = new DealFlow(r, roster, payroll, ledger, prospecting.accounts());
    customers = new Subscriptions(r, ledger, prospecting.accounts());
    management = ManagementRules.of(parameters.management(), r, roster, ledger);
    roster.connect(day, meetings, prospecting, deals, payroll, beliefs, ledger, management);
    payroll.connect(deals);
    deals.connect(customers);
    valuation.connect(deals.book(), inbound, prospecting);
    day.connect(inbound, prospecting, meetings, deals, management);
    inbound.connect(day, deals, prospecting.accounts());
    prospecting.connect(meetings);
    meetings.connect(day, deals);
  }

  /** Seats the team may ever need: its size, plus planned and load-driven growth. */
  private static int seatCapacity(SalesParameters p) {
    int reps = p.start().reps().isEmpty() ? p.team().reps() : p.start().reps().size();
    int seats = Math.max(reps, p.management().sizing().maxReps());
    for (var step : p.team().headcountPlan()) {
      seats += step.reps();
    }
    return seats;
  }

  /** Runs one replication and returns its frozen result. */
  public static ReplicationResult run(SalesParameters parameters, long seed, long replication) {
    return new SalesModel(parameters, seed, replication).run();
  }

  /**
   * Tells {@code history} everything that happens from now on (before {@link #run()}), at times
   * from the horizon's start (a warm-up's events at negative times).
   */
  public void setHistory(History history) {
    if (history == null) {
      r.history = Replication.SILENT;
    } else {
      r.history = r.offset > 0 ? new ShiftedHistory(history, r.startDays) : history;
    }
  }

  /**
   * Starts from {@code base} — a comparison's baseline's customers — instead of drawing this
   * plan's own, when this run starts warm and its segments are the base's (before {@link #run()};
   * null draws its own).
   */
  public void inheritCustomerBase(CustomerBase base) {
    customers.inherit(base);
  }

  /**
   * The customers this run started with, for the other plans of a comparison (after {@link
   * #run()}; null without a warm start).
   */
  public CustomerBase customerBase() {
    return customers.seeded();
  }

  /** Months one replication simulates: a warm start's warm-up, then the horizon. */
  public static int simulatedMonths(SalesParameters parameters) {
    return Replication.warmUpMonths(parameters) + parameters.calendar().months();
  }

  /** Runs the replication to the horizon; call once. */
  public ReplicationResult run() {
    start();
    runUntil(r.startDays + r.calendar.horizonDays());
    return finish();
  }

  /** Staffs the team (as a given start lists it, if any) and schedules the first events. */
  void start() {
    var given = r.p.start();
    if (given.reps().isEmpty()) {
      StartingTeam.staff(roster, r);
    } else {
      StartingTeam.staffFrom(roster, r, given.reps());
    }
    management.atStart();
    if (given.given()) {
      startFrom(given);
    }
    r.sim.scheduleAt(0.0, Events.MONTH_START, 0);
    for (int seat = 0; seat < roster.seats(); seat++) {
      r.sim.scheduleAt(0.0, Events.REP_FREE, seat);
    }
  }

  /** Fires events up to {@code days} (working days from the start). */
  void runUntil(double days) {
    r.sim.run(this, days);
  }

  /** Events handed to the model so far (for benchmarks). */
  public long eventsFired() {
    return r.sim.eventsFired();
  }

  @Override
  public void handle(int kind, int target) {
    switch (kind) {
      case Events.MONTH_START:
        onMonthStart(target);
        break;
      case Events.LEAD_ARRIVAL:
        inbound.onLeadArrival();
        break;
      case Events.REP_FREE:
        day.onRepFree(target);
        break;
      case Events.MEETING_BOOKED:
        meetings.onMeetingBooked(target);
        break;
      case Events.MEETING_START:
        meetings.onMeetingStart(target);
        break;
      case Events.STAGE_END:
        deals.onStageEnd(target);
        break;
      default:
        throw new IllegalStateException("unknown event kind " + kind);
    }
  }

  /** A given start's deals, accounts and customers, in place before the first month. */
  private void startFrom(salesim.model.start.StartingState given) {
    for (int i = 0; i < given.deals().size(); i++) {
      var deal = given.deals().get(i);
      int seat = deal.owned() ? given.seatOf(deal.owner()) : -1;
      deals.openFromStart(i, deal, seat >= 0 ? seat : roster.heirFor(deal.source()));
    }
    for (var a : given.accounts()) {
      int s = r.p.segmentIndex(a.segment());
      r.streams.reset(r.keyed, StreamPurpose.START, -1 - s, 0);
      prospecting.accounts().startWith(s, a.customers(), a.resting(), 0, r.keyed);
    }
    for (var a : given.arr()) {
      customers.seedGiven(r.p.segmentIndex(a.segment()), a.arr(), a.customers(), 0);
    }
  }

  /** A month begins: the steps in the order they happen. */
  private void onMonthStart(int m) {
    inbound.expire();
    if (m > 0) {
      closeMonth(m - 1);
    }
    r.month = m;
    if (m == r.offset && m > 0) {
      customers.seedFromWarmUp(m); // the base of customers won before the warm-up
    }
    r.economics.update(r.reportedMonth(m)); // the month's shocks
    deals.monthStart(); // open deals valued at the month's odds
    valuation.monthStart();
    prospecting.monthStart(m); // rested accounts come back
    if (m > 0) {
      beliefs.forget();
      roster.monthStart(); // reluctance drifts toward each rep's role
    }
    payroll.monthStart(m); // a quota period may end
    customers.monthStart(m); // renewals and churn
    if (m > 0) {
      roster.attrition(m);
    }
    roster.backfill(m);
    management.atMonthStart(m); // splits, reviews, mandates
    deals.budgetFreeze(m);
    inbound.monthStart(m); // the month's lead rate
    if (m + 1 < r.months) {
      r.sim.scheduleAt(r.calendar.monthStart(m + 1), Events.MONTH_START, m + 1);
    }
  }

  /** Records the levels a month ends with. */
  private void closeMonth(int m) {
    ledger.set(m, MonthlyMetric.ACTIVE_REPS, roster.activeCount());
    ledger.set(m, MonthlyMetric.OUTBOUND_REPS, roster.prospectorCount());
    ledger.set(m, MonthlyMetric.PIPELINE_OPEN, deals.openCount());
    ledger.set(m, MonthlyMetric.ACCOUNTS_READY, prospecting.readyTotal());
  }

  /** The horizon: close every book, check each, freeze the result. */
  ReplicationResult finish() {
    double horizon = r.startDays + r.calendar.horizonDays();
    inbound.expire();
    for (int seat = 0; seat < roster.seats(); seat++) {
      if (roster.active(seat)) {
        day.closeHours(seat, horizon);
        ledger.closePay(seat, horizon);
      }
    }
    closeMonth(r.months - 1);
    payroll.finish();
    RunSummary.deriveMonthly(r, ledger);
    inbound.checkBooks();
    ledger.checkHours();
    prospecting.checkBooks(meetings, deals);
    meetings.checkBooks();
    deals.checkBooks();
    payroll.checkBooks(ledger);
    roster.checkBooks();
    customers.checkBooks();
    var facts =
        new RunSummary.Facts(
            roster.prospectorCount(),
            inbound.responsesCompleted(),
            meetings.firstHeld(),
            deals.firstWin(Source.OUTBOUND),
            deals.firstWin(Source.INBOUND),
            management.outboundEnded(),
            roster.splitMonth(),
            payroll.attainmentShare(),
            deals.openCount(),
            inbound.waiting(),
            inbound.waitingHours(horizon),
            deals.value(),
            customers.value(),
            roster.hunterPaybackMonths(),
            roster.huntersHired());
    return new ReplicationResult(
        r.index, RunSummary.scalars(r, ledger, facts), ledger.reportedTable(), r.reported);
  }

  // The components, for the tests of this package.

  Replication replication() {
    return r;
  }

  Roster roster() {
    return roster;
  }

  Ledger ledger() {
    return ledger;
  }

  Payroll payroll() {
    return payroll;
  }

  Valuation valuation() {
    return valuation;
  }

  InboundDesk inbound() {
    return inbound;
  }

  DealFlow deals() {
    return deals;
  }

  MeetingBook meetings() {
    return meetings;
  }

  Subscriptions customers() {
    return customers;
  }
}
