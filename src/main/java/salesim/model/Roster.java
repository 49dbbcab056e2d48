package salesim.model;

import java.util.Arrays;
import salesim.model.base.Source;
import salesim.model.rep.HiringProfiles;
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
 * <p>A seat's draws are keyed by the seat and its hire number, so common random numbers survive
 * attrition.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Roster {

  private final Replication r;
  private final Staffing team;
  private final HiringProfiles profiles;
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
  private final double[] inboundSkill;
  private final double[] outboundSkill;
  /** The person's own factor on her profile's reluctance (lognormal, mean 1). */
  private final double[] reluctanceFactor;
  /** The profile mean her reluctance currently sits around (drifts toward her role's). */
  private final double[] reluctanceMean;
  /** The month a vacant open seat's backfill starts. */
  private final int[] backfillMonth;
  /** The person in each seat: unique within the replication, for the history. */
  private final int[] person;
  private int nextPerson;
  /** Monthly attrition chance by role: 1 - (1 - annual)^(1/12). */
  private final double[] monthlyAttrition = new double[Role.values().length];
  /** How much a month of drift moves reluctance toward the role's profile: 1 - e^(-1/tau). */
  private final double adaptation;

  // Hunters hired into outbound seats in the horizon: seat, first month, month they left (or -1).
  private int[] hunterSeat = new int[8];
  private int[] hunterFrom = new int[8];
  private int[] hunterTo = new int[8];
  private int hunters;
  /** The hunter (an index into the lists above) in each seat now, or -1. */
  private final int[] hunterIn;

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
    this.profiles = team.profiles();
    this.seats = Math.max(capacity, team.reps());
    open = new boolean[seats];
    closeWhenVacant = new boolean[seats];
    role = new Role[seats];
    active = new boolean[seats];
    hireNumber = new int[seats];
    hireTime = new double[seats];
    outboundSince = new double[seats];
    inboundSkill = new double[seats];
    outboundSkill = new double[seats];
    reluctanceFactor = new double[seats];
    reluctanceMean = new double[seats];
    backfillMonth = new int[seats];
    person = new int[seats];
    hunterIn = new int[seats];
    Arrays.fill(hunterIn, -1);
    Arrays.fill(role, Role.MIXED);
    Arrays.fill(backfillMonth, -1);
    for (Role each : Role.values()) {
      double annual = team.attritionPerYear().of(each);
      monthlyAttrition[each.ordinal()] = 1.0 - StrictMath.pow(1.0 - annual, 1.0 / 12.0);
    }
    double tau = team.reluctanceAdaptationMonths();
    this.adaptation = tau <= 0.0 ? 1.0 : 1.0 - StrictMath.exp(-1.0 / tau);
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
  void setUpFrom(java.util.List<salesim.model.start.StartRep> reps) {
    double dpm = r.calendar.daysPerMonth();
    for (int seat = 0; seat < reps.size(); seat++) {
      var rep = reps.get(seat);
      open[seat] = true;
      role[seat] = rep.role();
      double rampMonths =
          rep.role() == Role.OUTBOUND ? team.rampMonths().outbound() : team.rampMonths().inbound();
      double tenure = rep.tenureMonths();
      if (rep.rampedShare() < 1.0 && rampMonths > 0.0) {
        double start = team.rampStart();
        tenure = Math.max(0.0, (rep.rampedShare() - start) / (1.0 - start) * rampMonths);
      }
      hire(seat, 0.0, -tenure * dpm);
      payroll.startedWithTheRun(seat);
      if (rep.role() != Role.MIXED) {
        split = true;
        splitMonth = 0;
      }
    }
  }

  /** The seat of the start's rep with this id, or -1 (the id's position in the list). */
  static int seatOf(java.util.List<salesim.model.start.StartRep> reps, String id) {
    for (int seat = 0; seat < reps.size(); seat++) {
      if (reps.get(seat).id().equals(id)) {
        return seat;
      }
    }
    return -1;
  }

  private void hire(int seat, double now, double startedAt) {
    active[seat] = true;
    hireNumber[seat]++;
    hireTime[seat] = startedAt;
    outboundSince[seat] = startedAt;
    person[seat] = nextPerson++;
    r.streams.reset(r.keyed, StreamPurpose.REP, seat, hireNumber[seat]);
    double sd = team.skillSd();
    inboundSkill[seat] = sd > 0 ? r.keyed.lognormal(0.0, sd) : 1.0;
    outboundSkill[seat] = sd > 0 ? r.keyed.lognormal(0.0, sd) : 1.0;
    // Hired into this seat's role, from its profile: her reluctance is hers from now on.
    var profile = profiles.of(role[seat]);
    double cv = profile.callReluctanceCv();
    double sigma = StrictMath.sqrt(StrictMath.log1p(cv * cv));
    reluctanceFactor[seat] = cv > 0 ? r.keyed.lognormal(-sigma * sigma / 2.0, sigma) : 1.0;
    reluctanceMean[seat] = profile.callReluctance();
    beliefs.reset(seat);
    payroll.hired(seat);
    meetings.clear(seat);
    rules.hired(seat);
    day.start(seat, now);
    ledger.startPay(seat, now);
    if (role[seat] == Role.OUTBOUND && r.reporting()) {
      trackHunter(seat);
    }
    r.history.repHired(person[seat], seat, startedAt, role[seat]);
  }

  /** At a month start: reluctance drifts toward each rep's role profile. */
  void monthStart() {
    for (int seat = 0; seat < seats; seat++) {
      if (active[seat]) {
        double target = profiles.of(role[seat]).callReluctance();
        reluctanceMean[seat] += adaptation * (target - reluctanceMean[seat]);
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
    if (hunterIn[seat] >= 0) {
      hunterTo[hunterIn[seat]] = month;
      hunterIn[seat] = -1;
    }
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

  private void trackHunter(int seat) {
    if (hunters == hunterSeat.length) {
      hunterSeat = Arrays.copyOf(hunterSeat, hunters * 2);
      hunterFrom = Arrays.copyOf(hunterFrom, hunters * 2);
      hunterTo = Arrays.copyOf(hunterTo, hunters * 2);
    }
    hunterSeat[hunters] = seat;
    hunterFrom[hunters] = r.month;
    hunterTo[hunters] = -1;
    hunterIn[seat] = hunters++;
  }

  /** Reps hired into outbound seats in the horizon. */
  int huntersHired() {
    return hunters;
  }

  /**
   * The mean months until a hunter hired in the horizon covered her loaded cost with the gross
   * margin on her bookings; a hunter not there yet counts at the months she has had (so a lower
   * bound), and the horizon's months stand in when none was hired.
   */
  double hunterPaybackMonths() {
    if (hunters == 0) {
      return r.reported;
    }
    double margin = r.p.finance().grossMargin();
    double sum = 0.0;
    for (int h = 0; h < hunters; h++) {
      int seat = hunterSeat[h];
      int to = hunterTo[h] < 0 ? r.months : hunterTo[h];
      double cumulative = 0.0;
      int months = to - hunterFrom[h];
      for (int m = hunterFrom[h]; m < to; m++) {
        cumulative += ledger.bookings(seat, m) * margin - ledger.seatCost(seat, m);
        if (cumulative >= 0.0) {
          months = m - hunterFrom[h] + 1;
          break;
        }
      }
      sum += months;
    }
    return sum / hunters;
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
    if (!active[seat]) {
      return 0.0;
    }
    double reference = Math.max(profiles.mixed().callReluctance(), 0.01);
    double reluctance = Math.max(reluctance(seat), 0.01 * reference);
    return StrictMath.log(inboundSkill[seat] / outboundSkill[seat])
        + StrictMath.log(reluctance / reference);
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
    if (adaptation >= 1.0) {
      reluctanceMean[seat] = profiles.of(newRole).callReluctance();
    }
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
    return inboundSkill[seat];
  }

  double outboundSkill(int seat) {
    return outboundSkill[seat];
  }

  /** The rep's call reluctance now, as a share of her hourly base pay. */
  double reluctance(int seat) {
    return reluctanceFactor[seat] * reluctanceMean[seat];
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
    return inboundSkill[seat] * ramp(seat, team.rampMonths().inbound());
  }

  /** Skill × ramp on outbound work. */
  double outboundProductivity(int seat) {
    return outboundSkill[seat] * ramp(seat, team.rampMonths().outbound());
  }
}
