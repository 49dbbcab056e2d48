package salesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.model.Metric;
import salesim.model.MonthlyMetric;
import salesim.model.SalesParameters;
import salesim.model.shock.Shock;
import salesim.model.shock.ShockShape;
import salesim.scenario.ScenarioLoader;

final class ExperimentTest {

  @TempDir Path tmp;

  private static final String VAST =
      "segments={replace: [{name: all, accounts: 50000000, dealValueMean: 30000, dealValueCv: 0.6,"
          + " cycleFactor: 1.0, latentNeedShare: 0.25, buyingGroupSize: 5, inboundShare: 1,"
          + " outboundShare: 1, grossChurnPerYear: 0.1, expansionPerYear: 0.05, billing: ANNUAL}]}";

  private static SalesParameters load(String file, String... sets) {
    return new ScenarioLoader().load(Path.of("scenarios", file), List.of(sets)).parameters();
  }

  @Test
  void commonRandomNumbers_reduceTheVarianceOfPairedDifferences() {
    List<Variant> variants =
        List.of(
            // A market too large for deals to hold leads back: the leads are the same.
            new Variant("flat", load("mixed-flat.yaml", "calendar.months=12", VAST)),
            new Variant("weighted", load("mixed-weighted.yaml", "calendar.months=12", VAST)));
    try (Experiment e = Experiment.start(variants, List.of(), 3, 2, tmp.resolve("w"))) {
      e.advance(40, (r, results) -> {});
      PairedDifference d = e.difference(1, Metric.BOOKINGS_TOTAL);
      // Same leads, same reps: the paired comparison needs several times fewer runs.
      assertThat(d.varianceReduction()).isGreaterThan(2.0);
      assertThat(e.difference(1, Metric.INBOUND_LEADS).varianceReduction()).isNaN(); // identical
      assertThat(e.difference(1, Metric.INBOUND_LEADS).mean()).isZero();
    }
  }

  @Test
  void aShockThatChangesNothing_losesNothing_inEveryReplication() {
    SalesParameters plan = load("split-weighted.yaml", "calendar.months=18");
    Shock neutral = new Shock("none", 6, 6, ShockShape.V, 1, 1, 1, 1, 1, 1, 1, 1, 0);
    Shock deep = new Shock("deep", 6, 6, ShockShape.V, 1, 0.4, 0.5, 0.7, 0.8, 0.8, 0.8, 1.3, 0.1);
    List<Variant> variants =
        List.of(
            new Variant("plan", plan),
            new Variant("neutral", plan.withShocks(List.of(neutral))),
            new Variant("deep", plan.withShocks(List.of(deep))));
    List<List<PairMetric>> stress =
        List.of(StressMetrics.of(List.of(neutral), 18), StressMetrics.of(List.of(deep), 18));
    try (Experiment e = Experiment.start(variants, stress, 5, 2, tmp.resolve("w"))) {
      e.advance(12, (r, results) -> {
        for (int m = 0; m < 6; m++) {
          // Before the shock starts, the shocked runs are the plan's runs, event for event.
          assertThat(results[2].get(MonthlyMetric.BOOKINGS_TOTAL, m))
              .isEqualTo(results[0].get(MonthlyMetric.BOOKINGS_TOTAL, m));
        }
      });
      MetricSummary neutralLoss = e.pairMetric(1, 0);
      assertThat(neutralLoss.mean()).isZero();
      assertThat(neutralLoss.p95()).isZero();
      assertThat(e.pairMetric(2, 0).mean()).isPositive();
      assertThat(e.pairMetric(2, 4).ci95Low()).isPositive(); // bookings lost over the horizon
    }
  }

