package salesim.model;

import salesim.model.base.Source;
import salesim.model.funnel.OpportunityBook;
import salesim.model.funnel.Stage;
import salesim.model.market.AccountPool;

/**
 * Opportunities from opening to close: each walks its source's stage path (gamma durations scaled
 * by segment and shocks, an exit chance at the end of each stage), needs rep effort per stage
 * (undone effort stalls the stage and costs win chance; too many stalls lose the deal), may be
 * lost to a budget freeze in its late stages, and on a win pays its owner and books the value.
 *
 * <p>Note: This class is not thread-safe.
 */
final class DealFlow {

  private final Replication r;
  private final Roster roster;
  private final Payroll payroll;
  private final Ledger ledger;
  private final AccountPool accounts;
  private final OpportunityBook book;
  private Subscriptions subscriptions;
  /** Stages on each source's path: [inbound, outbound]. */
  private final int[] stages = new int[2];

  // The deal each seat is working.
  private final int[] pendingDeal;
  private final boolean[] pendingDealInbound;
  /** Each seat's open deals' expected value (win chance from their stage × value). */
  private final double[] expectedPipeline;

  private int outboundSerial;
  private long opened;
  private long closed;
  private final double[] firstWin = {Double.NaN, Double.NaN};

  DealFlow(Replication replication, Roster roster, Payroll payroll, Ledger ledger,
      AccountPool accounts) {
    this.r = replication;
    this.roster = roster;
    this.payroll = payroll;
    this.ledger = ledger;
    this.accounts = accounts;
    int seats = roster.seats();
    this.book = new OpportunityBook(seats);
    this.stages[0] = replication.p.pipeline().inbound().size();
    this.stages[1] = replication.p.pipeline().outbound().size();
    this.pendingDeal = new int[seats];
    this.pendingDealInbound = new boolean[seats];
    this.expectedPipeline = new double[seats];
  }

  /** Connects the customer base that won deals join; called once, before the run. */
  void connect(Subscriptions customers) {
    this.subscriptions = customers;
  }

  /**
   * A deal open when the run starts (a given state): at its stage, with the stage's remaining
   * time drawn (its whole duration less the days already in it) and the effort still owed for it.
   */
  void openFromStart(int index, salesim.model.start.StartDeal start, int seat) {
    int s = r.p.segmentIndex(start.segment());
    Source source = start.source();
    var path = r.p.pipeline().path(source);
    int k = 0;
    while (!path.get(k).name().equals(start.stage())) {
      k++;
    }
    int serial = START_SERIALS + index;
    int slot = book.open(source, s, start.value(), seat, serial, r.now() - start.daysInStage());
    opened++;
    book.setHoldsAccount(slot, accounts.engageForInbound(s));
    r.history.opportunityOpened(id(slot), r.now(), source, s, start.value(), roster.person(seat), -1);
    Stage stage = path.get(k);
    r.streams.reset(r.keyed, StreamPurpose.START, serial, 1 + 2 * k);
    int src = Economics.index(source);
    double mean = r.economics.stageDays[src][s][k];
    double cv = stage.cv();
    double days =
        mean <= 0.0 ? 0.0 : cv <= 0.0 ? mean : r.keyed.gamma(1.0 / (cv * cv), mean * cv * cv);
    double left = Math.max(0.0, days - start.daysInStage());
    book.setStage(slot, k);
    double done = mean > 0.0 ? Math.min(1.0, start.daysInStage() / mean) : 1.0;
    book.setEffortOwed(slot, stage.effortHours() * (1.0 - done));
    book.setStageEnd(slot, r.now() + left);
    refreshExpected(slot);
    r.history.stageEntered(id(slot), r.now(), k);
    r.sim.schedule(left, Events.STAGE_END, slot);
  }

  /** Serials of a given start's deals: clear of the leads' and the outbound deals' own. */
  private static final int START_SERIALS = 1 << 30;

