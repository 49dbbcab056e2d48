package salesim.model;

import java.util.Arrays;
import java.util.List;
import salesim.model.base.Source;
import salesim.model.rep.Role;
import salesim.model.rep.Staffing;
import salesim.model.start.StartRep;

/**
 * Who is on the team: seats (positions that outlive the people in them), the person in each seat
 * with her own traits — inbound and outbound skill, call reluctance — her role, tenure, and what
 * management allows. The roster hires from the hiring profile of the seat's role, loses people to
 * attrition (more often when they are paid below target), backfills after the hiring delay, opens
 * and closes seats, and splits the team by comparative advantage. A person keeps her traits when
 * she moves role; her reluctance drifts toward the new role's profile only slowly.
 *
 * <p>A seat's draws are keyed by the seat and its hire number, so common random numbers survive
 * attrition.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Roster {

  private final Replication r;
  private final Staffing team;
  /** Seats there can ever be; {@link #open} says which the team has now. */
  private final int seats;
  private final boolean[] open;
  /** An open seat that closes when its rep leaves (a planned or load-driven shrink). */
  private final boolean[] closeWhenVacant;
  private final Role[] role;
  private final boolean[] active;
  private final int[] hireNumber;
  private final double[] hireTime;
  /** When the rep's current outbound duty began (patience is counted from here). */
  private final double[] outboundSince;
  /** Each person's skills and call reluctance. */
  private final PersonTraits traits;
  /** The hunters hired in the horizon, for their payback. */
  private final HunterPayback hunters;
  /** The month a vacant open seat's backfill starts. */
  private final int[] backfillMonth;
  /** The person in each seat: unique within the replication, for the history. */
  private final int[] person;
  private int nextPerson;
  /** Monthly attrition chance by role: 1 - (1 - annual)^(1/12). */
  private final double[] monthlyAttrition = new double[Role.values().length];

  /** Management has told the mixed reps to stop prospecting. */
  private boolean mixedBanned;
  private boolean split;
  private int splitMonth;

  // The components a hire or a departure touches, in the order it touches them.
  private RepDay day;
  private MeetingBook meetings;
  private Prospecting prospecting;
  private DealFlow deals;
  private Payroll payroll;
  private Beliefs beliefs;
  private Ledger ledger;
  private ManagementRules rules;

  Roster(Replication replication, int capacity) {
    this.r = replication;
    this.team = replication.p.team();
    this.seats = Math.max(capacity, team.reps());
    open = new boolean[seats];
    closeWhenVacant = new boolean[seats];
    role = new Role[seats];
    active = new boolean[seats];
    hireNumber = new int[seats];
    hireTime = new double[seats];
    outboundSince = new double[seats];
    traits = new PersonTraits(replication.p, seats);
    hunters = new HunterPayback(replication, seats);
    backfillMonth = new int[seats];
    person = new int[seats];
    Arrays.fill(role, Role.MIXED);
    Arrays.fill(backfillMonth, -1);
    for (Role each : Role.values()) {
      double annual = team.attritionPerYear().of(each);
      monthlyAttrition[each.ordinal()] = 1.0 - StrictMath.pow(1.0 - annual, 1.0 / 12.0);
    }
    splitMonth = replication.months;
  }

  /** Connects the components a hire or a departure updates; called once, before the run. */
  void connect(
      RepDay repDay,
      MeetingBook book,
      Prospecting prospect,
      DealFlow flow,
      Payroll pay,
      Beliefs belief,
      Ledger books,
      ManagementRules management) {
    this.day = repDay;
    this.meetings = book;
    this.prospecting = prospect;
    this.deals = flow;
    this.payroll = pay;
    this.beliefs = belief;
    this.ledger = books;
    this.rules = management;
  }

  /** Seats there can ever be (open or not). */
  int seats() {
    return seats;
  }

  /** Staffs the team's first seats with ramped mixed reps of the scenario's initial tenure. */
  void setUp() {
    double tenure = team.initialTenureMonths() * r.calendar.daysPerMonth();
    for (int seat = 0; seat < team.reps(); seat++) {
      open[seat] = true;
      role[seat] = Role.MIXED;
      hire(seat, 0.0, -tenure);
      payroll.startedWithTheRun(seat);
    }
  }

  /**
   * Staffs the team as a given start lists it: each rep in her role, with her tenure (or, below
   * full productivity, where her ramp puts her); a team with inbound or outbound roles is split.
   */
  void setUpFrom(List<StartRep> reps) {
    double dpm = r.calendar.daysPerMonth();
    for (int seat = 0; seat < reps.size(); seat++) {
      var rep = reps.get(seat);
      open[seat] = true;
      role[seat] = rep.role();
      double rampMonths =
          rep.role() == Role.OUTBOUND ? team.rampMonths().outbound() : team.rampMonths().inbound();
      hire(seat, 0.0, -rep.effectiveTenureMonths(rampMonths, team.rampStart()) * dpm);
      payroll.startedWithTheRun(seat);
      if (rep.role() != Role.MIXED) {
        split = true;
        splitMonth = 0;
      }
    }
  }

  private void hire(int seat, double now, double startedAt) {
    active[seat] = true;
    hireNumber[seat]++;
    hireTime[seat] = startedAt;
    outboundSince[seat] = startedAt;
    person[seat] = nextPerson++;
    r.streams.reset(r.keyed, StreamPurpose.REP, seat, hireNumber[seat]);
    traits.draw(seat, role[seat], r.keyed);
    beliefs.reset(seat);
    payroll.hired(seat);
    meetings.clear(seat);
    rules.hired(seat);
    day.start(seat, now);
    ledger.startPay(seat, now);
    if (role[seat] == Role.OUTBOUND && r.reporting()) {
      hunters.hired(seat);
    }
    r.history.repHired(person[seat], seat, startedAt, role[seat]);
  }

  /** At a month start: reluctance drifts toward each rep's role profile. */
  void monthStart() {
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat]) {
        traits.drift(seat, role[seat]);
      }
    }
  }

  /**
   * At a month start: each rep leaves with the monthly chance of her role, raised when her pay
   * over the last quota period fell short of target (ramping reps excepted).
   */
  void attrition(int month) {
    var pay = team.payAttrition();
    double rampedAfter =
        Math.max(team.rampMonths().inbound(), team.rampMonths().outbound()) * r.daysPerMonth;
    for (int seat = 0; seat < seats; seat++) {
      if (!active[seat]) {
        continue;
      }
      double monthly = monthlyAttrition[role[seat].ordinal()];
      if (r.now() - hireTime[seat] >= rampedAfter) {
        double multiplier = pay.multiplier(payroll.shortfall(seat));
        if (multiplier != 1.0) {
          monthly = 1.0 - StrictMath.pow(1.0 - monthly, multiplier);
        }
      }
      r.streams.reset(r.keyed, StreamPurpose.ATTRITION, seat, month);
      if (r.keyed.nextDouble() < monthly) {
        leave(seat, month);
      }
    }
  }

  /** The rep leaves (a quit, or a layoff); the seat is backfilled unless it is to close. */
  void leave(int seat, int month) {
    double now = r.now();
    day.stop(seat, now);
    prospecting.abandonCadence(seat);
    ledger.closePay(seat, now);
    // Booked meetings are lost with the rep; the accounts cool down and can be called again.
    meetings.cancelAll(seat, month);
    active[seat] = false;
    day.vacate(seat);
    hunters.left(seat, month);
    if (closeWhenVacant[seat]) {
      open[seat] = false;
      closeWhenVacant[seat] = false;
      backfillMonth[seat] = -1;
    } else {
      backfillMonth[seat] = month + team.hiringDelayMonths();
    }
    r.history.repLeft(person[seat], now);
    deals.handOver(seat);
    ledger.add(month, MonthlyMetric.DEPARTURES, 1);
  }

  /** Reps hired into outbound seats in the horizon. */
  int huntersHired() {
    return hunters.hired();
  }

  /** The mean months a hunter hired in the horizon took to pay back ({@link HunterPayback}). */
  double hunterPaybackMonths() {
    return hunters.paybackMonths(ledger);
  }

  /** The colleague of a fitting role with the fewest deals (any colleague if none fits), or -1. */
  int heirFor(Source source) {
    int best = -1;
    int fallback = -1;
    for (int seat = 0; seat < seats; seat++) {
      if (!active[seat]) {
        continue;
      }
      boolean fits = source == Source.INBOUND ? role[seat].handlesInbound() : role[seat].mayProspect();
      if (fits && (best < 0 || deals.ownedCount(seat) < deals.ownedCount(best))) {
        best = seat;
      }
      if (fallback < 0 || deals.ownedCount(seat) < deals.ownedCount(fallback)) {
        fallback = seat;
      }
    }
    return best >= 0 ? best : fallback;
  }

  /** At a month start: open seats whose hiring delay has run out get their new rep. */
  void backfill(int month) {
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat] && !active[seat] && backfillMonth[seat] == month) {
        fill(seat, month);
      }
    }
  }

  private void fill(int seat, int month) {
    double now = r.now();
    hire(seat, now, now);
    ledger.add(month, MonthlyMetric.HIRES, 1);
    ledger.add(month, MonthlyMetric.HIRING_COST, team.hiringCost());
    r.sim.schedule(0.0, Events.REP_FREE, seat);
  }

  /**
   * Opens a new seat of a role, filled now if {@code fillMonth} is this month, else at that
   * month's backfill; returns false if the team is at its most seats.
   */
  boolean openSeat(Role newRole, int fillMonth) {
    for (int seat = 0; seat < seats; seat++) {
      if (!open[seat] && !active[seat]) {
        open[seat] = true;
        role[seat] = newRole;
        backfillMonth[seat] = fillMonth;
        if (fillMonth <= r.month) {
          fill(seat, r.month);
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Closes one seat of a role: a vacant one at once, else the one whose rep leaves next (or, with
   * {@code layoff}, the rep with the fewest bookings over the last quarter goes now). Returns
   * false if the role has no seat left to close.
   */
  boolean closeSeat(Role which, boolean layoff, int month) {
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat] && !active[seat] && role[seat] == which) {
        open[seat] = false;
        backfillMonth[seat] = -1;
        return true;
      }
    }
    int weakest = -1;
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat] && role[seat] == which && !closeWhenVacant[seat]
          && (weakest < 0
              || ledger.recentBookings(seat, month) < ledger.recentBookings(weakest, month))) {
        weakest = seat;
      }
    }
    if (weakest < 0) {
      return false;
    }
    closeWhenVacant[weakest] = true;
    if (layoff) {
      leave(weakest, month);
    }
    return true;
  }

  /** Splits the team: the reps whose comparative advantage is inbound take it, the rest go out. */
  void split(int inboundCount, int month) {
    int inbound = Math.max(0, Math.min(countOpen(), inboundCount));
    Integer[] order = new Integer[seats];
    for (int i = 0; i < seats; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          if (open[a] != open[b]) {
            return open[a] ? -1 : 1;
          }
          double sa = inboundAdvantage(a);
          double sb = inboundAdvantage(b);
          return sa != sb ? Double.compare(sb, sa) : Integer.compare(a, b);
        });
    double now = r.now();
    for (int i = 0; i < seats; i++) {
      int seat = order[i];
      if (!open[seat]) {
        continue;
      }
      if (i < inbound) {
        assign(seat, Role.INBOUND);
      } else {
        assign(seat, Role.OUTBOUND);
        outboundSince[seat] = now;
      }
    }
    split = true;
    splitMonth = month;
  }

  /**
   * How much better suited to inbound than to outbound a rep is, on the traits the model has: her
   * skill ratio and her call reluctance against the mixed profile's (log scale; higher = inbound).
   */
  double inboundAdvantage(int seat) {
    return active[seat] ? traits.inboundAdvantage(seat) : 0.0;
  }

  /** Gives a seat a role (a split, a review's reaction, a rebalancing). */
  void assign(int seat, Role newRole) {
    if (role[seat] == newRole) {
      return;
    }
    role[seat] = newRole;
    if (newRole == Role.OUTBOUND) {
      outboundSince[seat] = r.now();
    }
    traits.moved(seat, newRole);
    if (active[seat]) {
      r.history.roleChanged(person[seat], r.now(), newRole);
    }
  }

  /** Management stops the mixed reps' prospecting. */
  void banMixedProspecting() {
    mixedBanned = true;
  }

  /** Management lets the mixed reps prospect again; their patience starts over. */
  void liftMixedBan() {
    mixedBanned = false;
    for (int seat = 0; seat < seats; seat++) {
      if (role[seat] == Role.MIXED) {
        outboundSince[seat] = r.now();
      }
    }
  }

  /** Whether no one may prospect any more: no outbound role, and mixed reps banned or gone. */
  boolean outboundEnded() {
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat]
          && (role[seat] == Role.OUTBOUND || (role[seat] == Role.MIXED && !mixedBanned))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the seat's occupant may prospect, given the roles and management's bans. */
  boolean mayProspect(int seat) {
    if (!active[seat] || !role[seat].mayProspect()) {
      return false;
    }
    return !(role[seat] == Role.MIXED && mixedBanned);
  }

  /** Whether the mixed reps have been told to stop prospecting. */
  boolean mixedBanned() {
    return mixedBanned;
  }

  /** Whether any active rep has this role. */
  boolean hasActive(Role wanted) {
    return count(wanted) > 0;
  }

  /** Active reps of a role. */
  int count(Role wanted) {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat] && role[seat] == wanted) {
        count++;
      }
    }
    return count;
  }

  /** Open seats of a role (filled or awaiting their backfill), less those set to close. */
  int seatsOf(Role wanted) {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat] && role[seat] == wanted && !closeWhenVacant[seat]) {
        count++;
      }
    }
    return count;
  }

  /** Open seats, filled or awaiting their backfill. */
  int countOpen() {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (open[seat]) {
        count++;
      }
    }
    return count;
  }

  /** Active reps. */
  int activeCount() {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat]) {
        count++;
      }
    }
    return count;
  }

  /** Active reps allowed to prospect. */
  int prospectorCount() {
    int count = 0;
    for (int seat = 0; seat < seats; seat++) {
      if (mayProspect(seat)) {
        count++;
      }
    }
    return count;
  }

  boolean active(int seat) {
    return active[seat];
  }

  Role role(int seat) {
    return role[seat];
  }

  boolean isSplit() {
    return split;
  }

  /**
   * The reported month the team split (0 if it started split or split in the warm-up), or the
   * horizon if it never did.
   */
  int splitMonth() {
    return Math.max(0, splitMonth - r.offset);
  }

  int hireNumber(int seat) {
    return hireNumber[seat];
  }

  double hireTime(int seat) {
    return hireTime[seat];
  }

  double outboundSince(int seat) {
    return outboundSince[seat];
  }

  double inboundSkill(int seat) {
    return traits.inboundSkill(seat);
  }

  double outboundSkill(int seat) {
    return traits.outboundSkill(seat);
  }

  /** The rep's call reluctance now, as a share of her hourly base pay. */
  double reluctance(int seat) {
    return traits.reluctance(seat);
  }

  /** The person in a seat, for the history. */
  int person(int seat) {
    return person[seat];
  }

  /** Linear ramp from the scenario's start productivity to full over {@code rampMonths}. */
  double ramp(int seat, double rampMonths) {
    if (rampMonths <= 0.0) {
      return 1.0;
    }
    double tenure = (r.now() - hireTime[seat]) / r.calendar.daysPerMonth();
    double start = team.rampStart();
    return Math.min(1.0, start + (1.0 - start) * tenure / rampMonths);
  }

  /** Skill × ramp on inbound work. */
  double inboundProductivity(int seat) {
    return traits.inboundSkill(seat) * ramp(seat, team.rampMonths().inbound());
  }

  /** Skill × ramp on outbound work. */
  double outboundProductivity(int seat) {
    return traits.outboundSkill(seat) * ramp(seat, team.rampMonths().outbound());
  }
}
