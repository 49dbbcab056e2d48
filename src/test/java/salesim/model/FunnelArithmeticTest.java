package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import salesim.model.base.Source;

/**
 * PARAMETERS.md fact 7: with behaviour held fixed (a full-time prospecting mandate, no
 * resistance, no saturation, no ramp or attrition), each funnel stage converts at its rate within
 * Monte Carlo error, and Little's law holds on the open pipeline. Tolerances are four standard
 * errors of a binomial proportion.
 */
final class FunnelArithmeticTest {

  private static final double Z = 4.0;
  private static SalesParameters parameters;
  private static List<ReplicationResult> results;

  @BeforeAll
  static void run() {
    parameters =
        Scenarios.reference(
            "calendar.months=24",
            "management.structure=SPLIT",
            "management.inboundReps=0",
            "management.mandate.prospectingHoursPerWeek=30",
            "management.mandate.compliance=1.0",
            "inbound.leadsPerMonth=0",
            "team.reps=6",
            "team.skillSd=0",
            "team.attritionPerYear={mixed: 0, inbound: 0, outbound: 0}",
            "team.profiles={mixed: {callReluctance: 0, callReluctanceCv: 0}, inbound: {callReluctance: 0, callReluctanceCv: 0}, outbound: {callReluctance: 0, callReluctanceCv: 0}}",
            "behaviour.effortElasticity=0",
            // Every account has a need and one touch each, so neither the need share nor the
            // cap of one conversation per account bends the funnel; the universe is vast.
            "outbound.touchesPerAccount=1",
            "segments={replace: [{name: all, accounts: 5000000, dealValueMean: 30000,"
                + " dealValueCv: 0.5, cycleFactor: 1.0, latentNeedShare: 1.0, buyingGroupSize: 5,"
                + " inboundShare: 1, outboundShare: 1, grossChurnPerYear: 0.1, expansionPerYear: 0.05, billing: ANNUAL}]}",
            // No deal effort, so no stalls: stage durations alone set the time in the pipeline.
            "pipeline.outbound={replace: ["
                + "{name: a, meanDays: 5, cv: 0.5, exitProbability: 0.2, effortHours: 0, consensus: false},"
                + "{name: b, meanDays: 20, cv: 0.5, exitProbability: 0.3, effortHours: 0, consensus: true},"
                + "{name: c, meanDays: 25, cv: 0.5, exitProbability: 0.25, effortHours: 0, consensus: false}]}");
    results = Scenarios.run(parameters, 12);
  }

  @Test
  void eachStageConvertsAtItsRate() {
    var o = parameters.outbound();
    double dials = Scenarios.sum(results, MonthlyMetric.DIALS, 0, 24);
    double connects = Scenarios.sum(results, MonthlyMetric.CONNECTS, 0, 24);
    double conversations = Scenarios.sum(results, MonthlyMetric.CONVERSATIONS, 0, 24);
    double booked = Scenarios.sum(results, MonthlyMetric.MEETINGS_BOOKED, 0, 24);
    double held = Scenarios.sum(results, MonthlyMetric.MEETINGS_OUTBOUND, 0, 24);
    double opportunities = Scenarios.sum(results, MonthlyMetric.OPPORTUNITIES_OUTBOUND, 0, 24);
    double hours = Scenarios.sum(results, MonthlyMetric.HOURS_PROSPECTING, 0, 24);

    // Dials are Poisson with mean dialsPerHour × hours.
    assertThat(dials / hours)
        .isCloseTo(o.dialsPerHour(), within(Z * Math.sqrt(o.dialsPerHour() / hours)));
    assertRate("connect", connects, dials, o.connectRate());
    assertRate("conversation", conversations, connects, o.conversationRate());
    assertRate("meeting", booked, conversations, o.meetingRateGivenNeed());
    double noShows = Scenarios.sum(results, MonthlyMetric.MEETINGS_NO_SHOW, 0, 24);
    assertRate("show", held, held + noShows, o.showRate());
    assertRate("opportunity", opportunities, held, o.meetingToOpportunity());
    // Not vacuous: enough volume that a 1-point error in a rate would show.
    assertThat(booked).isGreaterThan(5_000);
  }

  @Test
  void dealsWinAtTheProductOfStageSurvivals() {
    // Deals opened in the first 12 months have all closed by month 24 (cycles are ~3 months),
    // so won / closed among them is unbiased by deals still open at the horizon.
    double cutoff = 12 * parameters.calendar().daysPerMonth();
    long[] counts = new long[2];
    for (int r = 0; r < 12; r++) {
      SalesModel model = new SalesModel(parameters, 7, r);
      DealReplay deals = new DealReplay(parameters);
      deals.cutoff = cutoff;
      model.setHistory(deals);
      model.run();
      counts[0] += deals.closedOpenedBefore[0];
      counts[1] += deals.closedOpenedBefore[1];
    }
    // One segment at the reference buying group: consensus stages keep their exit chance.
    double expected = parameters.pipeline().winProbability(Source.OUTBOUND);
    assertRate("win", counts[0], counts[0] + counts[1], expected);
  }

  @Test
  void littlesLaw_holdsOnTheOpenPipeline() {
    // Steady state from month 9: L (open deals at month ends) = lambda (deals per working day)
    // × W (mean working days a deal stays open, from the stage means and survivals).
    var stages = parameters.pipeline().outbound();
    double w = 0.0;
    double reach = 1.0;
    for (var stage : stages) {
      w += reach * stage.meanDays();
      reach *= 1.0 - stage.exitProbability();
    }
    int from = 9;
    int to = 24;
    double lambda =
        Scenarios.sum(results, MonthlyMetric.OPPORTUNITIES_OUTBOUND, from, to)
            / results.size()
            / ((to - from) * parameters.calendar().daysPerMonth());
    var open = new salesim.kernel.stat.Tally();
    for (ReplicationResult r : results) {
      double sum = 0;
      for (int m = from; m < to; m++) {
        sum += r.get(MonthlyMetric.PIPELINE_OPEN, m);
      }
      open.add(sum / (to - from));
    }
    assertThat(open.mean())
        .as("L = %s vs lambda W = %s (se %s)", open.mean(), lambda * w, open.standardError())
        .isCloseTo(lambda * w, within(Z * open.standardError() + 0.02 * lambda * w));
  }

  private static void assertRate(String what, double successes, double trials, double p) {
    double se = Math.sqrt(p * (1 - p) / trials);
    assertThat(successes / trials)
        .as("%s rate: %s of %s, expected %s ± %s", what, successes, trials, p, Z * se)
        .isCloseTo(p, within(Z * se));
  }
}
