package salesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import salesim.kernel.stat.Tally;
import salesim.model.base.Source;

/**
 * Issue 15: a company already running. A warm start is in its steady state from the first month
 * (month 1 within two standard errors of months 13–24 for bookings, open deals and ARR growth,
 * where an empty start is not); a given starting state's deal at the close stage closes in month 1
 * with that stage's win chance; the open pipeline's value at the horizon is the sum over its deals.
 */
final class CompanyStartTest {

  private static final int RUNS = 40;

  @Test
  void warmStart_monthOneLooksLikeTheSteadyState_anEmptyStartDoesNot() {
    SalesParameters warm = Scenarios.reference("calendar.months=24", "calendar.warmStart=true");
    SalesParameters cold = Scenarios.reference("calendar.months=24");
    List<ReplicationResult> runs = Scenarios.run(warm, RUNS);
    assertSteady(runs, r -> r.get(MonthlyMetric.BOOKINGS_TOTAL, 0), MonthlyMetric.BOOKINGS_TOTAL);
    assertSteady(runs, r -> r.get(MonthlyMetric.PIPELINE_OPEN, 0), MonthlyMetric.PIPELINE_OPEN);
    Tally growth = new Tally();
    for (ReplicationResult r : runs) {
      double late = 0;
      for (int m = 12; m < 24; m++) {
        late += netNew(r, m);
      }
      growth.add(netNew(r, 0) - late / 12);
    }
    assertThat(Math.abs(growth.mean()))
        .as("ARR growth, month 1 less months 13-24: %s ± %s", growth.mean(), growth.standardError())
        .isLessThan(2 * growth.standardError());
    // Not vacuous: an empty company's first month books far below its thirteenth-to-24th.
    Tally coldGap = gap(Scenarios.run(cold, RUNS), MonthlyMetric.BOOKINGS_TOTAL);
    assertThat(-coldGap.mean()).isGreaterThan(10 * coldGap.standardError());
    // The warm company has a customer base; the empty one has none at the start.
    assertThat(runs.get(0).get(MonthlyMetric.ARR, 0)).isPositive();
  }

  private static double netNew(ReplicationResult r, int m) {
    return r.get(MonthlyMetric.NEW_ARR, m) - r.get(MonthlyMetric.CHURNED_ARR, m)
        + r.get(MonthlyMetric.EXPANSION_ARR, m);
  }

  private interface First {
    double of(ReplicationResult r);
  }

  private static void assertSteady(List<ReplicationResult> runs, First first, MonthlyMetric metric) {
    Tally gap = gap(runs, metric);
    assertThat(Math.abs(gap.mean()))
        .as("%s, month 1 less months 13-24: %s ± %s", metric, gap.mean(), gap.standardError())
        .isLessThan(2 * gap.standardError());
  }

  /** Per replication, month 1's value less the mean of months 13–24. */
  private static Tally gap(List<ReplicationResult> runs, MonthlyMetric metric) {
    Tally gap = new Tally();
    for (ReplicationResult r : runs) {
      double late = 0;
      for (int m = 12; m < 24; m++) {
        late += r.get(metric, m);
      }
      gap.add(r.get(metric, 0) - late / 12);
    }
    return gap;
  }

  /**
   * One inbound deal at the close stage, long past its mean duration: it closes at once, won with
   * the close stage's survival (the reference buying group of mid-market keeps its exit chance).
   */
  @Test
  void givenStart_aDealAtTheCloseStage_closesInMonthOne_withTheStagesWinChance() {
    SalesParameters p =
        Scenarios.reference("calendar.months=2", "inbound.leadsPerMonth=0",
            "team.attritionPerYear={mixed: 0, inbound: 0, outbound: 0}",
            "start={reps: [{id: a, role: MIXED, tenureMonths: 24, rampedShare: 1}],"
                + " deals: [{source: INBOUND, segment: mid-market, stage: close, daysInStage: 200,"
                + " value: 50000, owner: a}], accounts: [], arr: []}");
    int n = 2000;
    int won = 0;
    for (int rep = 0; rep < n; rep++) {
      ReplicationResult r = SalesModel.run(p, 5, rep);
      won += (int) r.get(MonthlyMetric.DEALS_WON_INBOUND, 0);
      assertThat(r.get(MonthlyMetric.DEALS_WON_INBOUND, 0) + r.get(MonthlyMetric.DEALS_LOST_INBOUND, 0))
          .as("closed in month 1").isEqualTo(1.0);
    }
    double chance = 1.0 - p.pipeline().inbound().get(2).exitProbability();
    double se = Math.sqrt(chance * (1 - chance) / n);
    assertThat((double) won / n).isCloseTo(chance, within(4 * se));
  }

