package salesim.model;

import java.util.BitSet;
import salesim.kernel.random.RandomStream;
import salesim.model.base.Source;
import salesim.model.rep.ActivityChoice;

/**
 * The rep's day: what each rep is doing and until when, and the choice of what to do next
 * whenever a rep comes free (the heart of the model, DESIGN.md §2): work a deal, answer a lead,
 * prospect or wait, picked by a logit over each open option's perceived value per hour
 * ({@link Valuation}). The hours of each activity go to the {@link Ledger} as it ends.
 *
 * <p>Note: This class is not thread-safe.
 */
final class RepDay {

  // Activities a rep can be in.
  static final int VACANT = -1;
  static final int IDLE = 0;
  static final int RESPOND = 1;
  static final int PROSPECT = 2;
  static final int DEAL = 3;
  static final int MEETING = 4;
  /** Idle until a meeting that starts now or very soon; no wake-up event of its own. */
  static final int WAITING = 5;

  // The rep's options, in the order the choice sees them.
  private static final int WORK_DEAL = 0;
  private static final int ANSWER_LEAD = 1;
  private static final int PROSPECT_OPTION = 2;
  private static final int WAIT = 3;
  private static final int OPTIONS = 4;

  /** Shortest block worth starting, in hours. */
  static final double MIN_BLOCK_HOURS = 0.25;
  static final double EPSILON = 1e-9;

  private final Replication r;
  private final Roster roster;
  private final Valuation valuation;
  private final Ledger ledger;
  private final RandomStream[] choiceStream;

  private final int[] activity;
  /**
   * The seats whose activity is {@link #IDLE}, kept in step by {@link #setActivity}: a new lead
   * is offered to idle reps only, and scanning every seat per lead made a replication's cost grow
   * with the square of the team (benchmarks/README.md, scaling against reps).
   */
  private final BitSet idle;
  private final double[] activityStart;
  private final double[] busyUntil;

  // The choice, reused for every decision.
  private final double[] optionValue = new double[OPTIONS];
  private final boolean[] optionOpen = new boolean[OPTIONS];

  // Where each chosen activity is carried out.
  private InboundDesk inbound;
  private Prospecting prospecting;
  private MeetingBook meetings;
  private DealFlow deals;
  private ManagementRules rules;

  RepDay(Replication replication, Roster roster, Valuation valuation, Ledger ledger) {
    this.r = replication;
    this.roster = roster;
    this.valuation = valuation;
    this.ledger = ledger;
    int seats = roster.seats();
    this.activity = new int[seats];
    this.idle = new BitSet(seats);
    this.activityStart = new double[seats];
    this.busyUntil = new double[seats];
    this.choiceStream = new RandomStream[seats];
    for (int seat = 0; seat < seats; seat++) {
      choiceStream[seat] = replication.streams.stream(StreamPurpose.CHOICE, seat);
    }
    java.util.Arrays.fill(activity, VACANT);
  }

  /** Connects the components that carry out what a rep chooses; called once, before the run. */
  void connect(
      InboundDesk desk, Prospecting prospect, MeetingBook book, DealFlow flow, ManagementRules rule) {
    this.inbound = desk;
    this.prospecting = prospect;
    this.meetings = book;
    this.deals = flow;
    this.rules = rule;
  }

  /** A new occupant starts the day idle at {@code now}. */
  void start(int seat, double now) {
    setActivity(seat, IDLE);
    activityStart[seat] = now;
    busyUntil[seat] = now;
  }

  /** The rep is leaving: closes the hours of what she was doing and cancels her next wake-up. */
  void stop(int seat, double now) {
    closeHours(seat, now);
    r.sim.cancel(Events.REP_FREE, seat);
  }

  /** The seat is empty until its backfill. */
  void vacate(int seat) {
    setActivity(seat, VACANT);
  }

  /** The rep's activity ended (or a lead or meeting woke her): book it, choose what is next. */
  void onRepFree(int seat) {
    if (!roster.active(seat)) {
      return;
    }
    complete(seat);
    decide(seat);
  }

  /** Books the outcome of the activity that just ended. */
  void complete(int seat) {
    switch (activity[seat]) {
      case RESPOND:
        inbound.completeResponse(seat);
        break;
      case PROSPECT:
        prospecting.completeBlock(seat);
        break;
      default:
        break;
    }
    // The outcome is booked once: its hours close now, and what follows is idle until a new
    // activity begins.
    closeHours(seat, r.now());
    setActivity(seat, IDLE);
  }

  /** A lead arrived: an idle rep who may answer reconsiders at once. */
  void offerLead(int seat) {
    if (roster.active(seat) && roster.role(seat).handlesInbound()) {
      r.sim.cancel(Events.REP_FREE, seat);
      decide(seat);
    }
  }

