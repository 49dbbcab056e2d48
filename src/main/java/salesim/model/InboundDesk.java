package salesim.model;

import java.util.BitSet;
import java.util.List;
import salesim.kernel.random.Categorical;
import salesim.kernel.random.RandomStream;
import salesim.model.market.AccountPool;
import salesim.model.market.LeadQueue;
import salesim.model.market.ResponseDecay;
import salesim.model.market.Segment;

/**
 * Marketing's leads from arrival to answer: a piecewise-constant Poisson arrival process (the
 * month's rate redrawn at each month start), each lead's segment and quality, the waiting queue
 * with its expiry, the offer of a new lead to idle reps, and the response itself — the call whose
 * chance of qualifying decays with the delay (HBR 2011) and, if it qualifies, opens an inbound deal.
 *
 * <p>Note: This class is not thread-safe.
 */
final class InboundDesk {

  private final Replication r;
  private final Roster roster;
  private final Beliefs beliefs;
  private final Ledger ledger;
  private final LeadQueue leads;
  private final RandomStream arrivals;
  private final Categorical segments;
  /** The response-decay curve, resolved once: the choice evaluates it for every lead it sees. */
  private final double decayFloor;
  private final double decayTauHours;
  /** Bound once, so expiring leads allocates nothing. */
  private final LeadQueue.ExpiryListener leadExpired = this::onLeadExpired;

  private RepDay day;
  private DealFlow deals;

  private double leadsPerDay;
  private int wakeCursor;
  /** Would-be leads so far: every arrival of the process, including those the market holds back. */
  private int candidates;
  private AccountPool accounts;
  /** Each segment's accounts that could send a lead at the start: the rate is for them. */
  private int[] eligibleAtStart;

  // The lead each seat is answering: its queue slot is already reused.
  private final int[] pendingLead;
  private final int[] pendingLeadSegment;
  private final boolean[] pendingQualified;

  private long responsesCompleted;

  // The decay of the lead at the head of the queue, kept from valuing it to answering it: the
  // same lead at the same instant, so the same bits, one StrictMath.exp fewer per response
  // (exp was 12 % of a replication's samples in JFR).
  private int decaySerial = -1;
  private double decayTime = Double.NaN;
  private double decayValue;

  InboundDesk(Replication replication, Roster roster, Beliefs beliefs, Ledger ledger) {
    this.r = replication;
    this.roster = roster;
    this.beliefs = beliefs;
    this.ledger = ledger;
    var inbound = replication.p.inbound();
    this.leads = new LeadQueue(inbound.order());
    this.arrivals = replication.streams.stream(StreamPurpose.LEAD_ARRIVALS);
    List<Segment> list = replication.p.segments();
    double[] shares = new double[list.size()];
    for (int s = 0; s < shares.length; s++) {
      shares[s] = list.get(s).inboundShare();
    }
    this.segments = Categorical.of(shares);
    this.decayFloor = inbound.decay().effectiveFloor();
    this.decayTauHours = inbound.decay().effectiveTauHours();
    int seats = roster.seats();
    this.pendingLead = new int[seats];
    this.pendingLeadSegment = new int[seats];
    this.pendingQualified = new boolean[seats];
  }

  /** Connects the rep's day (offers), the deal flow and the market; called once. */
  void connect(RepDay repDay, DealFlow flow, AccountPool market) {
    this.day = repDay;
    this.deals = flow;
    this.accounts = market;
    this.eligibleAtStart = new int[r.p.segments().size()];
    for (int s = 0; s < eligibleAtStart.length; s++) {
      eligibleAtStart[s] = market.eligibleForLeads(s);
    }
  }

  /** At a month start: the month's lead rate, after growth, seasonality and shocks. */
  void monthStart(int month) {
    r.sim.cancel(Events.LEAD_ARRIVAL, 0);
    if (month == r.offset && month > 0) {
      // The lead rate is the horizon's: measure the open market afresh once the warm-up is over.
      for (int s = 0; s < eligibleAtStart.length; s++) {
        eligibleAtStart[s] = accounts.eligibleForLeads(s);
      }
    }
    double perMonth =
        r.p.inbound().leadsPerMonth(r.reportedMonth(month)) * r.economics.inboundLeads;
    leadsPerDay = Math.max(0.0, perMonth) / r.calendar.daysPerMonth();
    scheduleNextArrival();
  }

  private void scheduleNextArrival() {
    if (leadsPerDay > 0.0) {
      // Exponential gaps are memoryless, so redrawing at each month start keeps the process an
      // exact piecewise-constant Poisson process.
      r.sim.schedule(arrivals.exponential(1.0 / leadsPerDay), Events.LEAD_ARRIVAL, 0);
    }
  }

  /**
   * A would-be lead arrives: its segment, then whether the market lets it through (one market: an
   * account that is a customer or in an open deal does not send a new lead, so the segment's rate
   * falls with the share of its accounts so taken since the start), its quality, and an idle rep
   * may take it.
   */
  void onLeadArrival() {
    double now = r.now();
    int serial = candidates++;
    r.streams.reset(r.keyed, StreamPurpose.LEAD, serial, 0);
    int segment = segments.sample(r.keyed);
    double open = eligibleAtStart[segment] > 0
        ? (double) accounts.eligibleForLeads(segment) / eligibleAtStart[segment]
        : 0.0;
    boolean through = r.keyed.nextDouble() < open;
    double mean = r.p.inbound().qualityMean();
    double quality;
    if (mean <= 0.0 || mean >= 1.0) {
      quality = mean;
    } else {
      double c = r.p.inbound().qualityConcentration();
      quality = r.keyed.beta(mean * c, (1.0 - mean) * c);
    }
    scheduleNextArrival();
    if (!through) {
      return;
    }
    leads.arrive(now, segment, quality, serial);
    r.history.leadArrived(serial, now, segment);
    ledger.add(r.month, MonthlyMetric.INBOUND_LEADS, 1);
    ledger.add(r.month, MonthlyMetric.MARKETING_COST, r.p.inbound().costPerLead());
    wakeIdleReps();
  }

