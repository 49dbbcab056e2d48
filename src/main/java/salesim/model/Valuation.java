package salesim.model;

import salesim.model.base.Source;
import salesim.model.funnel.OpportunityBook;
import salesim.model.rep.ActivityChoice;

/**
 * What each option is worth to a rep, per hour of her time: the expected commission it leads to
 * at her marginal rate, discounted hyperbolically for the delay until it pays, per hour of work it
 * takes — weighed up while her quota is uncovered (pay pressure), and, for prospecting, net of her
 * own discomfort of cold calling. Waiting is not free either: an idle hour with the quota
 * uncovered risks her job. Reads the month's deal economics, the rep's pay position, traits, ramp
 * and beliefs; changes nothing but the month's prospecting economics and the best deal it found
 * last.
 *
 * <p>Nothing here prefers a source: inbound wins when its expected commission per hour is higher,
 * and the same code shows outbound winning when pay, funnels or lead quality say so.
 *
 * <p>Note: This class is not thread-safe.
 */
final class Valuation {

  private final Replication r;
  private final Economics economics;
  private final Roster roster;
  private final Payroll payroll;
  private final Beliefs beliefs;
  private final double presentBias;

  private OpportunityBook book;
  private InboundDesk inbound;
  private Prospecting prospecting;

  // The outbound deal a rep expects per opportunity this month.
  private double prospectDealWorth;
  private double prospectDealEffort;
  private double priorMeetingsPerHour;

  /** Set by {@link #bestDeal}: the perceived value per hour of working that deal. */
  private double bestDealValue;
  // Set by {@link #pressure} for the decision under way: the rep's uncovered share of quota and
  // the weight she puts on commission because of it.
  private double gap;
  private double weight = 1.0;
  private double drive = 1.0;

  Valuation(Replication replication, Roster roster, Payroll payroll, Beliefs beliefs) {
    this.r = replication;
    this.economics = replication.economics;
    this.roster = roster;
    this.payroll = payroll;
    this.beliefs = beliefs;
    this.presentBias = replication.p.behaviour().presentBiasPerMonth();
  }

  /** Connects the components whose state is valued; called once, before the run. */
  void connect(OpportunityBook deals, InboundDesk desk, Prospecting prospect) {
    this.book = deals;
    this.inbound = desk;
    this.prospecting = prospect;
  }

  /**
   * At a month start, after the shocks: what an outbound opportunity is worth and costs in effort.
   * Meetings come from the segments in proportion to the prospecting effort each gets times the
   * share of its ready accounts with a need, so that is how deal worth and effort are weighted.
   */
  void monthStart() {
    double worth = 0.0;
    double effort = 0.0;
    double meetings = 0.0;
    double prior = 0.0;
    var o = r.p.outbound();
    double lagDays = o.cadenceLagDays() + o.meetingLeadDays();
    double[] weights = prospecting.segmentWeights();
    for (int s = 0; s < weights.length; s++) {
      double share = weights[s] * prospecting.needShare(s);
      double months = (lagDays + economics.daysFrom[1][s][0]) / r.calendar.daysPerMonth();
      worth +=
          share
              * economics.winFrom[1][s][0]
              * economics.dealValue[s]
              * ActivityChoice.discount(presentBias, months);
      effort += share * economics.effortFrom[1][s][0];
      meetings += share;
      prior += weights[s] * r.p.segments().get(s).latentNeedShare();
    }
    prospectDealWorth = meetings > 0.0 ? worth / meetings : 0.0;
    prospectDealEffort = meetings > 0.0 ? effort / meetings : 0.0;
    priorMeetingsPerHour =
        o.dialsPerHour() * o.connectRate() * o.conversationRate() * prior * o.meetingRateGivenNeed();
  }

  /**
   * Reads the rep's pay position for the decision under way; returns the weight she puts on
   * commission, {@code 1 + lossAversion × uncovered share of quota}.
   */
  double pressure(int seat) {
    gap = payroll.uncoveredShare(seat);
    weight = 1.0 + r.p.behaviour().lossAversion() * gap;
    // A rep who has given up on this period's quota eases off: no extra drive, whatever she
    // still feels about the next one.
    drive = payroll.gaveUp() ? 1.0 : weight;
    return weight;
  }

  /**
   * What an idle hour is worth to the rep (read after {@link #pressure}): her job at risk, the more
   * so the further behind she is — or her team is, since a manager whose team is behind watches
   * every idle rep.
   */
  double waitValue() {
    return -r.p.behaviour().jobSecurity() * Math.max(gap, payroll.teamUncoveredShare())
        * payroll.payUnit();
  }

