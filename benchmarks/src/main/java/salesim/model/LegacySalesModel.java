/*
 * Frozen copy of the model before issue 13 split SalesModel into components (the state at
 * commit ecbb6a3): kept only so SalesModelBenchmark can measure the old and the new model in the same
 * JMH run. Not maintained; deleted once the comparison is recorded in benchmarks/README.md.
 */
package salesim.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import salesim.kernel.EventHandler;
import salesim.kernel.Simulation;
import salesim.kernel.random.Categorical;
import salesim.kernel.random.RandomStream;
import salesim.kernel.random.RandomStreams;
import salesim.model.base.Source;
import salesim.model.funnel.OpportunityBook;
import salesim.model.funnel.Stage;
import salesim.model.market.AccountPool;
import salesim.model.market.LeadQueue;
import salesim.model.market.ResponseDecay;
import salesim.model.market.Segment;
import salesim.model.policy.Kpi;
import salesim.model.policy.Reaction;
import salesim.model.policy.TeamStructure;
import salesim.model.rep.ActivityChoice;
import salesim.model.rep.Role;

/**
 * One replication of a company's sales system (DESIGN.md §2) as events on the kernel: inbound
 * leads arrive and decay, reps choose what to do by the perceived value per hour of each open
 * activity, prospecting blocks run the cold funnel against a finite account universe, meetings
 * turn into deals that walk their stage paths, commission is paid on booking, management splits
 * the team, reviews outbound work and reacts, reps leave and are replaced, and shocks bend the
 * market month by month.
 *
 * <p>Nothing here prefers a source: inbound wins when its expected commission per hour is higher,
 * and the same code shows outbound winning when pay, funnels or lead quality say so.
 *
 * <p>Note: This class is not thread-safe; run each replication on its own instance.
 */
public final class LegacySalesModel implements EventHandler {

  // Event kinds: the table of contents of the model.
  static final int MONTH_START = 0;
  static final int LEAD_ARRIVAL = 1;
  static final int REP_FREE = 3;
  static final int MEETING_BOOKED = 4;
  static final int MEETING_START = 5;
  static final int STAGE_END = 6;

  // The rep's options, in the order the choice sees them.
  private static final int WORK_DEAL = 0;
  private static final int ANSWER_LEAD = 1;
  private static final int PROSPECT = 2;
  private static final int WAIT = 3;
  private static final int OPTIONS = 4;

  /** Shortest block worth starting, in hours. */
  private static final double MIN_BLOCK_HOURS = 0.25;
  private static final double EPSILON = 1e-9;
  private static final int CALENDAR_CAPACITY = 64;

  private final SalesParameters p;
  private final Calendar calendar;
  private final int months;
  private final double dayHours;
  private final double hour;
  private final double monthHours;
  private final long replication;
  /** The response-decay curve, resolved once: the choice evaluates it for every lead it sees. */
  private final double decayFloor;
  private final double decayTauHours;

  private final Simulation sim = new Simulation();
  private final RandomStreams streams;
  private final LegacyEconomics economics;
  private final LegacyTeam team;
  private final LeadQueue leads;
  private final OpportunityBook deals;
  private final AccountPool accounts;
  private final LegacyMetrics metrics;
  private final int[] initialAccounts;

  private final Categorical inboundSegments;
  private final Categorical outboundSegments;
  private final double[] outboundWeights;
  private final int[] inboundStages = new int[2];

  private final RandomStream arrivals;
  /** Re-seeded for each keyed draw (a lead's, a deal stage's): no allocation per draw. */
  private final RandomStream keyed = new RandomStream(0);
  private final RandomStream accountStream;
  private final RandomStream[] choiceStream;
  private final RandomStream[] prospectStream;
  private final RandomStream[] meetingStream;
  /** Monthly attrition chance by role: 1 - (1 - annual)^(1/12). */
  private final double[] monthlyAttrition = new double[Role.values().length];
  /** Bound once, so expiring leads allocates nothing. */
  private final LeadQueue.ExpiryListener leadExpired = this::onLeadExpired;

  // Meetings in flight: booked by a prospecting block, waiting for a slot or for their time.
  private int[] meetingSeat = new int[64];
  private int[] meetingHire = new int[64];
  private int[] meetingSegment = new int[64];
  private int[] meetingFree = new int[64];
  private boolean[] meetingLive = new boolean[64];
  private int meetingFreeCount;
  private int meetingHighWater;

  // The rep's choice, reused for every decision.
  private final double[] optionValue = new double[OPTIONS];
  private final boolean[] optionOpen = new boolean[OPTIONS];

  // Month-level state.
  private int month;
  private double leadsPerDay;
  private double prospectDealWorth;
  private double prospectDealEffort;
  private double priorMeetingsPerHour;
  private boolean mixedBanned;
  private boolean split;
  private int splitMonth;
  private int loadStreak;
  private boolean outboundCut;
  private int wakeCursor;
  private int outboundDealSerial;

  // Replication-level tallies.
  private double firstOutboundMeeting = Double.NaN;
  private final double[] firstWin = {Double.NaN, Double.NaN};
  private double capacityHours;
  private long quotaPeriods;
  private long quotaAttained;
  private long dealsOpened;
  private long dealsClosed;
  private long responsesCompleted;
  private long responsesDropped;

  /** A replication of {@code parameters} drawing from (seed, replication). */
  public LegacySalesModel(SalesParameters parameters, long seed, long replication) {
    this.p = parameters;
    this.calendar = parameters.calendar();
    this.months = calendar.months();
    this.dayHours = calendar.sellingHoursPerDay();
    this.hour = 1.0 / dayHours;
    this.monthHours = calendar.sellingHoursPerMonth();
    this.replication = replication;
    this.decayFloor = parameters.inbound().decay().effectiveFloor();
    this.decayTauHours = parameters.inbound().decay().effectiveTauHours();
    this.streams = RandomStreams.of(seed, replication);
    this.economics = new LegacyEconomics(parameters);
    int seats = parameters.team().reps();
    this.team = new LegacyTeam(seats, months, CALENDAR_CAPACITY);
    this.leads = new LeadQueue(parameters.inbound().order());
    this.deals = new OpportunityBook(seats);
    this.accountStream = streams.stream(StreamPurpose.ACCOUNTS);
    this.accounts = new AccountPool(parameters.segments(), parameters.outbound(), accountStream);
    this.metrics = new LegacyMetrics(months);
    List<Segment> segments = parameters.segments();
    int n = segments.size();
    this.initialAccounts = new int[n];
    double[] inboundShares = new double[n];
    double[] outboundShares = new double[n];
    double outboundTotal = 0;
    for (int s = 0; s < n; s++) {
      initialAccounts[s] = segments.get(s).accounts();
      inboundShares[s] = segments.get(s).inboundShare();
      outboundShares[s] = segments.get(s).outboundShare();
      outboundTotal += outboundShares[s];
    }
    this.inboundSegments = Categorical.of(inboundShares);
    this.outboundSegments = Categorical.of(outboundShares);
    this.outboundWeights = new double[n];
    for (int s = 0; s < n; s++) {
      outboundWeights[s] = outboundShares[s] / outboundTotal;
    }
    inboundStages[0] = parameters.pipeline().inbound().size();
    inboundStages[1] = parameters.pipeline().outbound().size();
    this.arrivals = streams.stream(StreamPurpose.LEAD_ARRIVALS);
    for (Role role : Role.values()) {
      double annual = parameters.team().attritionPerYear().of(role);
      monthlyAttrition[role.ordinal()] = 1.0 - StrictMath.pow(1.0 - annual, 1.0 / 12.0);
    }
    this.choiceStream = new RandomStream[seats];
    this.prospectStream = new RandomStream[seats];
    this.meetingStream = new RandomStream[seats];
    for (int seat = 0; seat < seats; seat++) {
      choiceStream[seat] = streams.stream(StreamPurpose.CHOICE, seat);
      prospectStream[seat] = streams.stream(StreamPurpose.PROSPECTING, seat);
      meetingStream[seat] = streams.stream(StreamPurpose.MEETINGS, seat);
    }
  }

  /** Runs one replication and returns its frozen result. */
  public static ReplicationResult run(SalesParameters parameters, long seed, long replication) {
    return new LegacySalesModel(parameters, seed, replication).run();
  }

  /** Runs the replication to the horizon; call once. */
  public ReplicationResult run() {
    setUpTeam();
    sim.scheduleAt(0.0, MONTH_START, 0);
    for (int seat = 0; seat < team.seats; seat++) {
      sim.scheduleAt(0.0, REP_FREE, seat);
    }
    sim.run(this, calendar.horizonDays());
    return finish();
  }