  /**
   * The open pipeline's value at the horizon: each deal's win chance from its stage (less what
   * neglect cost it) × value × gross margin, discounted for the days still to its close.
   */
  double value() {
    var f = r.p.finance();
    double now = r.now();
    double daysPerYear = 12.0 * r.daysPerMonth;
    double value = 0.0;
    for (int slot = 0; slot < book.highWater(); slot++) {
      if (!book.isOpen(slot)) {
        continue;
      }
      int src = Economics.index(book.source(slot));
      int s = book.segment(slot);
      int k = book.stage(slot);
      double days = Math.max(0.0, book.stageEnd(slot) - now) + r.economics.daysFrom[src][s][k + 1];
      value +=
          r.economics.winFrom[src][s][k] * book.winFactor(slot) * book.value(slot) * f.grossMargin()
              / StrictMath.pow(1.0 + f.discountRatePerYear(), days / daysPerYear);
    }
    return value;
  }

  /** The open deals (the valuation reads them). */
  OpportunityBook book() {
    return book;
  }

  /**
   * A qualified lead becomes an inbound deal, keyed by the lead's serial. Its account is one of
   * the market's: it leaves the prospecting lists while the deal is open (one market, so outbound
   * and inbound compete for the same accounts).
   */
  void openInbound(int seat, int segment, int leadSerial) {
    r.streams.reset(r.keyed, StreamPurpose.INBOUND_DEAL, leadSerial, 0);
    int slot = open(Source.INBOUND, segment, drawValue(segment), seat, leadSerial, leadSerial);
    book.setHoldsAccount(slot, accounts.engageForInbound(segment));
  }

  /** A held meeting becomes an outbound deal, keyed by its own serial. */
  void openOutbound(int seat, int segment) {
    int serial = outboundSerial++;
    r.streams.reset(r.keyed, StreamPurpose.OUTBOUND_DEAL, serial, 0);
    int slot = open(Source.OUTBOUND, segment, drawValue(segment), seat, serial, -1);
    book.setHoldsAccount(slot, true); // the account engaged when the meeting was booked
    double expected = r.economics.winFrom[1][segment][0] * book.value(slot);
    ledger.add(r.month, MonthlyMetric.OUTBOUND_PIPELINE_CREATED, expected);
    ledger.addOutboundPipeline(seat, r.month, expected);
  }

  /** A deal value from the keyed stream already positioned for this deal. */
  private double drawValue(int s) {
    double mean = r.economics.dealValue[s];
    double cv = r.p.segments().get(s).dealValueCv();
    if (cv <= 0.0 || mean <= 0.0) {
      return mean;
    }
    double sigma2 = StrictMath.log(1.0 + cv * cv);
    return r.keyed.lognormal(StrictMath.log(mean) - sigma2 / 2.0, StrictMath.sqrt(sigma2));
  }

  private int open(Source source, int segment, double value, int seat, int serial, long lead) {
    int slot = book.open(source, segment, value, seat, serial, r.now());
    opened++;
    ledger.add(
        r.month,
        source == Source.INBOUND
            ? MonthlyMetric.OPPORTUNITIES_INBOUND
            : MonthlyMetric.OPPORTUNITIES_OUTBOUND,
        1);
    r.history.opportunityOpened(id(slot), r.now(), source, segment, value, roster.person(seat), lead);
    startStage(slot, 0);
    return slot;
  }

  private void startStage(int slot, int k) {
    Source source = book.source(slot);
    int src = Economics.index(source);
    Stage stage = r.p.pipeline().path(source).get(k);
    r.streams.reset(r.keyed, purpose(source), book.serial(slot), 1 + 2 * k);
    double mean = r.economics.stageDays[src][book.segment(slot)][k];
    double cv = stage.cv();
    double days =
        mean <= 0.0 ? 0.0 : cv <= 0.0 ? mean : r.keyed.gamma(1.0 / (cv * cv), mean * cv * cv);
    book.setStage(slot, k);
    book.setEffortOwed(slot, book.effortOwed(slot) + stage.effortHours());
    book.setStageEnd(slot, r.now() + days);
    refreshExpected(slot);
    r.history.stageEntered(id(slot), r.now(), k);
    r.sim.schedule(days, Events.STAGE_END, slot);
  }

