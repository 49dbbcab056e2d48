package salesim.model;

import java.util.Arrays;
import salesim.model.base.Source;
import salesim.model.rep.Role;

/**
 * Who is on the team: seats (positions that outlive the people in them), the person in each seat,
 * their role, skills and tenure, and what management allows them. The roster hires, loses people
 * to attrition, backfills after the hiring delay and splits the team into roles. A seat's draws
 * are keyed by the seat and its hire number, so common random numbers survive attrition.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Roster {

  private final Replication r;
  private final int seats;
  private final Role[] role;
  private final boolean[] active;
  private final int[] hireNumber;
  private final double[] hireTime;
  /** When the rep's current outbound duty began (patience is counted from here). */
  private final double[] outboundSince;
  private final double[] inboundSkill;
  private final double[] outboundSkill;
  /** The month a vacant seat's backfill starts. */
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
  private DealFlow deals;
  private Payroll payroll;
  private Beliefs beliefs;
  private Ledger ledger;
  private ManagementRules rules;

  Roster(Replication replication) {
    this.r = replication;
    this.seats = replication.p.team().reps();
    role = new Role[seats];
    active = new boolean[seats];
    hireNumber = new int[seats];
    hireTime = new double[seats];
    outboundSince = new double[seats];
    inboundSkill = new double[seats];
    outboundSkill = new double[seats];
    backfillMonth = new int[seats];
    person = new int[seats];
    for (Role each : Role.values()) {
      double annual = replication.p.team().attritionPerYear().of(each);
      monthlyAttrition[each.ordinal()] = 1.0 - StrictMath.pow(1.0 - annual, 1.0 / 12.0);
    }
    splitMonth = replication.months;
  }

  /** Connects the components a hire or a departure updates; called once, before the run. */
  void connect(
      RepDay repDay,
      MeetingBook book,
      DealFlow flow,
      Payroll pay,
      Beliefs belief,
      Ledger books,
      ManagementRules management) {
    this.day = repDay;
    this.meetings = book;
    this.deals = flow;
    this.payroll = pay;
    this.beliefs = belief;
    this.ledger = books;
    this.rules = management;
  }

  /** Seats on the team. */
  int seats() {
    return seats;
  }

  /** Staffs every seat with a ramped mixed rep of the scenario's initial tenure. */
  void setUp() {
    double tenure = r.p.team().initialTenureMonths() * r.calendar.daysPerMonth();
    for (int seat = 0; seat < seats; seat++) {
      role[seat] = Role.MIXED;
      hire(seat, 0.0, -tenure);
      payroll.startedWithTheRun(seat);
    }
  }

  private void hire(int seat, double now, double startedAt) {
    active[seat] = true;
    hireNumber[seat]++;
    hireTime[seat] = startedAt;
    outboundSince[seat] = startedAt;
    person[seat] = nextPerson++;
    r.streams.reset(r.keyed, StreamPurpose.REP, seat, hireNumber[seat]);
    double sd = r.p.team().skillSd();
    inboundSkill[seat] = sd > 0 ? r.keyed.lognormal(0.0, sd) : 1.0;
    outboundSkill[seat] = sd > 0 ? r.keyed.lognormal(0.0, sd) : 1.0;
    beliefs.reset(seat);
    payroll.hired(seat);
    meetings.clear(seat);
    rules.hired(seat);
    day.start(seat, now);
    ledger.startPay(seat, now);
    r.history.repHired(person[seat], seat, startedAt, role[seat]);
  }

  /** At a month start: each rep leaves with the monthly chance of the role. */
  void attrition(int month) {
    for (int seat = 0; seat < seats; seat++) {
      if (!active[seat]) {
        continue;
      }
      double monthly = monthlyAttrition[role[seat].ordinal()];
      r.streams.reset(r.keyed, StreamPurpose.ATTRITION, seat, month);
      if (r.keyed.nextDouble() < monthly) {
        leave(seat, month);
      }
    }
  }

  private void leave(int seat, int month) {
    double now = r.now();
    day.stop(seat, now);
    ledger.closePay(seat, now);
    // Booked meetings are lost with the rep; the accounts cool down and can be called again.
    meetings.cancelAll(seat, month);
    active[seat] = false;
    day.vacate(seat);
    backfillMonth[seat] = month + r.p.team().hiringDelayMonths();
    r.history.repLeft(person[seat], now);
    deals.handOver(seat);
    ledger.add(month, MonthlyMetric.DEPARTURES, 1);
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

  /** At a month start: seats whose hiring delay has run out get their new rep. */
  void backfill(int month) {
    for (int seat = 0; seat < seats; seat++) {
      if (!active[seat] && day.isVacant(seat) && backfillMonth[seat] == month) {
        double now = r.now();
        hire(seat, now, now);
        ledger.add(month, MonthlyMetric.HIRES, 1);
        ledger.add(month, MonthlyMetric.HIRING_COST, r.p.team().hiringCost());
        r.sim.schedule(0.0, Events.REP_FREE, seat);
      }
    }
  }

  /** Splits the team: the reps best suited to inbound (skill ratio) take it, the rest go out. */
  void split(int inboundCount, int month) {
    int inbound = Math.max(0, Math.min(seats, inboundCount));
    Integer[] order = new Integer[seats];
    for (int i = 0; i < seats; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          double ra = inboundSkill[a] / outboundSkill[a];
          double rb = inboundSkill[b] / outboundSkill[b];
          return ra != rb ? Double.compare(rb, ra) : Integer.compare(a, b);
        });
    double now = r.now();
    for (int i = 0; i < seats; i++) {
      int seat = order[i];
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

  /** Gives a seat a role (a split, a review's reaction). */
  void assign(int seat, Role newRole) {
    role[seat] = newRole;
    if (active[seat]) {
      r.history.roleChanged(person[seat], r.now(), newRole);
    }
  }

  /** Management stops the mixed reps' prospecting. */
  void banMixedProspecting() {
    mixedBanned = true;
  }

  /** Whether no one may prospect any more: no outbound role, and mixed reps banned or gone. */
  boolean outboundEnded() {
    for (int seat = 0; seat < seats; seat++) {
      if (role[seat] == Role.OUTBOUND || (role[seat] == Role.MIXED && !mixedBanned)) {
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
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat] && role[seat] == wanted) {
        return true;
      }
    }
    return false;
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

  /** The month the team split (0 if it started split), or the horizon if it never did. */
  int splitMonth() {
    return splitMonth;
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
    return inboundSkill[seat];
  }

  double outboundSkill(int seat) {
    return outboundSkill[seat];
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
    double start = r.p.team().rampStart();
    return Math.min(1.0, start + (1.0 - start) * tenure / rampMonths);
  }

  /** Skill × ramp on inbound work. */
  double inboundProductivity(int seat) {
    return inboundSkill[seat] * ramp(seat, r.p.team().rampMonths().inbound());
  }

  /** Skill × ramp on outbound work. */
  double outboundProductivity(int seat) {
    return outboundSkill[seat] * ramp(seat, r.p.team().rampMonths().outbound());
  }
}