  @Test
  void checkpointAndResume_giveExactlyTheUninterruptedResult() throws IOException {
    List<Variant> variants =
        List.of(
            new Variant("a", load("mixed-flat.yaml", "calendar.months=6")),
            new Variant("b", load("split-weighted.yaml", "calendar.months=6")));
    RunResult whole;
    PairedDifference wholeDiff;
    List<Long> seen = new ArrayList<>();
    try (Experiment e = Experiment.start(variants, List.of(), 9, 2, tmp.resolve("whole"))) {
      e.advance(25, (r, results) -> {});
      whole = e.result(1);
      wholeDiff = e.difference(1, Metric.CONTRIBUTION);
    }
    ByteArrayOutputStream state = new ByteArrayOutputStream();
    try (Experiment first = Experiment.start(variants, List.of(), 9, 1, tmp.resolve("split"))) {
      first.advance(11, (r, results) -> {});
      first.checkpoint(new DataOutputStream(state));
      first.advance(5, (r, results) -> {}); // work after the checkpoint is lost in a crash
    }
    try (Experiment resumed =
        Experiment.resume(
            variants, List.of(), 9, 3, tmp.resolve("split"),
            new DataInputStream(new ByteArrayInputStream(state.toByteArray())))) {
      assertThat(resumed.done()).isEqualTo(11);
      resumed.advance(14, (r, results) -> seen.add(r));
      assertThat(seen.get(0)).isEqualTo(11);
      RunResult again = resumed.result(1);
      for (Metric m : Metric.values()) {
        assertThat(again.summary(m)).isEqualTo(whole.summary(m));
      }
      for (int month = 0; month < 6; month++) {
        for (MonthlyMetric m : MonthlyMetric.values()) {
          assertThat(again.monthly(month, m)).isEqualTo(whole.monthly(month, m));
        }
      }
      assertThat(resumed.difference(1, Metric.CONTRIBUTION)).isEqualTo(wholeDiff);
    }
  }

  @Test
  void hirePayback_isTheMeanOverTheRunsThatHiredAHunter_leavingOutTheHorizonPlaceholder() {
    // An impatient CEO cuts and re-staffs outbound seats: over 15 months some runs hire a hunter
    // and some do not.
    List<Variant> variants =
        List.of(new Variant("impatient", load("impatient-ceo.yaml", "calendar.months=15")));
    salesim.kernel.stat.Tally hiring = new salesim.kernel.stat.Tally();
    int[] without = new int[1];
    try (Experiment e = Experiment.start(variants, List.of(), 11, 2, tmp.resolve("w"))) {
      e.advance(12, (r, results) -> {
        double payback = results[0].get(Metric.OUTBOUND_HIRE_PAYBACK_MONTHS);
        if (results[0].get(Metric.OUTBOUND_HIRES) > 0) {
          hiring.add(payback);
        } else {
          // What the model writes for a run without a hire: the horizon, not a payback.
          assertThat(payback).isEqualTo(15.0);
          without[0]++;
        }
      });
      HirePayback h = e.result(0).hirePayback();
      assertThat(without[0]).as("runs without a hire").isPositive();
      assertThat(hiring.count()).as("runs with a hire").isPositive();
      assertThat(h.runs()).isEqualTo(12);
      assertThat(h.runsHiring()).isEqualTo(hiring.count());
      // Reduced in replication order, so the same bits as the listener's own tally.
      assertThat(h.mean()).isEqualTo(hiring.mean());
      double half = MetricSummary.tQuantile975(hiring.count() - 1) * hiring.standardError();
      assertThat(h.ci95Low()).isEqualTo(hiring.mean() - half);
      assertThat(h.ci95High()).isEqualTo(hiring.mean() + half);
      // The metric's own mean mixes the placeholder in; this one does not.
      assertThat(h.mean()).isNotEqualTo(e.result(0).summary(Metric.OUTBOUND_HIRE_PAYBACK_MONTHS).mean());
    }
  }

  @Test
  void hirePayback_withoutAHire_isUndefined() {
    HirePayback none = HirePayback.of(6, new salesim.kernel.stat.Tally());
    assertThat(none.noneHired()).isTrue();
    assertThat(none.mean()).isNaN();
    assertThat(none.ci95Low()).isNaN();
  }
}