  private static StreamPurpose purpose(Source source) {
    return source == Source.INBOUND ? StreamPurpose.INBOUND_DEAL : StreamPurpose.OUTBOUND_DEAL;
  }

  /** A stage's time is up: it slips if its effort is not done, else the deal moves on or exits. */
  void onStageEnd(int slot) {
    var pipeline = r.p.pipeline();
    if (book.effortOwed(slot) > RepDay.EPSILON) {
      // Neglected: the stage slips and the deal cools.
      int stalls = book.stalls(slot) + 1;
      book.setStalls(slot, stalls);
      book.setWinFactor(slot, book.winFactor(slot) * (1.0 - pipeline.neglectPenalty()));
      refreshExpected(slot);
      if (stalls > pipeline.maxStalls()) {
        lose(slot, MonthlyMetric.DEALS_LOST_NEGLECT);
      } else {
        book.setStageEnd(slot, r.now() + pipeline.stallDays());
        r.sim.schedule(pipeline.stallDays(), Events.STAGE_END, slot);
      }
      return;
    }
    Source source = book.source(slot);
    int src = Economics.index(source);
    int k = book.stage(slot);
    boolean last = k + 1 == stages[src];
    double survive = r.economics.survival[src][book.segment(slot)][k];
    if (last) {
      survive *= book.winFactor(slot);
    }
    r.streams.reset(r.keyed, purpose(source), book.serial(slot), 2 + 2 * k);
    if (r.keyed.nextDouble() >= survive) {
      lose(slot, null);
    } else if (last) {
      win(slot);
    } else {
      startStage(slot, k + 1);
    }
  }

  private void win(int slot) {
    Source source = book.source(slot);
    int seat = book.owner(slot);
    double value = book.value(slot);
    double commission = payroll.payOnWin(seat, source, value);
    subscriptions.won(book.segment(slot), value, book.holdsAccount(slot));
    int src = Economics.index(source);
    if (Double.isNaN(firstWin[src]) && r.reporting()) {
      firstWin[src] = r.now() - r.startDays;
    }
    int month = r.month;
    ledger.add(month, MonthlyMetric.BOOKINGS_TOTAL, value);
    ledger.addBooking(seat, month, value, source == Source.OUTBOUND);
    ledger.addCommission(seat, month, commission);
    if (book.holdsAccount(slot)) {
      accounts.win(book.segment(slot));
    }
    if (source == Source.INBOUND) {
      ledger.add(month, MonthlyMetric.BOOKINGS_INBOUND, value);
      ledger.add(month, MonthlyMetric.COMMISSION_INBOUND, commission);
      ledger.add(month, MonthlyMetric.DEALS_WON_INBOUND, 1);
    } else {
      ledger.add(month, MonthlyMetric.BOOKINGS_OUTBOUND, value);
      ledger.add(month, MonthlyMetric.COMMISSION_OUTBOUND, commission);
      ledger.add(month, MonthlyMetric.DEALS_WON_OUTBOUND, 1);
    }
    r.history.opportunityClosed(id(slot), r.now(), true);
    close(slot);
  }

  private void lose(int slot, MonthlyMetric reason) {
    Source source = book.source(slot);
    int month = r.month;
    ledger.add(
        month,
        source == Source.INBOUND ? MonthlyMetric.DEALS_LOST_INBOUND : MonthlyMetric.DEALS_LOST_OUTBOUND,
        1);
    if (reason != null) {
      ledger.add(month, reason, 1);
    }
    if (book.holdsAccount(slot)) {
      accounts.disengageRest(book.segment(slot), month);
    }
    r.history.opportunityClosed(id(slot), r.now(), false);
    close(slot);
  }

  private void close(int slot) {
    r.sim.cancel(Events.STAGE_END, slot);
    expectedPipeline[book.owner(slot)] -= book.expected(slot);
    book.close(slot);
    closed++;
  }

