package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import salesim.kernel.stat.Tally;
import salesim.model.base.Source;

/**
 * The cold funnel against its closed forms (issue 14, errors 1–3): each account gets touches
 * until someone answers or the cadence's n touches run out, so it is reached with probability
 * 1 − (1 − p)^n after (1 − (1 − p)^n) / p touches on average, and every dial books p × c × need
 * × m meetings whatever the length of the blocks the time is cut into; a rational rep values an
 * outbound opportunity where meetings come from (segments weighted by their need), so she
 * switches to prospecting at the break-even multiplier the funnel implies.
 */
final class ColdFunnelTest {

  private static final double Z = 4.0;

  /** Hunters who only prospect, on a vast market whose need share stays at 0.3. */
  private static SalesParameters hunters(String... extra) {
    String[] base = {
      "calendar.months=12", "management.structure=SPLIT", "management.inboundReps=0",
      "management.mandate.prospectingHoursPerWeek=30", "management.mandate.compliance=1.0",
      "inbound.leadsPerMonth=0", "team.reps=6", "team.skillSd=0", "behaviour.effortElasticity=0",
      "team.attritionPerYear={mixed: 0, inbound: 0, outbound: 0}",
      "segments={replace: [{name: all, accounts: 5000000, dealValueMean: 30000, dealValueCv: 0.5,"
          + " cycleFactor: 1.0, latentNeedShare: 0.3, buyingGroupSize: 5,"
          + " inboundShare: 1, outboundShare: 1, grossChurnPerYear: 0.1, expansionPerYear: 0.05, billing: ANNUAL}]}"
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Scenarios.reference(all);
  }

  @Test
  void yieldPerDial_isTheFunnelProduct_whateverTheBlockLength() {
    double[] yields = new double[2];
    double[] dialCounts = new double[2];
    String[] blocks = {"outbound.blockHours=0.5", "outbound.blockHours=2"};
    SalesParameters any = hunters();
    var o = any.outbound();
    double product = o.connectRate() * o.conversationRate() * 0.3 * o.meetingRateGivenNeed();
    for (int i = 0; i < 2; i++) {
      List<ReplicationResult> results = Scenarios.run(hunters(blocks[i]), 6);
      double dials = Scenarios.sum(results, MonthlyMetric.DIALS, 0, 12);
      double booked = Scenarios.sum(results, MonthlyMetric.MEETINGS_BOOKED, 0, 12);
      yields[i] = booked / dials;
      dialCounts[i] = dials;
      double se = Math.sqrt(product * (1 - product) / dials);
      assertThat(yields[i])
          .as("%s: meetings per dial %s, product %s ± %s", blocks[i], yields[i], product, Z * se)
          .isCloseTo(product, within(Z * se));
    }
    double seDiff =
        Math.sqrt(product * (1 - product) * (1 / dialCounts[0] + 1 / dialCounts[1]));
    assertThat(yields[0] - yields[1]).isCloseTo(0.0, within(Z * seDiff));
    // Not vacuous: a 10 % bias would show.
    assertThat(0.1 * product).isGreaterThan(Z * seDiff);
  }

  @Test
  void eachAccount_isReachedGeometrically_withinItsCadence() {
    SalesParameters p = hunters("outbound.touchesPerAccount=6");
    List<ReplicationResult> results = Scenarios.run(p, 6);
    double dials = Scenarios.sum(results, MonthlyMetric.DIALS, 0, 12);
    double connects = Scenarios.sum(results, MonthlyMetric.CONNECTS, 0, 12);
    double accounts = Scenarios.sum(results, MonthlyMetric.ACCOUNTS_PROSPECTED, 0, 12);
    double q = p.outbound().connectRate();
    double reach = 1 - Math.pow(1 - q, 6);
    double se = Math.sqrt(reach * (1 - reach) / accounts);
    assertThat(connects / accounts)
        .as("reached share %s vs 1-(1-p)^n = %s", connects / accounts, reach)
        .isCloseTo(reach, within(Z * se));
    // Touches per account: (1 - (1 - p)^n) / p, not n. (Cadences still open at the horizon
    // hold a few dials each: at most one per rep.)
    double touches = reach / q;
    assertThat(dials / accounts).isCloseTo(touches, within(0.02 * touches));
    assertThat(touches).isLessThan(6 - 1);
  }

  /**
   * Two segments prospected equally: one where every account has a need and deals are small, one
   * where one in ten does and deals are ten times larger. Meetings come nine to one from the
   * first, so an outbound opportunity is worth the need-weighted deal, not the effort-weighted
   * one. A flooded, greedy team (temperature 0, no reluctance, no learning, no quota) stays on
   * inbound below the rational break-even multiplier and prospects above it.
   */
  @Test
  void breakEvenMultiplier_withSeveralSegments_isWhereMeetingsComeFrom() {
    String segments =
        "segments={replace: [{name: a, accounts: 2000000, dealValueMean: 10000, dealValueCv: 0.3,"
            + " cycleFactor: 1.0, latentNeedShare: 1.0, buyingGroupSize: 5, inboundShare: 1,"
            + " outboundShare: 1, grossChurnPerYear: 0.1, expansionPerYear: 0.05, billing: ANNUAL},"
            + "{name: b, accounts: 2000000, dealValueMean: 100000, dealValueCv: 0.3,"
            + " cycleFactor: 1.0, latentNeedShare: 0.1, buyingGroupSize: 5, inboundShare: 0,"
            + " outboundShare: 1, grossChurnPerYear: 0.1, expansionPerYear: 0.05, billing: ANNUAL}]}";
    String[] common = {
      "calendar.months=6", "inbound.leadsPerMonth=2000", "team.skillSd=0",
      "behaviour.choiceTemperature=0", "behaviour.learning=false", "comp.quota.bookingsPerPeriod=0",
      "behaviour.lossAversion=0", "behaviour.jobSecurity=0", "behaviour.effortElasticity=0",
      "team.profiles.mixed.callReluctance=0", "team.profiles.mixed.callReluctanceCv=0",
      "pipeline.neglectPenalty=0", segments
    };
    SalesParameters p = Scenarios.reference(common);
    double kStar = rationalBreakEven(p);
    assertThat(kStar).as("the test needs a break-even inside the plan's range").isBetween(1.5, 8.0);
    double below = outboundShare(common, 0.8 * kStar);
    double above = outboundShare(common, 1.25 * kStar);
    assertThat(below).as("k = 0.8 k* = %s", 0.8 * kStar).isLessThan(0.05);
    assertThat(above).as("k = 1.25 k* = %s", 1.25 * kStar).isGreaterThan(0.3);
  }

  /** k* from the parameters alone: a fresh lead's value per hour over a prospecting hour's. */
  private static double rationalBreakEven(SalesParameters p) {
    var in = p.inbound();
    var o = p.outbound();
    var pipe = p.pipeline();
    double bias = p.behaviour().presentBiasPerMonth();
    int dpm = p.calendar().daysPerMonth();
    // Inbound: all leads from segment a, answered at once (decay 1).
    double inboundWin = pipe.winProbability(Source.INBOUND);
    double inboundDays = pipe.inbound().stream().mapToDouble(s -> s.meanDays()).sum();
    double inboundEffort = effortAhead(pipe.inbound());
    double q = in.qualityMean();
    double lead =
        q * inboundWin * 10000 * 0.1 / (1 + bias * inboundDays / dpm)
            / (in.responseHours() + q * inboundEffort);
    // Outbound: meetings come from a and b in proportion to 0.5 × 1.0 and 0.5 × 0.1.
    double need = 0.5 * 1.0 + 0.5 * 0.1;
    double worthPerOpp = (0.5 * 1.0 * 10000 + 0.5 * 0.1 * 100000) / need;
    double outboundWin = pipe.winProbability(Source.OUTBOUND);
    double outboundDays =
        o.cadenceLagDays() + o.meetingLeadDays()
            + pipe.outbound().stream().mapToDouble(s -> s.meanDays()).sum();
    double held =
        o.dialsPerHour() * o.connectRate() * o.conversationRate() * need
            * o.meetingRateGivenNeed() * o.showRate();
    double opportunities = held * o.meetingToOpportunity();
    double commission =
        opportunities * outboundWin * worthPerOpp * 0.1 / (1 + bias * outboundDays / dpm);
    double hours = 1 + held * o.meetingHours() + opportunities * effortAhead(pipe.outbound());
    return lead / (commission / hours);
  }

  /** Rep hours a deal takes from its first stage on, weighted by the chance of reaching each. */
  private static double effortAhead(List<salesim.model.funnel.Stage> path) {
    double effort = 0;
    double reach = 1;
    for (var stage : path) {
      effort += reach * stage.effortHours();
      reach *= 1 - stage.exitProbability();
    }
    return effort;
  }

  private static double outboundShare(String[] common, double k) {
    String[] all = java.util.Arrays.copyOf(common, common.length + 1);
    all[common.length] =
        "comp.commission={type: weighted, rate: 0.1, outboundMultiplier: " + k + "}";
    Tally share = Scenarios.tally(Scenarios.run(Scenarios.reference(all), 3), Metric.OUTBOUND_HOURS_SHARE);
    return share.mean();
  }
}