  /** Sees every deal as it closes: the seam tests use to check each deal's pay and odds. */
  interface DealListener {
    /** A deal closed; {@code commission} is what its owner was paid (0 if lost). */
    void closed(Source source, int segment, double value, double commission, boolean won, double openedAt);
  }

  private DealListener dealListener;

  /** Registers the deal listener (tests only). */
  void setDealListener(DealListener listener) {
    this.dealListener = listener;
  }

  /** Events handed to the model so far (for benchmarks). */
  public long eventsFired() {
    return sim.eventsFired();
  }

  @Override
  public void handle(int kind, int target) {
    switch (kind) {
      case MONTH_START:
        onMonthStart(target);
        break;
      case LEAD_ARRIVAL:
        onLeadArrival();
        break;
      case REP_FREE:
        onRepFree(target);
        break;
      case MEETING_BOOKED:
        onMeetingBooked(target);
        break;
      case MEETING_START:
        onMeetingStart(target);
        break;
      case STAGE_END:
        onStageEnd(target);
        break;
      default:
        throw new IllegalStateException("unknown event kind " + kind);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Months: shocks, attrition, management, the lead rate.

  private void onMonthStart(int m) {
    expireLeads();
    if (m > 0) {
      recordLevels(m - 1);
    }
    month = m;
    economics.update(m);
    updateProspectEconomics();
    accounts.monthStart(m, accountStream);
    if (m > 0) {
      forget();
      if (p.comp().quota().active() && m % p.comp().quota().periodMonths() == 0) {
        closeQuotaPeriod();
      }
      attrition(m);
    }
    backfill(m);
    if (m > 0) {
      splitWhenReady(m);
      review(m);
    }
    drawCompliance(m);
    budgetFreeze(m);
    rescheduleArrivals(m);
    if (m + 1 < months) {
      sim.scheduleAt(calendar.monthStart(m + 1), MONTH_START, m + 1);
    }
  }

  private void rescheduleArrivals(int m) {
    sim.cancel(LEAD_ARRIVAL, 0);
    double growth = p.inbound().growthPerMonth();
    double perMonth =
        p.inbound().leadsPerMonth()
            * (growth == 0.0 ? 1.0 : StrictMath.pow(1.0 + growth, m))
            * p.inbound().season(m)
            * economics.inboundLeads;
    leadsPerDay = Math.max(0.0, perMonth) / calendar.daysPerMonth();
    scheduleNextArrival();
  }

  private void scheduleNextArrival() {
    if (leadsPerDay > 0.0) {
      // Exponential gaps are memoryless, so redrawing at each month start keeps the process an
      // exact piecewise-constant Poisson process.
      sim.schedule(arrivals.exponential(1.0 / leadsPerDay), LEAD_ARRIVAL, 0);
    }
  }

  /** The outbound deal worth and effort a rep expects per opportunity this month. */
  private void updateProspectEconomics() {
    double worth = 0.0;
    double effort = 0.0;
    double prior = 0.0;
    double lagDays = p.outbound().cadenceLagDays() + p.outbound().meetingLeadDays();
    for (int s = 0; s < outboundWeights.length; s++) {
      double w = outboundWeights[s];
      double months = (lagDays + economics.daysFrom[1][s][0]) / calendar.daysPerMonth();
      worth +=
          w
              * economics.winFrom[1][s][0]
              * economics.dealValue[s]
              * ActivityChoice.discount(p.behaviour().presentBiasPerMonth(), months);
      effort += w * economics.effortFrom[1][s][0];
      prior += w * p.segments().get(s).latentNeedShare();
    }
    prospectDealWorth = worth;
    prospectDealEffort = effort;
    var o = p.outbound();
    priorMeetingsPerHour =
        o.dialsPerHour() * o.connectRate() * o.conversationRate() * prior * o.meetingRateGivenNeed();
  }

  /** Observations fade, so a rep's beliefs follow a changing market. */
  private void forget() {
    double keep = StrictMath.exp(-1.0 / p.behaviour().memoryMonths());
    for (int seat = 0; seat < team.seats; seat++) {
      team.observedMeetings[seat] *= keep;
      team.observedProspectHours[seat] *= keep;
      team.observedQualified[seat] *= keep;
      team.observedTrials[seat] *= keep;
    }
  }

  private void recordLevels(int m) {
    int active = 0;
    int prospectors = 0;
    for (int seat = 0; seat < team.seats; seat++) {
      if (team.active[seat]) {
        active++;
        if (team.mayProspect(seat, mixedBanned)) {
          prospectors++;
        }
      }
    }
    metrics.set(m, MonthlyMetric.ACTIVE_REPS, active);
    metrics.set(m, MonthlyMetric.OUTBOUND_REPS, prospectors);
    metrics.set(m, MonthlyMetric.PIPELINE_OPEN, deals.openCount());
    metrics.set(m, MonthlyMetric.ACCOUNTS_READY, accounts.readyTotal());
  }

  // ---------------------------------------------------------------------------------------------
  // The team: hiring, attrition, backfill.

  private void setUpTeam() {
    double tenure = p.team().initialTenureMonths() * calendar.daysPerMonth();
    for (int seat = 0; seat < team.seats; seat++) {
      team.role[seat] = Role.MIXED;
      hire(seat, 0.0, -tenure);
      team.fullPeriod[seat] = true;
    }
    if (p.management().structure() == TeamStructure.SPLIT) {
      int inbound = p.management().inboundReps();
      if (inbound == 0) {
        inbound = inboundTeamFor(expectedInboundLoad());
      }
      splitTeam(inbound);
      splitMonth = 0;
    } else {
      splitMonth = months;
    }
  }

  /** Inbound reps management staffs for a load, at its target utilisation. */
  private int inboundTeamFor(double loadFte) {
    double utilization = p.management().splitWhenReady().targetUtilization();
    return (int) Math.min(team.seats, Math.ceil(loadFte / utilization));
  }

  /** Inbound load in FTE implied by the parameters: for sizing a split that names no count. */
  private double expectedInboundLoad() {
    var in = p.inbound();
    double effort = 0.0;
    double[] weights = new double[p.segments().size()];
    double total = 0.0;
    for (int s = 0; s < weights.length; s++) {
      weights[s] = p.segments().get(s).inboundShare();
      total += weights[s];
    }
    for (int s = 0; s < weights.length; s++) {
      effort += weights[s] / total * economics.effortFrom[0][s][0];
    }
    double hoursPerLead = in.responseHours() + in.qualityMean() * effort;
    return in.leadsPerMonth() * hoursPerLead / monthHours;
  }

  private void hire(int seat, double now, double hireTime) {
    team.active[seat] = true;
    team.hireNumber[seat]++;
    team.hireTime[seat] = hireTime;
    team.outboundSince[seat] = hireTime;
    streams.reset(keyed, StreamPurpose.REP, seat, team.hireNumber[seat]);
    double sd = p.team().skillSd();
    team.inboundSkill[seat] = sd > 0 ? keyed.lognormal(0.0, sd) : 1.0;
    team.outboundSkill[seat] = sd > 0 ? keyed.lognormal(0.0, sd) : 1.0;
    team.observedMeetings[seat] = 0.0;
    team.observedProspectHours[seat] = 0.0;
    team.observedQualified[seat] = 0.0;
    team.observedTrials[seat] = 0.0;
    team.periodBooked[seat] = 0.0;
    team.periodEarned[seat] = 0.0;
    team.fullPeriod[seat] = false;
    team.meetingCount[seat] = 0;
    team.week[seat] = -1;
    team.setActivity(seat, LegacyTeam.IDLE);
    team.activityStart[seat] = now;
    team.busyUntil[seat] = now;
    team.capacityStart[seat] = now;
  }

  private void attrition(int m) {
    for (int seat = 0; seat < team.seats; seat++) {
      if (!team.active[seat]) {
        continue;
      }
      double monthly = monthlyAttrition[team.role[seat].ordinal()];
      streams.reset(keyed, StreamPurpose.ATTRITION, seat, m);
      if (keyed.nextDouble() < monthly) {
        leave(seat, m);
      }
    }
  }

  private void leave(int seat, int m) {
    double now = sim.now();
    closeActivity(seat, now);
    sim.cancel(REP_FREE, seat);
    if (team.activity[seat] == LegacyTeam.RESPOND) {
      responsesDropped++;
    }
    closeCapacity(seat, now);
    // Booked meetings are lost with the rep; the accounts cool down and can be called again.
    for (int i = 0; i < team.meetingCount[seat]; i++) {
      int meeting = team.meetingId[seat][i];
      sim.cancel(MEETING_START, meeting);
      accounts.disengageCoolDown(meetingSegment[meeting], m);
      freeMeeting(meeting);
    }
    team.meetingCount[seat] = 0;
    team.active[seat] = false;
    team.setActivity(seat, LegacyTeam.VACANT);
    team.backfillMonth[seat] = m + p.team().hiringDelayMonths();
    // Open deals go to the colleague of a fitting role with the fewest deals.
    while (deals.ownedCount(seat) > 0) {
      int slot = deals.owned(seat, deals.ownedCount(seat) - 1);
      int heir = heirFor(deals.source(slot));
      if (heir < 0) {
        loseDeal(slot, MonthlyMetric.DEALS_LOST_NEGLECT);
      } else {
        deals.reassign(slot, heir);
      }
    }
    metrics.add(m, MonthlyMetric.DEPARTURES, 1);
  }

  private int heirFor(Source source) {
    int best = -1;
    int fallback = -1;
    for (int seat = 0; seat < team.seats; seat++) {
      if (!team.active[seat]) {
        continue;
      }
      boolean fits =
          source == Source.INBOUND ? team.role[seat].handlesInbound() : team.role[seat].mayProspect();
      if (fits && (best < 0 || deals.ownedCount(seat) < deals.ownedCount(best))) {
        best = seat;
      }
      if (fallback < 0 || deals.ownedCount(seat) < deals.ownedCount(fallback)) {
        fallback = seat;
      }
    }
    return best >= 0 ? best : fallback;
  }

  private void backfill(int m) {
    for (int seat = 0; seat < team.seats; seat++) {
      if (!team.active[seat] && team.activity[seat] == LegacyTeam.VACANT && team.backfillMonth[seat] == m) {
        double now = sim.now();
        hire(seat, now, now);
        metrics.add(m, MonthlyMetric.HIRES, 1);
        metrics.add(m, MonthlyMetric.HIRING_COST, p.team().hiringCost());
        sim.schedule(0.0, REP_FREE, seat);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Management: split, reviews, mandates.

  private void splitWhenReady(int m) {
    if (p.management().structure() != TeamStructure.SPLIT_WHEN_READY || split) {
      return;
    }
    double load = inboundLoad(m - 1);
    loadStreak = load >= p.management().splitWhenReady().fteThreshold() ? loadStreak + 1 : 0;
    if (loadStreak >= p.management().splitWhenReady().months()) {
      int inbound = p.management().inboundReps();
      if (inbound == 0) {
        inbound = inboundTeamFor(load);
      }
      splitTeam(inbound);
      splitMonth = m;
    }
  }

  private double inboundLoad(int m) {
    double hours =
        metrics.get(m, MonthlyMetric.HOURS_INBOUND)
            + metrics.get(m, MonthlyMetric.HOURS_DEALS_INBOUND)
            + metrics.get(m, MonthlyMetric.INBOUND_LEADS_LOST) * p.inbound().responseHours();
    return hours / monthHours;
  }

  /** Splits the team: the reps best suited to inbound (skill ratio) take it, the rest go out. */
  private void splitTeam(int inboundCount) {
    int seats = team.seats;
    int inbound = Math.max(0, Math.min(seats, inboundCount));
    Integer[] order = new Integer[seats];
    for (int i = 0; i < seats; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          double ra = team.inboundSkill[a] / team.outboundSkill[a];
          double rb = team.inboundSkill[b] / team.outboundSkill[b];
          return ra != rb ? Double.compare(rb, ra) : Integer.compare(a, b);
        });
    double now = sim.now();
    for (int i = 0; i < seats; i++) {
      int seat = order[i];
      if (i < inbound) {
        team.role[seat] = Role.INBOUND;
      } else {
        team.role[seat] = Role.OUTBOUND;
        team.outboundSince[seat] = now;
      }
    }
    split = true;
  }

  private void review(int m) {
    var review = p.management().review();
    if (review.kpi() == Kpi.NONE || outboundCut) {
      return;
    }
    int from = Math.max(0, m - review.windowMonths());
    double inboundFte =
        (metrics.total(MonthlyMetric.HOURS_INBOUND, from, m)
                + metrics.total(MonthlyMetric.HOURS_DEALS_INBOUND, from, m))
            / monthHours;
    double benchmark =
        inboundFte > 0.05
            ? metrics.total(MonthlyMetric.BOOKINGS_INBOUND, from, m) / inboundFte
            : Double.NaN;
    double now = sim.now();
    double dpm = calendar.daysPerMonth();

    // Dedicated outbound reps, one by one, once their patience has run out.
    for (int seat = 0; seat < team.seats; seat++) {
      if (!team.active[seat] || team.role[seat] != Role.OUTBOUND) {
        continue;
      }
      if ((now - team.outboundSince[seat]) / dpm < review.patienceMonths()) {
        continue;
      }
      int start = Math.max(from, monthOf(Math.max(0.0, team.outboundSince[seat])));
      double fte = 0.0;
      double booked = 0.0;
      double held = 0.0;
      for (int k = start; k < m; k++) {
        fte += team.outboundHours[seat][k] / monthHours;
        booked += team.outboundBookings[seat][k];
        held += team.meetingsHeld[seat][k];
      }
      if (fte < 0.25) {
        continue; // too little outbound work to judge
      }
      boolean pass =
          review.kpi() == Kpi.RESULTS
              ? Double.isNaN(benchmark) || booked / fte >= review.resultsShareOfInbound() * benchmark
              : held / fte >= review.meetingsPerMonth() * ramp(seat, p.team().rampMonths().outbound());
      if (!pass) {
        metrics.add(m, MonthlyMetric.REVIEWS_FAILED, 1);
        react(seat);
        if (outboundCut) {
          return;
        }
      }
    }

    // A mixed team's prospecting is judged as a whole: nobody owns it.
    if (!mixedBanned && hasActive(Role.MIXED) && now / dpm >= review.patienceMonths()) {
      double fte =
          (metrics.total(MonthlyMetric.HOURS_PROSPECTING, from, m)
                  + metrics.total(MonthlyMetric.HOURS_MEETINGS, from, m)
                  + metrics.total(MonthlyMetric.HOURS_DEALS_OUTBOUND, from, m))
              / monthHours;
      if (fte >= 0.25) {
        boolean pass =
            review.kpi() == Kpi.RESULTS
                ? Double.isNaN(benchmark)
                    || metrics.total(MonthlyMetric.BOOKINGS_OUTBOUND, from, m) / fte
                        >= review.resultsShareOfInbound() * benchmark
                : metrics.total(MonthlyMetric.MEETINGS_OUTBOUND, from, m) / fte
                    >= review.meetingsPerMonth();
        if (!pass) {
          metrics.add(m, MonthlyMetric.REVIEWS_FAILED, 1);
          if (review.reaction() != Reaction.NONE) {
            mixedBanned = true;
            checkOutboundCut();
          }
        }
      }
    }
  }

  /** Management's reflex to a failed review: push more inbound. */
  private void react(int seat) {
    switch (p.management().review().reaction()) {
      case MOVE_TO_INBOUND:
        team.role[seat] = Role.INBOUND;
        break;
      case CUT_OUTBOUND:
        for (int s = 0; s < team.seats; s++) {
          if (team.role[s] == Role.OUTBOUND) {
            team.role[s] = Role.INBOUND;
          }
        }
        mixedBanned = true;
        break;
      default:
        return;
    }
    checkOutboundCut();
  }

  private void checkOutboundCut() {
    for (int seat = 0; seat < team.seats; seat++) {
      Role role = team.role[seat];
      if (role == Role.OUTBOUND || (role == Role.MIXED && !mixedBanned)) {
        return;
      }
    }
    outboundCut = true;
  }

  private boolean hasActive(Role role) {
    for (int seat = 0; seat < team.seats; seat++) {
      if (team.active[seat] && team.role[seat] == role) {
        return true;
      }
    }
    return false;
  }

  private void drawCompliance(int m) {
    var mandate = p.management().mandate();
    for (int seat = 0; seat < team.seats; seat++) {
      if (mandate.prospectingHoursPerWeek() <= 0.0) {
        team.compliant[seat] = false;
        continue;
      }
      streams.reset(keyed, StreamPurpose.MANAGEMENT, seat, m);
      team.compliant[seat] = keyed.nextDouble() < mandate.compliance();
    }
  }

  private void closeQuotaPeriod() {
    double quota = p.comp().quota().bookingsPerPeriod();
    double rampedAfter =
        Math.max(p.team().rampMonths().inbound(), p.team().rampMonths().outbound())
            * calendar.daysPerMonth();
    double now = sim.now();
    for (int seat = 0; seat < team.seats; seat++) {
      if (team.active[seat] && team.fullPeriod[seat] && now - team.hireTime[seat] >= rampedAfter) {
        quotaPeriods++;
        if (team.periodBooked[seat] >= quota) {
          quotaAttained++;
        }
      }
      team.periodBooked[seat] = 0.0;
      team.periodEarned[seat] = 0.0;
      team.fullPeriod[seat] = team.active[seat];
    }
  }

  private void budgetFreeze(int m) {
    double chance = economics.budgetFreeze;
    if (chance <= 0.0) {
      return;
    }
    int late = p.pipeline().lateStages();
    for (int slot = 0; slot < deals.highWater(); slot++) {
      if (!deals.isOpen(slot)) {
        continue;
      }
      int src = LegacyEconomics.index(deals.source(slot));
      if (deals.stage(slot) < inboundStages[src] - late) {
        continue;
      }
      streams.reset(keyed, StreamPurpose.FREEZE, deals.serial(slot) * 2 + src, m);
      if (keyed.nextDouble() < chance) {
        loseDeal(slot, MonthlyMetric.DEALS_LOST_FREEZE);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inbound leads.

  private void onLeadArrival() {
    double now = sim.now();
    int serial = leads.arrived(); // the serial the lead is about to get
    streams.reset(keyed, StreamPurpose.LEAD, serial, 0);
    int segment = inboundSegments.sample(keyed);
    double mean = p.inbound().qualityMean();
    double quality;
    if (mean <= 0.0 || mean >= 1.0) {
      quality = mean;
    } else {
      double c = p.inbound().qualityConcentration();
      quality = keyed.beta(mean * c, (1.0 - mean) * c);
    }
    leads.arrive(now, segment, quality);
    metrics.add(month, MonthlyMetric.INBOUND_LEADS, 1);
    metrics.add(month, MonthlyMetric.MARKETING_COST, p.inbound().costPerLead());
    scheduleNextArrival();
    wakeIdleReps();
  }

  /**
   * Offers the new lead to idle reps, starting at a rotating seat so no seat is favoured: seats
   * start, start + 1, …, then 0, …, start − 1, visiting only idle ones (a decision changes only
   * its own seat, so walking the idle set visits exactly the seats a full scan would).
   */
  private void wakeIdleReps() {
    int seats = team.seats;
    int start = wakeCursor;
    wakeCursor = (wakeCursor + 1) % seats;
    BitSet idle = team.idle;
    for (int seat = idle.nextSetBit(start); seat >= 0 && leads.hasWaiting(); ) {
      offerLead(seat);
      seat = idle.nextSetBit(seat + 1);
    }
    for (int seat = idle.nextSetBit(0); seat >= 0 && seat < start && leads.hasWaiting(); ) {
      offerLead(seat);
      seat = idle.nextSetBit(seat + 1);
    }
  }

  private void offerLead(int seat) {
    if (team.active[seat] && team.role[seat].handlesInbound()) {
      sim.cancel(REP_FREE, seat);
      decide(seat);
    }
  }

  /** Leads unanswered for the expiry time are lost, booked in the month they expired. */
  private void expireLeads() {
    leads.expireArrivedBefore(sim.now() - p.inbound().expiryDays(), leadExpired);
  }

  private void onLeadExpired(int serial, double arrival) {
    metrics.add(monthOf(arrival + p.inbound().expiryDays()), MonthlyMetric.INBOUND_LEADS_LOST, 1);
  }

  // ---------------------------------------------------------------------------------------------
  // The rep's day: finish what was done, choose what is next.

  private void onRepFree(int seat) {
    if (!team.active[seat]) {
      return;
    }
    completeActivity(seat);
    decide(seat);
  }

  /** Books the outcome of the activity that just ended. */
  private void completeActivity(int seat) {
    switch (team.activity[seat]) {
      case LegacyTeam.RESPOND:
        completeResponse(seat);
        break;
      case LegacyTeam.PROSPECT:
        completeProspecting(seat);
        break;
      default:
        break;
    }
    // The outcome is booked once: its hours close now, and what follows is idle until a new
    // activity begins.
    closeActivity(seat, sim.now());
    team.setActivity(seat, LegacyTeam.IDLE);
  }

  /** The heart of the model: the rep picks an activity by perceived value per hour. */
  private void decide(int seat) {
    double now = sim.now();
    double windowHours = (team.nextMeeting(seat) - now) * dayHours;
    if (windowHours < EPSILON) {
      begin(seat, LegacyTeam.WAITING, 0.0, false);
      return;
    }
    if (windowHours < MIN_BLOCK_HOURS) {
      begin(seat, LegacyTeam.IDLE, windowHours, true);
      return;
    }
    optionOpen[WORK_DEAL] = false;
    optionOpen[ANSWER_LEAD] = false;
    optionOpen[PROSPECT] = false;

    int deal = bestDeal(seat);
    if (deal >= 0) {
      optionOpen[WORK_DEAL] = true;
      optionValue[WORK_DEAL] = dealValue;
    }
    int lead = -1;
    if (team.role[seat].handlesInbound() && windowHours >= p.inbound().responseHours()) {
      expireLeads();
      lead = leads.peek();
      if (lead >= 0) {
        optionOpen[ANSWER_LEAD] = true;
        optionValue[ANSWER_LEAD] = leadValue(seat, lead);
      }
    }
    boolean mayProspect = team.mayProspect(seat, mixedBanned) && accounts.readyTotal() > 0;
    if (mayProspect) {
      optionOpen[PROSPECT] = true;
      optionValue[PROSPECT] = prospectValue(seat);
    }
    optionOpen[WAIT] = true;
    optionValue[WAIT] = 0.0;

    int choice;
    if (mayProspect && behindMandate(seat, now)) {
      choice = PROSPECT; // a mandate, not a preference
    } else {
      choice =
          ActivityChoice.choose(
              optionValue, optionOpen, OPTIONS, p.behaviour().temperature(), choiceStream[seat]);
    }
    switch (choice) {
      case WORK_DEAL:
        startDealWork(seat, deal, windowHours);
        break;
      case ANSWER_LEAD:
        startResponse(seat, lead);
        break;
      case PROSPECT:
        double block = Math.min(p.outbound().blockHours(), windowHours);
        team.pendingHours[seat] = block;
        team.weekProspectHours[seat] += block;
        begin(seat, LegacyTeam.PROSPECT, block, true);
        break;
      default:
        begin(seat, LegacyTeam.IDLE, Math.min(p.behaviour().idleCheckHours(), windowHours), true);
        break;
    }
  }

  /** Starts an activity, closing the hours of the one before. */
  private void begin(int seat, int activity, double hours, boolean scheduleEnd) {
    double now = sim.now();
    closeActivity(seat, now);
    team.setActivity(seat, activity);
    team.activityStart[seat] = now;
    team.busyUntil[seat] = now + hours * hour;
    // Exactly one pending wake-up per seat: whatever was scheduled before is void now.
    sim.cancel(REP_FREE, seat);
    if (scheduleEnd) {
      sim.schedule(hours * hour, REP_FREE, seat);
    }
  }

  private boolean behindMandate(int seat, double now) {
    if (!team.compliant[seat]) {
      return false;
    }
    int week = (int) Math.floor(now / 5.0);
    if (team.week[seat] != week) {
      team.week[seat] = week;
      team.weekProspectHours[seat] = 0.0;
    }
    double elapsed = (now - week * 5.0) / 5.0;
    double target = p.management().mandate().prospectingHoursPerWeek();
    return team.weekProspectHours[seat] < target * Math.max(elapsed, 0.02);
  }

  // Perceived values per hour --------------------------------------------------------------------

  /** Set by {@link #bestDeal}: the perceived value per hour of working that deal. */
  private double dealValue;

  /** The owned deal with effort due whose work is worth most per hour, or -1. */
  private int bestDeal(int seat) {
    int best = -1;
    double bestValue = 0.0;
    double dpm = calendar.daysPerMonth();
    double bias = p.behaviour().presentBiasPerMonth();
    for (int i = 0, n = deals.dueCount(seat); i < n; i++) {
      int slot = deals.due(seat, i);
      Source source = deals.source(slot);
      int src = LegacyEconomics.index(source);
      int s = deals.segment(slot);
      int k = deals.stage(slot);
      double rate = marginalRate(seat, source);
      double value =
          deals.winFactor(slot)
              * economics.winFrom[src][s][k]
              * deals.value(slot)
              * rate
              * ActivityChoice.discount(bias, economics.daysFrom[src][s][k] / dpm)
              / Math.max(economics.effortFrom[src][s][k], MIN_BLOCK_HOURS);
      if (best < 0 || value > bestValue) {
        best = slot;
        bestValue = value;
      }
    }
    dealValue = bestValue;
    return best;
  }

  private double leadValue(int seat, int lead) {
    int s = leads.segment(lead);
    double delayHours = (sim.now() - leads.arrival(lead)) * dayHours;
    double q = Math.min(1.0, believedQualification(seat) * leadDecay(lead));
    double months = economics.daysFrom[0][s][0] / calendar.daysPerMonth();
    double commission =
        q
            * economics.winFrom[0][s][0]
            * economics.dealValue[s]
            * marginalRate(seat, Source.INBOUND)
            * ActivityChoice.discount(p.behaviour().presentBiasPerMonth(), months);
    double hours = p.inbound().responseHours() + q * economics.effortFrom[0][s][0];
    return commission / hours;
  }

  private double prospectValue(int seat) {
    var o = p.outbound();
    double held = believedMeetingsPerHour(seat) * o.showRate();
    double opportunities = held * o.meetingToOpportunity();
    double lagMonths = (o.cadenceLagDays() + o.meetingLeadDays()) / calendar.daysPerMonth();
    double commission =
        opportunities * prospectDealWorth * marginalRate(seat, Source.OUTBOUND)
            + held
                * p.comp().meetingBonus()
                * ActivityChoice.discount(p.behaviour().presentBiasPerMonth(), lagMonths);
    double hours = 1.0 + held * o.meetingHours() + opportunities * prospectDealEffort;
    double resistance = p.behaviour().resistancePerHour().of(team.role[seat]);
    return (commission - resistance) / hours;
  }

  private double decay(double delayHours) {
    return ResponseDecay.multiplier(decayFloor, decayTauHours, delayHours);
  }

  // The decay of the lead at the head of the queue, kept from valuing it to answering it: the
  // same lead at the same instant, so the same bits, one StrictMath.exp fewer per response
  // (exp was 12 % of a replication's samples in JFR).
  private int decaySerial = -1;
  private double decayTime = Double.NaN;
  private double decayValue;

  private double leadDecay(int lead) {
    double now = sim.now();
    int serial = leads.serial(lead); // slots are reused; serials never are
    if (serial != decaySerial || now != decayTime) {
      decaySerial = serial;
      decayTime = now;
      decayValue = decay((now - leads.arrival(lead)) * dayHours);
    }
    return decayValue;
  }

  private double marginalRate(int seat, Source source) {
    return p.comp().marginalRate(source, team.periodBooked[seat], team.periodEarned[seat]);
  }

  /** What the rep believes a lead answered at once qualifies at. */
  private double believedQualification(int seat) {
    double rational = p.inbound().qualityMean() * inboundProductivity(seat);
    if (!p.behaviour().learning()) {
      return rational;
    }
    double priorLeads = p.behaviour().priorHours() / p.inbound().responseHours();
    return (p.inbound().qualityMean() * priorLeads + team.observedQualified[seat])
        / (priorLeads + team.observedTrials[seat]);
  }

  /** What the rep believes one prospecting hour books, in meetings. */
  private double believedMeetingsPerHour(int seat) {
    if (!p.behaviour().learning()) {
      double need = 0.0;
      for (int s = 0; s < outboundWeights.length; s++) {
        need += outboundWeights[s] * accounts.needShare(s);
      }
      var o = p.outbound();
      return o.dialsPerHour()
          * outboundProductivity(seat)
          * Math.min(1.0, o.connectRate() * economics.connectRate)
          * o.conversationRate()
          * need
          * Math.min(1.0, o.meetingRateGivenNeed() * economics.meetingRate);
    }
    double priorHours = p.behaviour().priorHours();
    return (priorMeetingsPerHour * priorHours + team.observedMeetings[seat])
        / (priorHours + team.observedProspectHours[seat]);
  }

  private double inboundProductivity(int seat) {
    return team.inboundSkill[seat] * ramp(seat, p.team().rampMonths().inbound());
  }

  private double outboundProductivity(int seat) {
    return team.outboundSkill[seat] * ramp(seat, p.team().rampMonths().outbound());
  }

  /** Linear ramp from {@code rampStart} to full productivity over {@code rampMonths}. */
  private double ramp(int seat, double rampMonths) {
    if (rampMonths <= 0.0) {
      return 1.0;
    }
    double tenure = (sim.now() - team.hireTime[seat]) / calendar.daysPerMonth();
    double start = p.team().rampStart();
    return Math.min(1.0, start + (1.0 - start) * tenure / rampMonths);
  }

  // Inbound work ---------------------------------------------------------------------------------

  private void startResponse(int seat, int lead) {
    double now = sim.now();
    double delayHours = (now - leads.arrival(lead)) * dayHours;
    double decay = leadDecay(lead);
    double chance = Math.min(1.0, leads.quality(lead) * decay * inboundProductivity(seat));
    int serial = leads.serial(lead);
    team.pendingLead[seat] = serial;
    team.pendingLeadSegment[seat] = leads.segment(lead);
    leads.answer(lead);
    streams.reset(keyed, StreamPurpose.LEAD, serial, 1);
    boolean qualified = keyed.nextDouble() < chance;
    team.pendingQualified[seat] = qualified;
    // The rep learns in instant-response units: a late answer is a weaker trial.
    team.observedTrials[seat] += decay;
    metrics.add(month, MonthlyMetric.INBOUND_LEADS_RESPONDED, 1);
    metrics.add(month, MonthlyMetric.RESPONSE_HOURS_SUM, delayHours);
    begin(seat, LegacyTeam.RESPOND, p.inbound().responseHours(), true);
  }

  private void completeResponse(int seat) {
    int lead = team.pendingLead[seat];
    responsesCompleted++;
    if (!team.pendingQualified[seat]) {
      return;
    }
    team.observedQualified[seat] += 1.0;
    metrics.add(month, MonthlyMetric.INBOUND_LEADS_QUALIFIED, 1);
    int s = team.pendingLeadSegment[seat];
    streams.reset(keyed, StreamPurpose.INBOUND_DEAL, lead, 0);
    openDeal(Source.INBOUND, s, drawDealValue(s), seat, lead);
  }

  // Outbound work --------------------------------------------------------------------------------

  /** Runs the cold funnel for the block just finished against the account universe. */
  private void completeProspecting(int seat) {
    var o = p.outbound();
    RandomStream r = prospectStream[seat];
    double hours = team.pendingHours[seat];
    int s = outboundSegments.sample(r);
    long dials = r.poisson(o.dialsPerHour() * hours * outboundProductivity(seat));
    // Each account takes a cadence of touches; carry the fraction by stochastic rounding.
    double exact = dials / o.touchesPerAccount();
    long touched = (long) exact + (r.nextDouble() < exact - Math.floor(exact) ? 1 : 0);
    int ready = accounts.ready(s);
    if (touched > ready) {
      // The list ran dry: the rep spends the rest of the block looking for someone to call.
      dials = touched == 0 ? 0 : dials * ready / touched;
      touched = ready;
    }
    long connects = r.binomial(dials, Math.min(1.0, o.connectRate() * economics.connectRate));
    long conversations = Math.min(r.binomial(connects, o.conversationRate()), touched);
    int readyNeed = accounts.readyWithNeed(s);
    long withNeed = Math.min(r.binomial(conversations, accounts.needShare(s)), readyNeed);
    long withoutNeed = Math.min(conversations - withNeed, ready - readyNeed);
    conversations = withNeed + withoutNeed;
    long booked =
        r.binomial(withNeed, Math.min(1.0, o.meetingRateGivenNeed() * economics.meetingRate));
    // Accounts touched without a conversation: split by the need share of what is left.
    long silent = touched - conversations;
    int needLeft = readyNeed - (int) withNeed;
    int readyLeft = ready - (int) conversations;
    long silentNeed =
        readyLeft == 0 ? 0 : Math.min(r.binomial(silent, (double) needLeft / readyLeft), needLeft);
    long silentNoNeed = Math.min(silent - silentNeed, readyLeft - needLeft);

    accounts.take(s, (int) (withNeed + silentNeed), (int) (withoutNeed + silentNoNeed));
    accounts.engage(s, (int) booked);
    // Reached and not ready: rest, and come back with the need redrawn. Never reached: cool
    // down with the need unchanged. (Cooling down reached accounts would enrich the ready pool
    // with needs and inflate yields over time.)
    accounts.coolDown(s, (int) silentNeed, (int) silentNoNeed, month);
    accounts.rest(s, (int) (withNeed - booked + withoutNeed), month);

    team.observedProspectHours[seat] += hours;
    metrics.add(month, MonthlyMetric.MEETINGS_BOOKED, booked);
    metrics.add(month, MonthlyMetric.DIALS, dials);
    metrics.add(month, MonthlyMetric.CONNECTS, connects);
    metrics.add(month, MonthlyMetric.CONVERSATIONS, conversations);
    RandomStream m = meetingStream[seat];
    for (long i = 0; i < booked; i++) {
      int meeting = allocateMeeting(seat, s);
      sim.schedule(m.exponential(Math.max(o.cadenceLagDays(), EPSILON)), MEETING_BOOKED, meeting);
    }
  }

  private void onMeetingBooked(int meeting) {
    int seat = meetingSeat[meeting];
    int s = meetingSegment[meeting];
    if (!team.active[seat] || team.hireNumber[seat] != meetingHire[meeting] || team.calendarFull(seat)) {
      accounts.disengageCoolDown(s, month);
      freeMeeting(meeting);
      return;
    }
    double earliest =
        Math.max(sim.now() + p.outbound().meetingLeadDays(), team.busyUntil[seat]);
    double slot = findSlot(seat, earliest);
    team.book(seat, slot, meeting);
    sim.scheduleAt(slot, MEETING_START, meeting);
    // The rep sees the meeting land in the calendar only now, a cadence after the calls.
    team.observedMeetings[seat] += 1.0;
  }

  /** The first hour-aligned slot at or after {@code earliest} on a day with room. */
  private double findSlot(int seat, double earliest) {
    var o = p.outbound();
    double length = o.meetingHours() * hour;
    int slotsPerDay = Math.max(1, (int) Math.floor(dayHours - o.meetingHours()) + 1);
    for (long day = (long) Math.floor(earliest); ; day++) {
      if (team.meetingsOnDay(seat, day) >= o.maxMeetingsPerDay()) {
        continue;
      }
      for (int h = 0; h < slotsPerDay; h++) {
        double t = day + h * hour;
        if (t + EPSILON >= earliest && !team.overlaps(seat, t, length)) {
          return t;
        }
      }
    }
  }

  private void onMeetingStart(int meeting) {
    int seat = meetingSeat[meeting];
    double now = sim.now();
    int activity = team.activity[seat];
    if (activity != LegacyTeam.IDLE && activity != LegacyTeam.WAITING && team.busyUntil[seat] > now + EPSILON) {
      // Booked inside work already under way (only with a zero lead time): start when it ends.
      team.unbook(seat, meeting);
      team.book(seat, team.busyUntil[seat], meeting);
      sim.scheduleAt(team.busyUntil[seat], MEETING_START, meeting);
      return;
    }
    if (activity != LegacyTeam.IDLE && activity != LegacyTeam.WAITING) {
      // The work before the meeting ends right now; its wake-up has not fired yet.
      completeActivity(seat);
    }
    team.unbook(seat, meeting);
    int s = meetingSegment[meeting];
    RandomStream r = meetingStream[seat];
    var o = p.outbound();
    freeMeeting(meeting);
    if (!r.bernoulli(o.showRate())) {
      metrics.add(month, MonthlyMetric.MEETINGS_NO_SHOW, 1);
      accounts.disengageCoolDown(s, month);
      decide(seat);
      return;
    }
    metrics.add(month, MonthlyMetric.MEETINGS_OUTBOUND, 1);
    metrics.add(month, MonthlyMetric.MEETING_BONUS, p.comp().meetingBonus());
    team.meetingsHeld[seat][month]++;
    if (Double.isNaN(firstOutboundMeeting)) {
      firstOutboundMeeting = now;
    }
    if (r.bernoulli(o.meetingToOpportunity())) {
      int serial = outboundDealSerial++;
      streams.reset(keyed, StreamPurpose.OUTBOUND_DEAL, serial, 0);
      openDeal(Source.OUTBOUND, s, drawDealValue(s), seat, serial);
    } else {
      // Met and declined: the account rests like any other "no".
      accounts.disengageRest(s, month);
    }
    begin(seat, LegacyTeam.MEETING, o.meetingHours(), true);
  }

  private int allocateMeeting(int seat, int segment) {
    int id;
    if (meetingFreeCount > 0) {
      id = meetingFree[--meetingFreeCount];
    } else {
      if (meetingHighWater == meetingSeat.length) {
        int size = meetingSeat.length * 2;
        meetingSeat = Arrays.copyOf(meetingSeat, size);
        meetingHire = Arrays.copyOf(meetingHire, size);
        meetingSegment = Arrays.copyOf(meetingSegment, size);
        meetingFree = Arrays.copyOf(meetingFree, size);
        meetingLive = Arrays.copyOf(meetingLive, size);
      }
      id = meetingHighWater++;
    }
    meetingSeat[id] = seat;
    meetingHire[id] = team.hireNumber[seat];
    meetingSegment[id] = segment;
    meetingLive[id] = true;
    return id;
  }

  private void freeMeeting(int id) {
    meetingLive[id] = false;
    meetingFree[meetingFreeCount++] = id;
  }

  // Deals ----------------------------------------------------------------------------------------

  /** A deal value from the keyed stream already positioned for this deal. */
  private double drawDealValue(int s) {
    double mean = economics.dealValue[s];
    double cv = p.segments().get(s).dealValueCv();
    if (cv <= 0.0 || mean <= 0.0) {
      return mean;
    }
    double sigma2 = StrictMath.log(1.0 + cv * cv);
    return keyed.lognormal(StrictMath.log(mean) - sigma2 / 2.0, StrictMath.sqrt(sigma2));
  }

  private void openDeal(Source source, int segment, double value, int seat, int serial) {
    int slot = deals.open(source, segment, value, seat, serial, sim.now());
    dealsOpened++;
    metrics.add(
        month,
        source == Source.INBOUND
            ? MonthlyMetric.OPPORTUNITIES_INBOUND
            : MonthlyMetric.OPPORTUNITIES_OUTBOUND,
        1);
    startStage(slot, 0);
  }

  private void startStage(int slot, int k) {
    Source source = deals.source(slot);
    int src = LegacyEconomics.index(source);
    Stage stage = p.pipeline().path(source).get(k);
    streams.reset(keyed, purpose(source), deals.serial(slot), 1 + 2 * k);
    double mean = economics.stageDays[src][deals.segment(slot)][k];
    double cv = stage.cv();
    double days = mean <= 0.0 ? 0.0 : cv <= 0.0 ? mean : keyed.gamma(1.0 / (cv * cv), mean * cv * cv);
    deals.setStage(slot, k);
    deals.setEffortOwed(slot, deals.effortOwed(slot) + stage.effortHours());
    deals.setStageEnd(slot, sim.now() + days);
    sim.schedule(days, STAGE_END, slot);
  }

  private static StreamPurpose purpose(Source source) {
    return source == Source.INBOUND ? StreamPurpose.INBOUND_DEAL : StreamPurpose.OUTBOUND_DEAL;
  }

  private void onStageEnd(int slot) {
    var pipeline = p.pipeline();
    if (deals.effortOwed(slot) > EPSILON) {
      // Neglected: the stage slips and the deal cools.
      int stalls = deals.stalls(slot) + 1;
      deals.setStalls(slot, stalls);
      deals.setWinFactor(slot, deals.winFactor(slot) * (1.0 - pipeline.neglectPenalty()));
      if (stalls > pipeline.maxStalls()) {
        loseDeal(slot, MonthlyMetric.DEALS_LOST_NEGLECT);
      } else {
        deals.setStageEnd(slot, sim.now() + pipeline.stallDays());
        sim.schedule(pipeline.stallDays(), STAGE_END, slot);
      }
      return;
    }
    Source source = deals.source(slot);
    int src = LegacyEconomics.index(source);
    int k = deals.stage(slot);
    boolean last = k + 1 == inboundStages[src];
    double survive = economics.survival[src][deals.segment(slot)][k];
    if (last) {
      survive *= deals.winFactor(slot);
    }
    streams.reset(keyed, purpose(source), deals.serial(slot), 2 + 2 * k);
    if (keyed.nextDouble() >= survive) {
      loseDeal(slot, null);
    } else if (last) {
      winDeal(slot);
    } else {
      startStage(slot, k + 1);
    }
  }

  private void winDeal(int slot) {
    Source source = deals.source(slot);
    int seat = deals.owner(slot);
    double value = deals.value(slot);
    double commission =
        p.comp().commissionOn(source, value, team.periodBooked[seat], team.periodEarned[seat]);
    team.periodBooked[seat] += value;
    team.periodEarned[seat] += commission;
    int src = LegacyEconomics.index(source);
    if (Double.isNaN(firstWin[src])) {
      firstWin[src] = sim.now();
    }
    metrics.add(month, MonthlyMetric.BOOKINGS_TOTAL, value);
    if (source == Source.INBOUND) {
      metrics.add(month, MonthlyMetric.BOOKINGS_INBOUND, value);
      metrics.add(month, MonthlyMetric.COMMISSION_INBOUND, commission);
      metrics.add(month, MonthlyMetric.DEALS_WON_INBOUND, 1);
    } else {
      metrics.add(month, MonthlyMetric.BOOKINGS_OUTBOUND, value);
      metrics.add(month, MonthlyMetric.COMMISSION_OUTBOUND, commission);
      metrics.add(month, MonthlyMetric.DEALS_WON_OUTBOUND, 1);
      team.outboundBookings[seat][month] += value;
      accounts.win(deals.segment(slot));
    }
    if (dealListener != null) {
      dealListener.closed(source, deals.segment(slot), value, commission, true, deals.openedAt(slot));
    }
    closeDeal(slot);
  }

  private void loseDeal(int slot, MonthlyMetric reason) {
    Source source = deals.source(slot);
    metrics.add(
        month,
        source == Source.INBOUND ? MonthlyMetric.DEALS_LOST_INBOUND : MonthlyMetric.DEALS_LOST_OUTBOUND,
        1);
    if (reason != null) {
      metrics.add(month, reason, 1);
    }
    if (source == Source.OUTBOUND) {
      accounts.disengageRest(deals.segment(slot), month);
    }
    if (dealListener != null) {
      dealListener.closed(
          source, deals.segment(slot), deals.value(slot), 0.0, false, deals.openedAt(slot));
    }
    closeDeal(slot);
  }

  private void closeDeal(int slot) {
    sim.cancel(STAGE_END, slot);
    deals.close(slot);
    dealsClosed++;
  }

  private void startDealWork(int seat, int slot, double windowHours) {
    double owed = deals.effortOwed(slot);
    double hours = Math.min(owed, Math.min(p.outbound().blockHours(), windowHours));
    deals.setEffortOwed(slot, owed - hours <= EPSILON ? 0.0 : owed - hours);
    team.pendingDeal[seat] = slot;
    team.pendingDealInbound[seat] = deals.source(slot) == Source.INBOUND;
    begin(seat, LegacyTeam.DEAL, hours, true);
  }

  // Hours ----------------------------------------------------------------------------------------

  private int monthOf(double time) {
    int m = (int) Math.floor(time / calendar.daysPerMonth());
    return Math.max(0, Math.min(months - 1, m));
  }

  /** Books the hours of the seat's current activity up to {@code now}, month by month. */
  private void closeActivity(int seat, double now) {
    int activity = team.activity[seat];
    if (activity == LegacyTeam.VACANT) {
      return;
    }
    MonthlyMetric metric;
    boolean outbound;
    switch (activity) {
      case LegacyTeam.RESPOND:
        metric = MonthlyMetric.HOURS_INBOUND;
        outbound = false;
        break;
      case LegacyTeam.PROSPECT:
        metric = MonthlyMetric.HOURS_PROSPECTING;
        outbound = true;
        break;
      case LegacyTeam.DEAL:
        boolean inbound = team.pendingDealInbound[seat];
        metric = inbound ? MonthlyMetric.HOURS_DEALS_INBOUND : MonthlyMetric.HOURS_DEALS_OUTBOUND;
        outbound = !inbound;
        break;
      case LegacyTeam.MEETING:
        metric = MonthlyMetric.HOURS_MEETINGS;
        outbound = true;
        break;
      default:
        metric = MonthlyMetric.HOURS_IDLE;
        outbound = false;
        break;
    }
    double from = team.activityStart[seat];
    while (from < now) {
      int m = monthOf(from);
      double to = m + 1 < months ? Math.min(now, calendar.monthStart(m + 1)) : now;
      double hours = (to - from) * dayHours;
      metrics.add(m, metric, hours);
      if (outbound) {
        team.outboundHours[seat][m] += hours;
      }
      from = to;
    }
    team.activityStart[seat] = now;
  }

  /** Books the seat's paid selling hours since it was last counted, month by month. */
  private void closeCapacity(int seat, double now) {
    double from = team.capacityStart[seat];
    capacityHours += (now - from) * dayHours;
    while (from < now) {
      int m = monthOf(from);
      double to = m + 1 < months ? Math.min(now, calendar.monthStart(m + 1)) : now;
      metrics.add(m, MonthlyMetric.HOURS_AVAILABLE, (to - from) * dayHours);
      from = to;
    }
    team.capacityStart[seat] = now;
  }

  // The end --------------------------------------------------------------------------------------

  private ReplicationResult finish() {
    double horizon = calendar.horizonDays();
    expireLeads();
    int prospectors = 0;
    for (int seat = 0; seat < team.seats; seat++) {
      if (team.active[seat]) {
        closeActivity(seat, horizon);
        closeCapacity(seat, horizon);
        if (team.mayProspect(seat, mixedBanned)) {
          prospectors++;
        }
      }
    }
    recordLevels(months - 1);
    deriveMonthly();
    checkInvariants();
    return new ReplicationResult(replication, scalars(prospectors, horizon), metrics.table, months);
  }

  private void deriveMonthly() {
    double basePerHour = p.comp().baseMonthly() / monthHours;
    double margin = p.finance().grossMargin();
    for (int m = 0; m < months; m++) {
      double available = metrics.get(m, MonthlyMetric.HOURS_AVAILABLE);
      double base = available * basePerHour;
      metrics.set(m, MonthlyMetric.BASE_PAY, base);
      double commission =
          metrics.get(m, MonthlyMetric.COMMISSION_INBOUND)
              + metrics.get(m, MonthlyMetric.COMMISSION_OUTBOUND);
      metrics.set(m, MonthlyMetric.COMMISSION_TOTAL, commission);
      double cost =
          base
              + commission
              + metrics.get(m, MonthlyMetric.MEETING_BONUS)
              + metrics.get(m, MonthlyMetric.MARKETING_COST)
              + metrics.get(m, MonthlyMetric.HIRING_COST);
      metrics.set(m, MonthlyMetric.COST_OF_SALES, cost);
      metrics.set(
          m, MonthlyMetric.CONTRIBUTION, metrics.get(m, MonthlyMetric.BOOKINGS_TOTAL) * margin - cost);
      metrics.set(
          m,
          MonthlyMetric.OUTBOUND_HOURS_SHARE,
          ratio(metrics.get(m, MonthlyMetric.HOURS_PROSPECTING), available));
      metrics.set(
          m, MonthlyMetric.IDLE_HOURS_SHARE, ratio(metrics.get(m, MonthlyMetric.HOURS_IDLE), available));
      metrics.set(
          m,
          MonthlyMetric.MEAN_RESPONSE_HOURS,
          ratio(
              metrics.get(m, MonthlyMetric.RESPONSE_HOURS_SUM),
              metrics.get(m, MonthlyMetric.INBOUND_LEADS_RESPONDED)));
      metrics.set(m, MonthlyMetric.INBOUND_LOAD_FTE, inboundLoad(m));
    }
  }

  private double[] scalars(int prospectors, double horizon) {
    double[] v = new double[Metric.count()];
    double available = metrics.total(MonthlyMetric.HOURS_AVAILABLE);
    double bookings = metrics.total(MonthlyMetric.BOOKINGS_TOTAL);
    double cost = metrics.total(MonthlyMetric.COST_OF_SALES);
    v[Metric.BOOKINGS_TOTAL.ordinal()] = bookings;
    v[Metric.BOOKINGS_INBOUND.ordinal()] = metrics.total(MonthlyMetric.BOOKINGS_INBOUND);
    v[Metric.BOOKINGS_OUTBOUND.ordinal()] = metrics.total(MonthlyMetric.BOOKINGS_OUTBOUND);
    v[Metric.DEALS_WON_INBOUND.ordinal()] = metrics.total(MonthlyMetric.DEALS_WON_INBOUND);
    v[Metric.DEALS_WON_OUTBOUND.ordinal()] = metrics.total(MonthlyMetric.DEALS_WON_OUTBOUND);
    v[Metric.OPPORTUNITIES_INBOUND.ordinal()] = metrics.total(MonthlyMetric.OPPORTUNITIES_INBOUND);
    v[Metric.OPPORTUNITIES_OUTBOUND.ordinal()] = metrics.total(MonthlyMetric.OPPORTUNITIES_OUTBOUND);
    v[Metric.DEALS_LOST_NEGLECT.ordinal()] = metrics.total(MonthlyMetric.DEALS_LOST_NEGLECT);
    v[Metric.DEALS_LOST_FREEZE.ordinal()] = metrics.total(MonthlyMetric.DEALS_LOST_FREEZE);
    v[Metric.INBOUND_LEADS.ordinal()] = metrics.total(MonthlyMetric.INBOUND_LEADS);
    v[Metric.INBOUND_LEADS_LOST.ordinal()] = metrics.total(MonthlyMetric.INBOUND_LEADS_LOST);
    v[Metric.INBOUND_QUALIFICATION_RATE.ordinal()] =
        ratio(metrics.total(MonthlyMetric.INBOUND_LEADS_QUALIFIED), responsesCompleted);
    v[Metric.MEAN_RESPONSE_HOURS.ordinal()] =
        ratio(
            metrics.total(MonthlyMetric.RESPONSE_HOURS_SUM),
            metrics.total(MonthlyMetric.INBOUND_LEADS_RESPONDED));
    v[Metric.DIALS.ordinal()] = metrics.total(MonthlyMetric.DIALS);
    v[Metric.MEETINGS_OUTBOUND.ordinal()] = metrics.total(MonthlyMetric.MEETINGS_OUTBOUND);
    v[Metric.OUTBOUND_HOURS_SHARE.ordinal()] =
        ratio(metrics.total(MonthlyMetric.HOURS_PROSPECTING), available);
    v[Metric.INBOUND_HOURS_SHARE.ordinal()] =
        ratio(metrics.total(MonthlyMetric.HOURS_INBOUND), available);
    v[Metric.DEAL_HOURS_SHARE.ordinal()] =
        ratio(
            metrics.total(MonthlyMetric.HOURS_DEALS_INBOUND)
                + metrics.total(MonthlyMetric.HOURS_DEALS_OUTBOUND)
                + metrics.total(MonthlyMetric.HOURS_MEETINGS),
            available);
    v[Metric.IDLE_HOURS_SHARE.ordinal()] = ratio(metrics.total(MonthlyMetric.HOURS_IDLE), available);
    v[Metric.COMMISSION_TOTAL.ordinal()] = metrics.total(MonthlyMetric.COMMISSION_TOTAL);
    v[Metric.COMMISSION_OUTBOUND.ordinal()] = metrics.total(MonthlyMetric.COMMISSION_OUTBOUND);
    v[Metric.BASE_PAY.ordinal()] = metrics.total(MonthlyMetric.BASE_PAY);
    v[Metric.MARKETING_COST.ordinal()] = metrics.total(MonthlyMetric.MARKETING_COST);
    v[Metric.HIRING_COST.ordinal()] = metrics.total(MonthlyMetric.HIRING_COST);
    v[Metric.COST_OF_SALES.ordinal()] = cost;
    v[Metric.COST_OF_SALES_RATIO.ordinal()] = ratio(cost, bookings);
    v[Metric.CONTRIBUTION.ordinal()] = metrics.total(MonthlyMetric.CONTRIBUTION);
    v[Metric.OUTBOUND_REPS_END.ordinal()] = prospectors;
    v[Metric.DAYS_TO_FIRST_OUTBOUND_MEETING.ordinal()] =
        Double.isNaN(firstOutboundMeeting) ? horizon : firstOutboundMeeting;
    v[Metric.DAYS_TO_FIRST_OUTBOUND_WIN.ordinal()] = Double.isNaN(firstWin[1]) ? horizon : firstWin[1];
    v[Metric.DAYS_TO_FIRST_INBOUND_WIN.ordinal()] = Double.isNaN(firstWin[0]) ? horizon : firstWin[0];
    v[Metric.REVIEWS_FAILED.ordinal()] = metrics.total(MonthlyMetric.REVIEWS_FAILED);
    v[Metric.OUTBOUND_CUT.ordinal()] = outboundCut ? 1.0 : 0.0;
    v[Metric.SPLIT_MONTH.ordinal()] = splitMonth;
    v[Metric.BOOKINGS_MONTHLY_CV.ordinal()] = monthlyBookingsCv();
    v[Metric.QUOTA_ATTAINMENT_SHARE.ordinal()] = ratio(quotaAttained, quotaPeriods);
    v[Metric.DEPARTURES.ordinal()] = metrics.total(MonthlyMetric.DEPARTURES);
    v[Metric.PIPELINE_OPEN_END.ordinal()] = deals.openCount();
    return v;
  }

  /** Coefficient of variation of monthly bookings once the first six months have passed. */
  private double monthlyBookingsCv() {
    int from = Math.min(6, months / 2);
    int n = months - from;
    if (n < 2) {
      return 0.0;
    }
    double mean = metrics.total(MonthlyMetric.BOOKINGS_TOTAL, from, months) / n;
    if (mean <= 0.0) {
      return 0.0;
    }
    double ss = 0.0;
    for (int m = from; m < months; m++) {
      double d = metrics.get(m, MonthlyMetric.BOOKINGS_TOTAL) - mean;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1)) / mean;
  }

  /** A ratio that is 0, not NaN or infinite, when nothing was measured. */
  private static double ratio(double numerator, double denominator) {
    return denominator > 0.0 ? numerator / denominator : 0.0;
  }

  /**
   * Conservation, checked once per replication: no lead, hour, account or deal is created or
   * lost by the bookkeeping.
   */
  private void checkInvariants() {
    long arrived = leads.arrived();
    double responded = metrics.total(MonthlyMetric.INBOUND_LEADS_RESPONDED);
    double expired = metrics.total(MonthlyMetric.INBOUND_LEADS_LOST);
    if (arrived != (long) (responded + expired) + leads.waiting()) {
      throw new IllegalStateException(
          "leads not conserved: " + arrived + " arrived, " + responded + " answered, " + expired
              + " expired, " + leads.waiting() + " waiting");
    }
    double activityHours = 0.0;
    for (MonthlyMetric m :
        new MonthlyMetric[] {
          MonthlyMetric.HOURS_INBOUND, MonthlyMetric.HOURS_PROSPECTING, MonthlyMetric.HOURS_MEETINGS,
          MonthlyMetric.HOURS_DEALS_INBOUND, MonthlyMetric.HOURS_DEALS_OUTBOUND, MonthlyMetric.HOURS_IDLE
        }) {
      activityHours += metrics.total(m);
    }
    double available = metrics.total(MonthlyMetric.HOURS_AVAILABLE);
    if (Math.abs(activityHours - available) > 1e-6 * Math.max(1.0, available)
        || Math.abs(available - capacityHours) > 1e-6 * Math.max(1.0, available)) {
      throw new IllegalStateException(
          "hours not conserved: activities " + activityHours + ", available " + available
              + ", capacity " + capacityHours);
    }
    for (int s = 0; s < initialAccounts.length; s++) {
      // Engaged accounts are exactly those with a meeting in flight or an open outbound deal.
      int engaged = 0;
      for (int id = 0; id < meetingHighWater; id++) {
        if (meetingLive[id] && meetingSegment[id] == s) {
          engaged++;
        }
      }
      for (int slot = 0; slot < deals.highWater(); slot++) {
        if (deals.isOpen(slot) && deals.source(slot) == Source.OUTBOUND && deals.segment(slot) == s) {
          engaged++;
        }
      }
      if (accounts.total(s) != initialAccounts[s] || accounts.engaged(s) != engaged) {
        throw new IllegalStateException(
            "accounts not conserved in segment " + s + ": " + accounts.total(s) + " of "
                + initialAccounts[s] + ", " + accounts.engaged(s) + " engaged vs " + engaged
                + " meetings and deals");
      }
    }
    if (dealsOpened != dealsClosed + deals.openCount()) {
      throw new IllegalStateException(
          "deals not conserved: " + dealsOpened + " opened, " + dealsClosed + " closed, "
              + deals.openCount() + " open");
    }
  }
}