  /** At a month start: late-stage deals may be lost to budget freezes under a shock. */
  void budgetFreeze(int month) {
    double chance = r.economics.budgetFreeze;
    if (chance <= 0.0) {
      return;
    }
    int late = r.p.pipeline().lateStages();
    for (int slot = 0; slot < book.highWater(); slot++) {
      if (!book.isOpen(slot)) {
        continue;
      }
      int src = Economics.index(book.source(slot));
      if (book.stage(slot) < stages[src] - late) {
        continue;
      }
      r.streams.reset(r.keyed, StreamPurpose.FREEZE, book.serial(slot) * 2 + src, month);
      if (r.keyed.nextDouble() < chance) {
        lose(slot, MonthlyMetric.DEALS_LOST_FREEZE);
      }
    }
  }

  /**
   * The rep works the deal for one block (or until what is owed is done, or what fits), getting
   * {@code effort} hours of work done per hour; returns the hours.
   */
  double startWork(int seat, int slot, double windowHours, double effort) {
    double owed = book.effortOwed(slot);
    double hours = Math.min(owed / effort, Math.min(r.p.outbound().blockHours(), windowHours));
    double left = owed - hours * effort;
    book.setEffortOwed(slot, left <= RepDay.EPSILON ? 0.0 : left);
    pendingDeal[seat] = slot;
    pendingDealInbound[seat] = book.source(slot) == Source.INBOUND;
    return hours;
  }

  /** Whether the deal the seat is working is inbound (its hours are booked as inbound work). */
  boolean workingInbound(int seat) {
    return pendingDealInbound[seat];
  }

  /** The rep left: each of her deals goes to the colleague best placed for it, or is lost. */
  void handOver(int seat) {
    while (book.ownedCount(seat) > 0) {
      int slot = book.owned(seat, book.ownedCount(seat) - 1);
      int heir = roster.heirFor(book.source(slot));
      if (heir < 0) {
        lose(slot, MonthlyMetric.DEALS_LOST_NEGLECT);
      } else {
        expectedPipeline[seat] -= book.expected(slot);
        book.reassign(slot, heir);
        expectedPipeline[heir] += book.expected(slot);
        r.history.ownerChanged(id(slot), r.now(), roster.person(heir));
      }
    }
  }

  /** Sets a deal's expected value from its stage's win chance, keeping its owner's sum. */
  private void refreshExpected(int slot) {
    int src = Economics.index(book.source(slot));
    double now =
        r.economics.winFrom[src][book.segment(slot)][book.stage(slot)]
            * book.winFactor(slot)
            * book.value(slot);
    expectedPipeline[book.owner(slot)] += now - book.expected(slot);
    book.setExpected(slot, now);
  }

  /** At a month start, after the shocks: every open deal's expected value, summed afresh. */
  void monthStart() {
    java.util.Arrays.fill(expectedPipeline, 0.0);
    for (int slot = 0; slot < book.highWater(); slot++) {
      if (book.isOpen(slot)) {
        book.setExpected(slot, 0.0);
        refreshExpected(slot);
      }
    }
  }

  /** The expected value of a seat's open deals: what her pipeline should still book. */
  double expectedPipeline(int seat) {
    return expectedPipeline[seat];
  }

  /** Deals a seat owns. */
  int ownedCount(int seat) {
    return book.ownedCount(seat);
  }

  /** Open deals. */
  int openCount() {
    return book.openCount();
  }

  /** Open deals in a segment that hold an account: those accounts are engaged. */
  int holdingAccounts(int segment) {
    int count = 0;
    for (int slot = 0; slot < book.highWater(); slot++) {
      if (book.isOpen(slot) && book.holdsAccount(slot) && book.segment(slot) == segment) {
        count++;
      }
    }
    return count;
  }

  /** When the first deal of a source was won, or NaN. */
  double firstWin(Source source) {
    return firstWin[Economics.index(source)];
  }

  /** The deal's id in the history: its serial and source (serials repeat across sources). */
  private long id(int slot) {
    return (long) book.serial(slot) * 2 + Economics.index(book.source(slot));
  }

  /** Checks the books: every deal opened was closed or is still open. */
  void checkBooks() {
    if (opened != closed + book.openCount()) {
      throw new IllegalStateException(
          "deals not conserved: " + opened + " opened, " + closed + " closed, " + book.openCount()
              + " open");
    }
  }
}