  /** The rep picks an activity by perceived value per hour. */
  void decide(int seat) {
    double now = r.now();
    double windowHours = (meetings.nextMeeting(seat) - now) * r.dayHours;
    if (windowHours < EPSILON) {
      begin(seat, WAITING, 0.0, false);
      return;
    }
    if (windowHours < MIN_BLOCK_HOURS) {
      begin(seat, IDLE, windowHours, true);
      return;
    }
    optionOpen[WORK_DEAL] = false;
    optionOpen[ANSWER_LEAD] = false;
    optionOpen[PROSPECT_OPTION] = false;
    valuation.pressure(seat);

    int deal = valuation.bestDeal(seat);
    if (deal >= 0) {
      optionOpen[WORK_DEAL] = true;
      optionValue[WORK_DEAL] = valuation.bestDealValue();
    }
    int lead = -1;
    if (roster.role(seat).handlesInbound() && windowHours >= r.p.inbound().responseHours()) {
      lead = inbound.next();
      if (lead >= 0) {
        optionOpen[ANSWER_LEAD] = true;
        optionValue[ANSWER_LEAD] = valuation.leadValue(seat, lead);
      }
    }
    boolean mayProspect = roster.mayProspect(seat) && prospecting.readyTotal() > 0;
    if (mayProspect) {
      optionOpen[PROSPECT_OPTION] = true;
      optionValue[PROSPECT_OPTION] = valuation.prospectValue(seat);
    }
    optionOpen[WAIT] = true;
    optionValue[WAIT] = valuation.waitValue();

    int choice;
    if (mayProspect && rules.requiresProspecting(seat, now)) {
      choice = PROSPECT_OPTION; // a mandate, not a preference
    } else {
      choice =
          ActivityChoice.choose(
              optionValue, optionOpen, OPTIONS, valuation.temperature(), choiceStream[seat]);
    }
    switch (choice) {
      case WORK_DEAL:
        double effort = valuation.effort(seat, deals.book().source(deal));
        begin(seat, DEAL, deals.startWork(seat, deal, windowHours, effort), true);
        break;
      case ANSWER_LEAD:
        inbound.startResponse(seat, lead);
        begin(seat, RESPOND, r.p.inbound().responseHours() / valuation.effort(seat, Source.INBOUND), true);
        break;
      case PROSPECT_OPTION:
        double block = Math.min(r.p.outbound().blockHours(), windowHours);
        prospecting.startBlock(seat, block, valuation.effort(seat, Source.OUTBOUND));
        rules.prospected(seat, block);
        begin(seat, PROSPECT, block, true);
        break;
      default:
        begin(seat, IDLE, Math.min(r.p.behaviour().idleCheckHours(), windowHours), true);
        break;
    }
  }

  /** Starts an activity, closing the hours of the one before. */
  void begin(int seat, int newActivity, double hours, boolean scheduleEnd) {
    double now = r.now();
    closeHours(seat, now);
    setActivity(seat, newActivity);
    activityStart[seat] = now;
    busyUntil[seat] = now + hours * r.hour;
    // Exactly one pending wake-up per seat: whatever was scheduled before is void now.
    r.sim.cancel(Events.REP_FREE, seat);
    if (scheduleEnd) {
      r.sim.schedule(hours * r.hour, Events.REP_FREE, seat);
    }
  }

  /** Books the hours of the seat's current activity up to {@code now}. */
  void closeHours(int seat, double now) {
    MonthlyMetric metric;
    boolean outbound;
    switch (activity[seat]) {
      case VACANT:
        return;
      case RESPOND:
        metric = MonthlyMetric.HOURS_INBOUND;
        outbound = false;
        break;
      case PROSPECT:
        metric = MonthlyMetric.HOURS_PROSPECTING;
        outbound = true;
        break;
      case DEAL:
        boolean inboundDeal = deals.workingInbound(seat);
        metric = inboundDeal ? MonthlyMetric.HOURS_DEALS_INBOUND : MonthlyMetric.HOURS_DEALS_OUTBOUND;
        outbound = !inboundDeal;
        break;
      case MEETING:
        metric = MonthlyMetric.HOURS_MEETINGS;
        outbound = true;
        break;
      default:
        metric = MonthlyMetric.HOURS_IDLE;
        outbound = false;
        break;
    }
    ledger.bookHours(seat, metric, outbound, activityStart[seat], now);
    activityStart[seat] = now;
  }

  /** Sets a seat's activity; the only writer of {@link #activity}, so {@link #idle} stays true. */
  private void setActivity(int seat, int value) {
    activity[seat] = value;
    idle.set(seat, value == IDLE);
  }

  /** What the seat is doing. */
  int activity(int seat) {
    return activity[seat];
  }

  /** Whether the seat is empty. */
  boolean isVacant(int seat) {
    return activity[seat] == VACANT;
  }

  /** Whether the rep is between activities: idle, or waiting for a meeting. */
  boolean isFree(int seat) {
    return activity[seat] == IDLE || activity[seat] == WAITING;
  }

  /** When the rep's current activity ends. */
  double busyUntil(int seat) {
    return busyUntil[seat];
  }

  /** The idle seats (read only): where a new lead is offered. */
  BitSet idleSeats() {
    return idle;
  }
}
