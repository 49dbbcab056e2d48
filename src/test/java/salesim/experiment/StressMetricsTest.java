package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.model.ReplicationResult;
import salesim.model.SalesParameters;
import salesim.model.shock.Shock;
import salesim.model.shock.ShockShape;
import salesim.scenario.ScenarioLoader;

/** The stress metrics' arithmetic on hand-made series, and each metric on real paired runs. */
final class StressMetricsTest {

  @TempDir Path tmp;

  private static double[] months(int n, double value) {
    double[] series = new double[n];
    Arrays.fill(series, value);
    return series;
  }

  @Test
  void monthsToRegain_aThreeMonthDip_isBackWhenTheTrailingAverageIs() {
    double[] bookings = months(18, 100);
    bookings[6] = bookings[7] = bookings[8] = 50;
    // Trailing three-month means from month 8: 50, 66.7, 83.3, then 100 at month 11 (the 12th
    // month), six months after the shock began in month 6.
    assertThat(StressMetrics.monthsToRegain(bookings, 6, 7, 18)).isEqualTo(6.0);
  }

  @Test
  void monthsToRegain_neverBack_isMinusOne_andNoHistory_isZero() {
    double[] bookings = months(18, 100);
    for (int m = 6; m < 18; m++) {
      bookings[m] = 99.9;
    }
    assertThat(StressMetrics.monthsToRegain(bookings, 6, 7, 18)).isEqualTo(-1.0);
    assertThat(StressMetrics.monthsToRegain(bookings, 0, 0, 18)).isZero();
  }

  @Test
  void monthsToRegain_aShortHistory_usesTheMonthsThereAre() {
    // Shock in month 2: the run rate is the mean of months 0 and 1 (100 and 200, so 150).
    double[] bookings = {100, 200, 0, 0, 150, 150, 150, 150};
    // From month max(trough 2, 2 + 2 = 4): months 2..4 average 50, 3..5 100, 4..6 150.
    assertThat(StressMetrics.monthsToRegain(bookings, 2, 2, 8)).isEqualTo(5.0);
  }

  @Test
  void trough_isTheMonthOfTheDeepestSummedSeverity() {
    Shock v = new Shock("v", 4, 6, ShockShape.V, 1, 0.5, 1, 1, 1, 1, 1, 1, 0);
    int trough = StressMetrics.trough(List.of(v), 4, 24);
    for (int m = 4; m < 24; m++) {
      assertThat(v.severity(m)).isLessThanOrEqualTo(v.severity(trough));
    }
  }

  @Test
  void window_spansEveryShock_cutAtTheHorizon_andSaysWhetherTheyEndBeforeIt() {
    Shock early = new Shock("a", 3, 4, ShockShape.STEP, 1, 0.5, 1, 1, 1, 1, 1, 1, 0);
    Shock late = new Shock("b", 10, 20.5, ShockShape.U, 1, 0.5, 1, 1, 1, 1, 1, 1, 0);
    StressWindow both = StressWindow.of(List.of(early, late), 24);
    assertThat(both.first()).isEqualTo(3);
    assertThat(both.last()).isEqualTo(24);
    assertThat(both.endsInHorizon()).isFalse();
    StressWindow one = StressWindow.of(List.of(early), 24);
    assertThat(one.last()).isEqualTo(7);
    assertThat(one.endsInHorizon()).isTrue();
  }

  @Test
  void everyMetric_onRealPairs_agreesWithItsDefinition() {
    SalesParameters plan =
        new ScenarioLoader()
            .load(Path.of("scenarios", "mixed-flat.yaml"), List.of("calendar.months=18"))
            .parameters();
    Shock deep = new Shock("deep", 6, 6, ShockShape.V, 1, 0.3, 0.5, 0.6, 0.7, 0.7, 0.8, 1.3, 0.1);
    StressWindow w = StressWindow.of(List.of(deep), 18);
    List<ReplicationResult[]> pairs = new ArrayList<>();
    List<Variant> variants =
        List.of(new Variant("plan", plan), new Variant("deep", plan.withShocks(List.of(deep))));
    try (Experiment e =
        Experiment.start(variants, List.of(StressMetrics.of(List.of(deep), 18)), 7, 2,
            tmp.resolve("w"))) {
      e.advance(8, (r, results) -> pairs.add(results.clone()));
      assertThat(e.pairMetrics(1).stream().map(PairMetric::key).toList())
          .containsExactly(
              Arrays.stream(StressMetric.values()).map(StressMetric::key).toArray(String[]::new));
    }
    int recovered = 0;
    for (ReplicationResult[] pair : pairs) {
      ReplicationResult base = pair[0];
      ReplicationResult shocked = pair[1];
      double window = 0;
      double lowest = Double.POSITIVE_INFINITY;
      for (int m = 0; m < 18; m++) {
        double lost =
            base.get(MonthlyMetric.BOOKINGS_TOTAL, m)
                - shocked.get(MonthlyMetric.BOOKINGS_TOTAL, m);
        if (m >= 6 && m < 12) {
          window += lost;
        }
        if (m >= 6) {
          lowest = Math.min(lowest, shocked.get(MonthlyMetric.CONTRIBUTION, m));
        }
      }
      assertThat(StressMetric.BOOKINGS_LOST_IN_SHOCK_WINDOW.value(w, base, shocked))
          .isCloseTo(window, within(1e-6));
      assertThat(StressMetric.LOWEST_MONTHLY_CONTRIBUTION.value(w, base, shocked))
          .isEqualTo(lowest);
      assertThat(StressMetric.BOOKINGS_LOST.value(w, base, shocked))
          .isEqualTo(base.get(Metric.BOOKINGS_TOTAL) - shocked.get(Metric.BOOKINGS_TOTAL));
      assertThat(StressMetric.CONTRIBUTION_LOST.value(w, base, shocked))
          .isEqualTo(base.get(Metric.CONTRIBUTION) - shocked.get(Metric.CONTRIBUTION));
      double months = StressMetric.MONTHS_TO_REGAIN_RUN_RATE.value(w, base, shocked);
      double flag = StressMetric.REGAINED_RUN_RATE.value(w, base, shocked);
      assertThat(flag).isIn(0.0, 1.0);
      if (flag == 0.0) {
        assertThat(months).as("censored at the horizon").isEqualTo(18 - 6);
      } else {
        recovered++;
        assertThat(months).isBetween(1.0, 12.0);
      }
    }
    assertThat(pairs).hasSize(8);
    assertThat(recovered).as("a deep six-month V: some of 8 runs recover in a year").isPositive();
  }