  /** A given team splits as its roles say, and its customers pay from the first month. */
  @Test
  void givenStart_setsTheTeamAndTheCustomerBase() {
    SalesParameters p =
        Scenarios.reference("calendar.months=3",
            "start={reps: [{id: a, role: INBOUND, tenureMonths: 24, rampedShare: 1},"
                + " {id: b, role: OUTBOUND, tenureMonths: 1, rampedShare: 0.5}], deals: [],"
                + " accounts: [{segment: smb, customers: 100, resting: 50}],"
                + " arr: [{segment: enterprise, arr: 1200000, customers: 10}]}");
    SalesModel model = new SalesModel(p, 1, 0);
    model.start();
    Roster roster = model.roster();
    assertThat(roster.activeCount()).isEqualTo(2);
    assertThat(roster.isSplit()).isTrue();
    assertThat(roster.role(1)).isEqualTo(salesim.model.rep.Role.OUTBOUND);
    assertThat(roster.ramp(1, p.team().rampMonths().outbound())).isCloseTo(0.5, within(1e-9));
    model.runUntil(3 * 21);
    ReplicationResult r = model.finish();
    assertThat(r.get(MonthlyMetric.ARR_BROUGHT_IN, 0)).isEqualTo(1_200_000.0);
    assertThat(r.get(MonthlyMetric.ARR, 0)).isGreaterThanOrEqualTo(1_200_000.0 * 0.9);
  }

  /**
   * The open pipeline's value at the horizon is the sum over the open deals of their win chance
   * from the stage they are in × value × margin (no neglect, no discounting here), recomputed from
   * the deals the history saw open and the parameters' stage survivals.
   */
  @Test
  void pipelineValue_isTheSumOverOpenDeals_ofWinChanceTimesValueTimesMargin() {
    SalesParameters p =
        Scenarios.reference("calendar.months=6", "pipeline.neglectPenalty=0",
            "finance.discountRatePerYear=0");
    Map<Long, double[]> open = new HashMap<>(); // id -> {source, segment, value, stage}
    History history =
        new History() {
          @Override
          public void opportunityOpened(long id, double time, Source source, int segment,
              double value, int person, long lead) {
            open.put(id, new double[] {source.ordinal(), segment, value, 0});
          }

          @Override
          public void stageEntered(long id, double time, int stage) {
            open.get(id)[3] = stage;
          }

          @Override
          public void opportunityClosed(long id, double time, boolean won) {
            open.remove(id);
          }
        };
    SalesModel model = new SalesModel(p, 3, 1);
    model.setHistory(history);
    ReplicationResult r = model.run();
    Economics tables = new Economics(p);
    double expected = 0;
    for (double[] deal : open.values()) {
      int src = (int) deal[0];
      int s = (int) deal[1];
      int k = (int) deal[3];
      // Win chance from stage k: the product of the survivals ahead, buying groups applied.
      double win = 1.0;
      for (int j = k; j < tables.survival[src][s].length; j++) {
        win *= tables.survival[src][s][j];
      }
      expected += win * deal[2] * p.finance().grossMargin();
    }
    assertThat(open).hasSizeGreaterThan(20);
    assertThat(r.get(Metric.PIPELINE_OPEN_END)).isEqualTo(open.size());
    assertThat(r.get(Metric.PIPELINE_VALUE_END)).isCloseTo(expected, within(1e-6 * expected));
  }

  /** CAC payback is its definition: cost of sales over a year of new ARR's margin, in months. */
  @Test
  void cacPayback_isCostOverNewArrMargin_inMonths() {
    SalesParameters p = Scenarios.reference("calendar.months=12", "calendar.warmStart=true");
    ReplicationResult r = SalesModel.run(p, 2, 0);
    double cost = 0;
    double newArr = 0;
    for (int m = 0; m < r.months(); m++) {
      cost += r.get(MonthlyMetric.COST_OF_SALES, m);
      newArr += r.get(MonthlyMetric.NEW_ARR, m);
    }
    assertThat(r.get(Metric.CAC_PAYBACK_MONTHS))
        .isCloseTo(cost / (newArr * p.finance().grossMargin()) * 12, within(1e-9));
    assertThat(r.get(Metric.CAC_PAYBACK_MONTHS)).as("a plausible SaaS payback").isBetween(3.0, 60.0);
  }
}
