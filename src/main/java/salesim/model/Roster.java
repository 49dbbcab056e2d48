package salesim.model;

import java.util.Arrays;
import salesim.model.base.Source;
import salesim.model.rep.Role;
import salesim.model.rep.Staffing;

/**
 * Who is on the team: seats (positions that outlive the people in them), the person in each seat
 * with her own traits — inbound and outbound skill, call reluctance — her role, tenure, and what
 * management allows. The roster hires from the hiring profile of the seat's role, loses people to
 * attrition (more often when they are paid below target), backfills after the hiring delay, opens
 * and closes seats, and splits the team by comparative advantage. A person keeps her traits when
 * she moves role; her reluctance drifts toward the new role's profile only slowly.
 *
 * <p>The seats' own bookkeeping — open or not, role, occupied, backfill month, the ban on mixed
 * prospecting, and the head counts read from them — is {@link Seats}; who leaves each month is
 * {@link Attrition}; the team the run starts with is placed by {@link StartingTeam}. The roster
 * is the model's one view of the team: its components ask it, not Seats or Attrition.
 *
 * <p>A seat's draws are keyed by the seat and its hire number, so common random numbers survive
 * attrition.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Roster {

  private final Replication r;
  private final Staffing team;
  /** Seats there can ever be (open or not). */
  private final int seatCount;
  /** Which seats are open, their roles, and who is in one. */
  private final Seats seats;
  private final int[] hireNumber;
  private final double[] hireTime;
  /** When the rep's current outbound duty began (patience is counted from here). */
  private final double[] outboundSince;
  /** Each person's skills and call reluctance. */
  private final PersonTraits traits;
  /** The hunters hired in the horizon, for their payback. */
  private final HunterPayback hunters;
  /** The person in each seat: unique within the replication, for the history. */
  private final int[] person;
  private int nextPerson;
  /** Reps in place when the run starts: the head count the ledger's hires and departures move. */
  private int placedAtStart;

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
  private Attrition attrition;

  Roster(Replication replication, int capacity) {
    this.r = replication;
    this.team = replication.p.team();
    this.seatCount = Math.max(capacity, team.reps());
    seats = new Seats(seatCount);
    hireNumber = new int[seatCount];
    hireTime = new double[seatCount];
    outboundSince = new double[seatCount];
    traits = new PersonTraits(replication.p, seatCount);
    hunters = new HunterPayback(replication, seatCount);
    person = new int[seatCount];
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
    this.attrition = new Attrition(r, team, pay);
  }

  /** Seats there can ever be (open or not). */
  int seats() {
    return seatCount;
  }

  /**
   * Places a rep the run starts with ({@link StartingTeam}): her seat opens in her role and she
   * is hired at {@code startedAt}, before the run; an inbound or outbound role means the team
   * starts split.
   */
  void placeAtStart(int seat, Role role, double startedAt) {
    seats.open(seat, role);
    hire(seat, 0.0, startedAt);
    placedAtStart++;
    payroll.startedWithTheRun(seat);
    if (role != Role.MIXED) {
      split = true;
      splitMonth = 0;
    }
  }

  private void hire(int seat, double now, double startedAt) {
    seats.occupy(seat);
    hireNumber[seat]++;
    hireTime[seat] = startedAt;
    outboundSince[seat] = startedAt;
    person[seat] = nextPerson++;
    r.streams.reset(r.keyed, StreamPurpose.REP, seat, hireNumber[seat]);
    traits.draw(seat, seats.role(seat), r.keyed);
    beliefs.reset(seat);
    payroll.hired(seat);
    meetings.clear(seat);
    rules.hired(seat);
    day.start(seat, now);
    ledger.startPay(seat, now);
    if (seats.role(seat) == Role.OUTBOUND && r.reporting()) {
      hunters.hired(seat);
    }
    r.history.repHired(person[seat], seat, startedAt, seats.role(seat));
  }

  /** At a month start: reluctance drifts toward each rep's role profile. */
  void monthStart() {
    for (int seat = 0; seat < seatCount; seat++) {
      if (seats.active(seat)) {
        traits.drift(seat, seats.role(seat));
      }
    }
  }

  /**
   * At a month start: each rep leaves with the monthly chance of her role, raised when her pay
   * over the last quota period fell short of target (ramping reps excepted).
   */
  void attrition(int month) {
    for (int seat = 0; seat < seatCount; seat++) {
      if (seats.active(seat) && attrition.leaves(seat, seats.role(seat), hireTime[seat], month)) {
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
    seats.vacate(seat);
    day.vacate(seat);
    hunters.left(seat, month);
    seats.closeOrBackfill(seat, month + team.hiringDelayMonths());
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
    for (int seat = 0; seat < seatCount; seat++) {
      if (!seats.active(seat)) {
        continue;
      }
      Role role = seats.role(seat);
      boolean fits = source == Source.INBOUND ? role.handlesInbound() : role.mayProspect();
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
    for (int seat = 0; seat < seatCount; seat++) {
      if (seats.backfillDue(seat, month)) {
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
    int seat = seats.openUnused(newRole, fillMonth);
    if (seat < 0) {
      return false;
    }
    if (fillMonth <= r.month) {
      fill(seat, r.month);
    }
    return true;
  }

  /**
   * Closes one seat of a role: a vacant one at once, else the one whose rep leaves next (or, with
   * {@code layoff}, the rep with the fewest bookings over the last quarter goes now). Returns
   * false if the role has no seat left to close.
   */
  boolean closeSeat(Role which, boolean layoff, int month) {
    if (seats.closeVacant(which)) {
      return true;
    }
    int weakest = -1;
    for (int seat = 0; seat < seatCount; seat++) {
      if (seats.active(seat) && seats.role(seat) == which && !seats.closesWhenVacant(seat)
          && (weakest < 0
              || ledger.recentBookings(seat, month) < ledger.recentBookings(weakest, month))) {
        weakest = seat;
      }
    }
    if (weakest < 0) {
      return false;
    }
    seats.closeWhenVacant(weakest);
    if (layoff) {
      leave(weakest, month);
    }
    return true;
  }

  /** Splits the team: the reps whose comparative advantage is inbound take it, the rest go out. */
  void split(int inboundCount, int month) {
    int inbound = Math.max(0, Math.min(seats.countOpen(), inboundCount));
    Integer[] order = new Integer[seatCount];
    for (int i = 0; i < seatCount; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          if (seats.isOpen(a) != seats.isOpen(b)) {
            return seats.isOpen(a) ? -1 : 1;
          }
          double sa = inboundAdvantage(a);
          double sb = inboundAdvantage(b);
          return sa != sb ? Double.compare(sb, sa) : Integer.compare(a, b);
        });
    double now = r.now();
    for (int i = 0; i < seatCount; i++) {
      int seat = order[i];
      if (!seats.isOpen(seat)) {
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
    return seats.active(seat) ? traits.inboundAdvantage(seat) : 0.0;
  }

  /** Gives a seat a role (a split, a review's reaction, a rebalancing). */
  void assign(int seat, Role newRole) {
    if (seats.role(seat) == newRole) {
      return;
    }
    seats.setRole(seat, newRole);
    if (newRole == Role.OUTBOUND) {
      outboundSince[seat] = r.now();
    }
    traits.moved(seat, newRole);
    if (seats.active(seat)) {
      r.history.roleChanged(person[seat], r.now(), newRole);
    }
  }

  /** Management stops the mixed reps' prospecting. */
  void banMixedProspecting() {
    seats.banMixedProspecting();
  }

  /** Management lets the mixed reps prospect again; their patience starts over. */
  void liftMixedBan() {
    seats.liftMixedBan();
    for (int seat = 0; seat < seatCount; seat++) {
      if (seats.role(seat) == Role.MIXED) {
        outboundSince[seat] = r.now();
      }
    }
  }

  // What the components ask of the seats ({@link Seats} says what each count counts).

  boolean outboundEnded() {
    return seats.outboundEnded();
  }

  boolean mayProspect(int seat) {
    return seats.mayProspect(seat);
  }

  boolean mixedBanned() {
    return seats.mixedBanned();
  }

  /** Whether any active rep has this role. */
  boolean hasActive(Role wanted) {
    return seats.count(wanted) > 0;
  }

  int count(Role wanted) {
    return seats.count(wanted);
  }

  int seatsOf(Role wanted) {
    return seats.seatsOf(wanted);
  }

  int countOpen() {
    return seats.countOpen();
  }

  int activeCount() {
    return seats.activeCount();
  }

  int prospectorCount() {
    return seats.prospectorCount();
  }

  boolean active(int seat) {
    return seats.active(seat);
  }

  Role role(int seat) {
    return seats.role(seat);
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

  /**
   * Checks the books: month by month, the team the run started with plus the month's hires less
   * its departures is the head count the month ended with, and the last is the reps in the seats
   * now; and the seats themselves are consistent ({@link Seats#checkBooks}).
   */
  void checkBooks() {
    long level = placedAtStart;
    for (int m = 0; m < r.months; m++) {
      long hires = (long) ledger.get(m, MonthlyMetric.HIRES);
      long departures = (long) ledger.get(m, MonthlyMetric.DEPARTURES);
      long ended = (long) ledger.get(m, MonthlyMetric.ACTIVE_REPS);
      if (level + hires - departures != ended) {
        throw new IllegalStateException(
            "reps not conserved in month " + m + ": " + level + " at its start, " + hires
                + " hired, " + departures + " left, " + ended + " at its end");
      }
      level = ended;
    }
    if (level != seats.activeCount()) {
      throw new IllegalStateException(
          "reps not conserved: the ledger's flows give " + level + ", the seats hold "
              + seats.activeCount());
    }
    seats.checkBooks(r.month);
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