  /**
   * Offers the new lead to idle reps, starting at a rotating seat so no seat is favoured: seats
   * start, start + 1, …, then 0, …, start − 1, visiting only idle ones (a decision changes only
   * its own seat, so walking the idle set visits exactly the seats a full scan would).
   */
  private void wakeIdleReps() {
    int seats = roster.seats();
    int start = wakeCursor;
    wakeCursor = (wakeCursor + 1) % seats;
    BitSet idle = day.idleSeats();
    for (int seat = idle.nextSetBit(start); seat >= 0 && leads.hasWaiting(); ) {
      day.offerLead(seat);
      seat = idle.nextSetBit(seat + 1);
    }
    for (int seat = idle.nextSetBit(0); seat >= 0 && seat < start && leads.hasWaiting(); ) {
      day.offerLead(seat);
      seat = idle.nextSetBit(seat + 1);
    }
  }

  /** Leads unanswered for the expiry time are lost, booked in the month they expired. */
  void expire() {
    leads.expireArrivedBefore(r.now() - r.p.inbound().expiryDays(), leadExpired);
  }

  private void onLeadExpired(int serial, double arrival) {
    double expiry = arrival + r.p.inbound().expiryDays();
    int month = r.monthOf(expiry);
    ledger.add(month, MonthlyMetric.INBOUND_LEADS_LOST, 1);
    // Response time counts lost leads at their wait, so it cannot improve by losing them.
    ledger.add(month, MonthlyMetric.RESPONSE_HOURS_SUM, r.p.inbound().expiryDays() * r.dayHours);
    r.history.leadExpired(serial, expiry);
  }

  /** The queue slot of the lead a rep would answer now (after expiring stale ones), or -1. */
  int next() {
    expire();
    return leads.peek();
  }

  /** The segment of the lead in a queue slot. */
  int segment(int lead) {
    return leads.segment(lead);
  }

  /** The response-time decay of the lead in a queue slot, now. */
  double decayOf(int lead) {
    double now = r.now();
    int serial = leads.serial(lead); // slots are reused; serials never are
    if (serial != decaySerial || now != decayTime) {
      decaySerial = serial;
      decayTime = now;
      decayValue =
          ResponseDecay.multiplier(
              decayFloor, decayTauHours, (now - leads.arrival(lead)) * r.dayHours);
    }
    return decayValue;
  }

  /** The rep takes the lead off the queue and calls it; whether it qualifies is drawn now. */
  void startResponse(int seat, int lead) {
    double now = r.now();
    double delayHours = (now - leads.arrival(lead)) * r.dayHours;
    double decay = decayOf(lead);
    double chance = Math.min(1.0, leads.quality(lead) * decay * roster.inboundProductivity(seat));
    int serial = leads.serial(lead);
    pendingLead[seat] = serial;
    pendingLeadSegment[seat] = leads.segment(lead);
    leads.answer(lead);
    r.streams.reset(r.keyed, StreamPurpose.LEAD, serial, 1);
    boolean qualified = r.keyed.nextDouble() < chance;
    pendingQualified[seat] = qualified;
    beliefs.answered(seat, decay);
    r.history.leadAnswered(serial, now, roster.person(seat), qualified);
    ledger.add(r.month, MonthlyMetric.INBOUND_LEADS_RESPONDED, 1);
    ledger.add(r.month, MonthlyMetric.RESPONSE_HOURS_SUM, delayHours);
    if (delayHours <= 1.0) {
      ledger.add(r.month, MonthlyMetric.LEADS_ANSWERED_WITHIN_1H, 1);
    }
  }

  /** The response ended: a qualified lead becomes an inbound deal. */
  void completeResponse(int seat) {
    int lead = pendingLead[seat];
    responsesCompleted++;
    if (!pendingQualified[seat]) {
      return;
    }
    beliefs.qualified(seat);
    ledger.add(r.month, MonthlyMetric.INBOUND_LEADS_QUALIFIED, 1);
    deals.openInbound(seat, pendingLeadSegment[seat], lead);
  }

  /** Leads still waiting at {@code now}, and the selling hours they have waited so far. */
  double waitingHours(double now) {
    return leads.totalWait(now) * r.dayHours;
  }

  /** Leads waiting for a rep now. */
  int waiting() {
    return leads.waiting();
  }

  /** Answered leads whose response finished (the qualification rate's denominator). */
  long responsesCompleted() {
    return responsesCompleted;
  }

  /** Checks the books: every lead that arrived was answered, expired or is still waiting. */
  void checkBooks() {
    long arrived = leads.arrived();
    if (arrived != (long) ledger.total(MonthlyMetric.INBOUND_LEADS)) {
      throw new IllegalStateException(
          "leads not counted: " + arrived + " arrived, " + ledger.total(MonthlyMetric.INBOUND_LEADS)
              + " booked");
    }
    double responded = ledger.total(MonthlyMetric.INBOUND_LEADS_RESPONDED);
    double expired = ledger.total(MonthlyMetric.INBOUND_LEADS_LOST);
    if (arrived != (long) (responded + expired) + leads.waiting()) {
      throw new IllegalStateException(
          "leads not conserved: " + arrived + " arrived, " + responded + " answered, " + expired
              + " expired, " + leads.waiting() + " waiting");
    }
  }
}