  /** The logit temperature in currency per hour. */
  double temperature() {
    return r.p.behaviour().choiceTemperature() * payroll.payUnit();
  }

  /** Work per hour on a source's work at the rep's drive (read after {@link #pressure}). */
  double effort(int seat, Source source) {
    return r.p.behaviour().effort(payroll.rateRatio(seat, source) * drive);
  }

  /** The owned deal with effort due whose work is worth most per hour, or -1. */
  int bestDeal(int seat) {
    int best = -1;
    double bestValue = 0.0;
    double dpm = r.calendar.daysPerMonth();
    for (int i = 0, n = book.dueCount(seat); i < n; i++) {
      int slot = book.due(seat, i);
      Source source = book.source(slot);
      int src = Economics.index(source);
      int s = book.segment(slot);
      int k = book.stage(slot);
      double rate = payroll.marginalRate(seat, source);
      double value =
          book.winFactor(slot)
              * economics.winFrom[src][s][k]
              * book.value(slot)
              * rate
              * ActivityChoice.discount(presentBias, economics.daysFrom[src][s][k] / dpm)
              / Math.max(economics.effortFrom[src][s][k], RepDay.MIN_BLOCK_HOURS);
      value *= weight;
      if (best < 0 || value > bestValue) {
        best = slot;
        bestValue = value;
      }
    }
    bestDealValue = bestValue;
    return best;
  }

  /** The value per hour of the deal {@link #bestDeal} returned last. */
  double bestDealValue() {
    return bestDealValue;
  }

  /** The value per hour of answering the lead in queue slot {@code lead}. */
  double leadValue(int seat, int lead) {
    int s = inbound.segment(lead);
    double q = Math.min(1.0, believedQualification(seat) * inbound.decayOf(lead));
    double months = economics.daysFrom[0][s][0] / r.calendar.daysPerMonth();
    double commission =
        q
            * economics.winFrom[0][s][0]
            * economics.dealValue[s]
            * payroll.marginalRate(seat, Source.INBOUND)
            * ActivityChoice.discount(presentBias, months);
    double hours = r.p.inbound().responseHours() + q * economics.effortFrom[0][s][0];
    return commission * weight / hours;
  }

  /** The value per hour of a prospecting block, net of the rep's reluctance to cold calling. */
  double prospectValue(int seat) {
    var o = r.p.outbound();
    double held = believedMeetingsPerHour(seat) * o.showRate();
    double opportunities = held * o.meetingToOpportunity();
    double lagMonths = (o.cadenceLagDays() + o.meetingLeadDays()) / r.calendar.daysPerMonth();
    double commission =
        opportunities * prospectDealWorth * payroll.marginalRate(seat, Source.OUTBOUND)
            + held * r.p.comp().meetingBonus() * ActivityChoice.discount(presentBias, lagMonths);
    double hours = 1.0 + held * o.meetingHours() + opportunities * prospectDealEffort;
    double reluctance = roster.reluctance(seat) * payroll.payUnit();
    return (commission * weight - reluctance) / hours;
  }

  /** What the rep believes a lead answered at once qualifies at. */
  private double believedQualification(int seat) {
    double mean = r.p.inbound().qualityMean();
    if (!r.p.behaviour().learning()) {
      return mean * roster.inboundProductivity(seat);
    }
    double priorLeads = r.p.behaviour().priorHours() / r.p.inbound().responseHours();
    return beliefs.qualification(seat, mean, priorLeads);
  }

  /** What the rep believes one prospecting hour books, in meetings. */
  private double believedMeetingsPerHour(int seat) {
    if (!r.p.behaviour().learning()) {
      double need = 0.0;
      double[] weights = prospecting.segmentWeights();
      for (int s = 0; s < weights.length; s++) {
        need += weights[s] * prospecting.needShare(s);
      }
      var o = r.p.outbound();
      return o.dialsPerHour()
          * roster.outboundProductivity(seat)
          * Math.min(1.0, o.connectRate() * economics.connectRate)
          * o.conversationRate()
          * need
          * Math.min(1.0, o.meetingRateGivenNeed() * economics.meetingRate);
    }
    return beliefs.meetingsPerHour(seat, priorMeetingsPerHour, r.p.behaviour().priorHours());
  }
}