  private static MetricSummary mean(double mean) {
    return new MetricSummary(10, mean, 0, mean, mean, mean, mean, mean, mean, mean);
  }

  private static Map<StressMetric, MetricSummary> shock(
      double lost, double months, double lowest, double regained) {
    Map<StressMetric, MetricSummary> m = new EnumMap<>(StressMetric.class);
    for (StressMetric metric : StressMetric.values()) {
      m.put(metric, mean(0));
    }
    m.put(StressMetric.BOOKINGS_LOST, mean(lost));
    m.put(StressMetric.MONTHS_TO_REGAIN_RUN_RATE, mean(months));
    m.put(StressMetric.LOWEST_MONTHLY_CONTRIBUTION, mean(lowest));
    m.put(StressMetric.REGAINED_RUN_RATE, mean(regained));
    return m;
  }

  @Test
  void analysis_ranksTheShocks_slowestByTheShareThatRecovers_notByCensoredMonths() {
    List<Recovery> recoveries =
        List.of(
            new Recovery(10, 9, 5, 18, 36),
            new Recovery(10, 2, 11, 30, 36),
            new Recovery(10, 5, 12, 24, 36),
            new Recovery(10, 2, 8, 24, 36));
    StressAnalysis a =
        StressAnalysis.of(
            List.of(
                shock(100, 5, 10, 0.9),
                shock(300, 12, -5, 0.2),
                shock(50, 20, -1, 0.5),
                shock(300, 3, 1, 0.2)),
            recoveries);
    assertThat(a.worst()).isEqualTo(1);
    assertThat(a.mildest()).isEqualTo(2);
    // Shock 2 has the longest censored months (20) but half its runs recover; shocks 1 and 3
    // both recover in 20 % of runs, and 1's recovered runs took longer.
    assertThat(a.slowest()).isEqualTo(1);
    assertThat(a.losing()).isEqualTo(2);
    assertThat(a.shocks()).isEqualTo(4);
  }

  @Test
  void recovery_hasAMedianExactlyWhenAtLeastHalfTheRunsRecover_andKnowsAShockCutByTheHorizon() {
    assertThat(new Recovery(10, 5, 7, 18, 36).medianRunRecovers()).isTrue();
    assertThat(new Recovery(10, 4, 7, 18, 36).medianRunRecovers()).isFalse();
    assertThat(new Recovery(3, 0, Double.NaN, 18, 36).medianRunRecovers()).isFalse();
    assertThat(new Recovery(10, 4, 7, 18, 36).share()).isEqualTo(0.4);
    assertThat(new Recovery(10, 4, 7, 35, 36).shockEndsBeforeHorizon()).isTrue();
    assertThat(new Recovery(10, 4, 7, 36, 36).shockEndsBeforeHorizon()).isFalse();
  }

  @Test
  void recoveryOf_anExperiment_isTheShareAndTheMedianOfTheRunsThatRecovered() {
    SalesParameters plan =
        new ScenarioLoader()
            .load(Path.of("scenarios", "mixed-flat.yaml"), List.of("calendar.months=20"))
            .parameters();
    Shock deep = new Shock("deep", 6, 6, ShockShape.V, 1, 0.3, 0.5, 0.6, 0.7, 0.7, 0.8, 1.3, 0.1);
    StressWindow w = StressWindow.of(List.of(deep), 20);
    List<Double> recoveredMonths = new ArrayList<>();
    List<Variant> variants =
        List.of(new Variant("plan", plan), new Variant("deep", plan.withShocks(List.of(deep))));
    try (Experiment e =
        Experiment.start(variants, List.of(StressMetrics.of(List.of(deep), 20)), 3, 2,
            tmp.resolve("r"))) {
      e.advance(
          15,
          (r, results) -> {
            if (StressMetric.REGAINED_RUN_RATE.value(w, results[0], results[1]) == 1.0) {
              recoveredMonths.add(
                  StressMetric.MONTHS_TO_REGAIN_RUN_RATE.value(w, results[0], results[1]));
            }
          });
      Recovery r = Recovery.of(e, 1, w);
      assertThat(r.runs()).isEqualTo(15);
      assertThat(r.recovered()).isEqualTo(recoveredMonths.size());
      double[] sorted = recoveredMonths.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      assertThat(sorted).isNotEmpty();
      double h = (sorted.length - 1) * 0.5;
      int lo = (int) Math.floor(h);
      double median =
          sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
      assertThat(r.medianMonths()).isEqualTo(median);
      assertThat(r.shockEndMonth()).isEqualTo(12);
      assertThat(r.shockEndsBeforeHorizon()).isTrue();
    }
  }
}
