package salesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.calibrate.CalibratedScenario;
import salesim.calibrate.Calibration;
import salesim.calibrate.CalibrationOptions;
import salesim.calibrate.Calibrator;
import salesim.calibrate.Estimate;
import salesim.crm.CrmHistory;
import salesim.crm.Opportunity;
import salesim.crm.WorkCalendar;
import salesim.experiment.Experiment;
import salesim.experiment.Variant;
import salesim.kernel.stat.Tally;
import salesim.model.MonthlyMetric;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

/**
 * Issue 17's round trip over real simulated replications: export a known scenario's replications
 * through the model's {@link salesim.model.History} (the adapter, {@link CrmExport}), calibrate,
 * recover the parameters the model draws directly (the lead rate, deal values) within their
 * intervals, and check that a simulation of the calibrated scenario books what the source did,
 * month for month, within sampling error.
 * The source runs warm (its export reaches back over the warm-up, so the team has tenures and
 * the first months a pipeline), and the calibrated scenario starts from the company's state at
 * the as-of date; both are in steady state, so their monthly bookings levels compare directly.
 */
final class ModelRoundTripTest {

  static final int SEEDS = 8;

  @TempDir Path tmp;

  @Test
  void simulatedExports_calibrateBackToTheScenario_andBookTheSameLevel() {
    ScenarioLoader loader = new ScenarioLoader();
    SalesParameters p = loader.load(Path.of("scenarios/split-weighted.yaml")).parameters();
    int months = p.calendar().months();
    WorkCalendar calendar = WorkCalendar.of(YearMonth.of(2025, 1));
    LocalDate asOf = calendar.origin().plusMonths(months - 1).atEndOfMonth();
    int leadHits = 0;
    int valueHits = 0;
    int values = 0;
    Tally source = new Tally();
    Tally calibrated = new Tally();
    for (int seed = 1; seed <= SEEDS; seed++) {
      CrmHistory h = CrmExport.replay(p, seed).toCrm(calendar, p.calendar().horizonDays());
      Calibration c = Calibrator.calibrate(h, loader.loadDefaults().parameters(),
          CalibrationOptions.of(asOf));
      leadHits += c.estimate("inbound.leadsPerMonth").covers(p.inbound().leadsPerMonth()) ? 1 : 0;
      for (int i = 0; i < p.segments().size(); i++) {
        Estimate e = c.estimate("segments[" + i + "].dealValueMean");
        if (e.sets()) {
          values++;
          valueHits += e.covers(p.segments().get(i).dealValueMean()) ? 1 : 0;
        }
      }
      double booked = 0;
      for (Opportunity o : h.opportunities()) {
        int month = calendar.monthOf(o.closeDate().at());
        if (o.won() && month >= 0 && month < months) {
          booked += o.amount();
        }
      }
      source.add(booked / months);
      SalesParameters fitted = CalibratedScenario.bind(c, "calibrated", null, months,
          "calibrated").parameters();
      try (Experiment e = Experiment.start(List.of(new Variant("calibrated", fitted)), List.of(),
          seed + 1000L, 2, tmp.resolve("work" + seed))) {
        e.advance(1, (r, results) -> {
          double sum = 0;
          for (int m = 0; m < months; m++) {
            sum += results[0].get(MonthlyMetric.BOOKINGS_TOTAL, m);
          }
          calibrated.add(sum / months);
        });
      }
    }
    double se0 = Math.sqrt(source.variance() / SEEDS + calibrated.variance() / SEEDS);
    System.out.printf(java.util.Locale.ROOT, "model round trip over %d seeds: lead rate in its"
        + " interval %d times, deal values %d of %d; monthly bookings %.0f (source) against %.0f"
        + " (calibrated, from the state at as-of), SE of the difference %.0f%n", SEEDS, leadHits,
        valueHits, values, source.mean(), calibrated.mean(), se0);
    assertThat(leadHits).as("lead rate within its interval").isGreaterThanOrEqualTo(SEEDS - 2);
    assertThat(valueHits).as("deal values within their intervals").isGreaterThanOrEqualTo(values - 2);
    double se = Math.sqrt(source.variance() / SEEDS + calibrated.variance() / SEEDS);
    assertThat(Math.abs(calibrated.mean() - source.mean())).as("monthly bookings level")
        .isLessThan(3 * se);
  }
}
