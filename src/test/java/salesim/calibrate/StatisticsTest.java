package salesim.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import salesim.crm.CrmHistory;
import salesim.kernel.random.RandomStream;
import salesim.model.SalesParameters;
import salesim.scenario.ScenarioLoader;

/**
 * The estimators' methods against what they must give: the censored gamma fit recovers a known
 * distribution that a naive mean of ended stays underestimates; date-only windows integrate
 * exactly; Kaplan–Meier and Aalen–Johansen on hand examples; the Poisson trend and season; the
 * quality MLE; and the back-test's band counting and its determinism.
 */
final class StatisticsTest {

  @TempDir Path tmp;

  @Test
  void gammaFit_withCensoring_recoversTheTruth_whereEndedStaysAloneUnderestimate() {
    RandomStream rng = new RandomStream(11);
    double mean = 10;
    double cv = 0.6;
    double k = 1 / (cv * cv);
    List<GammaFit.Stay> stays = new ArrayList<>();
    double endedSum = 0;
    int ended = 0;
    for (int i = 0; i < 3000; i++) {
      double x = rng.gamma(k, mean / k);
      double censor = rng.uniform(0, 25);
      if (x <= censor) {
        stays.add(new GammaFit.Stay(0, 0, x, x, false));
        endedSum += x;
        ended++;
      } else {
        stays.add(new GammaFit.Stay(0, 0, censor, censor, true));
      }
    }
    GammaFit.Result fit = GammaFit.fit(stays);
    assertThat(fit.meanLow()).isLessThan(mean);
    assertThat(fit.meanHigh()).isGreaterThan(mean);
    assertThat(fit.cvLow()).isLessThan(cv);
    assertThat(fit.cvHigh()).isGreaterThan(cv);
    assertThat(endedSum / ended).isLessThan(fit.meanLow()); // survivors dropped: biased low
  }

  @Test
  void gammaFit_dateOnlyWindows_integrateOverTheDay() {
    RandomStream rng = new RandomStream(12);
    double mean = 3;
    double cv = 0.8;
    double k = 1 / (cv * cv);
    List<GammaFit.Stay> stays = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      double entry = rng.uniform(0, 100);
      double exit = entry + rng.gamma(k, mean / k);
      double a = Math.floor(entry);
      double b = Math.floor(exit);
      stays.add(new GammaFit.Stay(a, a + 1, b, b + 1, false)); // only the days are known
    }
    GammaFit.Result fit = GammaFit.fit(stays);
    assertThat(fit.meanLow()).isLessThan(mean);
    assertThat(fit.meanHigh()).isGreaterThan(mean);
    assertThat(fit.cvLow()).isLessThan(cv);
    assertThat(fit.cvHigh()).isGreaterThan(cv);
    // G(x), the integral of the CDF: its derivative is the CDF.
    double h = 1e-5;
    assertThat((GammaFit.g(2 + h, 2, 1.5) - GammaFit.g(2 - h, 2, 1.5)) / (2 * h))
        .isCloseTo(GammaFit.cdf(2, 2, 1.5), within(1e-6));
  }

  @Test
  void survival_handExamples() {
    Survival.Curve km = Survival.kaplanMeier(new double[] {1, 2, 2, 3, 4},
        new boolean[] {true, true, false, true, false});
    assertThat(km.times()).containsExactly(0, 1, 2, 3);
    assertThat(km.values()).containsExactly(new double[] {1, 0.8, 0.6, 0.3}, within(1e-12));
    Survival.Curve[] cif = Survival.competing(new double[] {1, 2, 3, 4}, new int[] {1, 2, 0, 1});
    assertThat(cif[0].last()).isCloseTo(0.75, within(1e-12));
    assertThat(cif[1].last()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void leadTrend_recoversRateGrowthAndSeason() {
    RandomStream rng = new RandomStream(13);
    double[] season = {1.2, 1.1, 1.0, 0.9, 0.8, 0.8, 0.9, 1.0, 1.1, 1.1, 1.0, 1.1};
    long[] counts = new long[36];
    for (int m = 0; m < 36; m++) {
      counts[m] = rng.poisson(300 * Math.pow(1.01, m - 36) * season[m % 12]);
    }
    LeadTrend.Result fit = LeadTrend.fit(counts, 0, 36);
    assertThat(fit.rateLow()).isLessThan(300);
    assertThat(fit.rateHigh()).isGreaterThan(300);
    assertThat(fit.growthLow()).isLessThan(0.01);
    assertThat(fit.growthHigh()).isGreaterThan(0.01);
    for (int i = 0; i < 12; i++) {
      assertThat(fit.seasonLow()[i]).as("month " + i).isLessThan(season[i]);
      assertThat(fit.seasonHigh()[i]).as("month " + i).isGreaterThan(season[i]);
    }
    long[] flat = new long[12];
    for (int m = 0; m < 12; m++) {
      flat[m] = rng.poisson(100);
    }
    LeadTrend.Result constant = LeadTrend.fit(flat, 0, 12);
    assertThat(constant.season()).isNull();
    assertThat(constant.rateLow()).isLessThan(100);
    assertThat(constant.rateHigh()).isGreaterThan(100);
  }

  @Test
  void qualityMle_isTheShareWithoutDecay_andRecoversQUnderDecay() {
    double[] m = new double[400];
    boolean[] y = new boolean[400];
    for (int i = 0; i < m.length; i++) {
      m[i] = 1;
      y[i] = i < 120;
    }
    double[] q = LeadFit.qualityMle(m, y);
    assertThat(q[0]).isCloseTo(0.3, within(1e-6));
    double[] wilson = Stats.wilson(120, 400);
    assertThat(q[1]).isCloseTo(wilson[0], within(0.005));
    assertThat(q[2]).isCloseTo(wilson[1], within(0.005));
    RandomStream rng = new RandomStream(14);
    double[] decayed = new double[5000];
    boolean[] outcome = new boolean[5000];
    for (int i = 0; i < decayed.length; i++) {
      decayed[i] = 0.006 + 0.994 * Math.exp(-rng.exponential(1.0) / 0.483);
      outcome[i] = rng.bernoulli(0.45 * decayed[i]);
    }
    double[] fit = LeadFit.qualityMle(decayed, outcome);
    assertThat(fit[1]).isLessThan(0.45);
    assertThat(fit[2]).isGreaterThan(0.45);
  }

  @Test
  void consensusExit_recoversTheReferenceExit_whereThePooledShareIsOff() {
    RandomStream rng = new RandomStream(14);
    double exit = 0.45;
    double[] ratio = {0.4, 1.0, 2.0}; // buying groups 2, 5 and 10 over a reference of 5
    int n = 3000;
    double[] groups = new double[n];
    boolean[] lost = new boolean[n];
    int losses = 0;
    for (int i = 0; i < n; i++) {
      groups[i] = ratio[i % 10 < 5 ? 0 : i % 10 < 9 ? 1 : 2];
      lost[i] = rng.nextDouble() >= Math.pow(1 - exit, groups[i]);
      losses += lost[i] ? 1 : 0;
    }
    double[] fit = PipelineFit.consensusExit(groups, lost);
    // The pooled share mixes the segments: about 0.36 here, outside the interval.
    assertThat((double) losses / n).isLessThan(fit[1]);
    assertThat(fit[0]).isCloseTo(exit, within(0.03));
    assertThat(fit[1]).isLessThan(exit);
    assertThat(fit[2]).isGreaterThan(exit);
    assertThat(fit[2] - fit[1]).isLessThan(0.06);
  }

  @Test
  void backTestSeries_countsMonthsInsideTheBands() {
    double[][] simulated = new double[3][];
    for (int m = 0; m < 3; m++) {
      simulated[m] = new double[101];
      for (int r = 0; r <= 100; r++) {
        simulated[m][r] = r; // percentiles: p5 = 5, p25 = 25, p50 = 50, p75 = 75, p95 = 95
      }
    }
    BackTest.Series s = BackTest.series("wins", "Deals won", "deals", new double[] {50, 10, 99},
        simulated);
    assertThat(s.inside50()).isEqualTo(1);
    assertThat(s.inside90()).isEqualTo(2);
    assertThat(s.medianError()).isCloseTo((0 + 40 - 49) / 3.0, within(1e-12));
    assertThat(s.statement()).isEqualTo("The actual deals won fell inside the simulated 90 % band"
        + " in 2 of 3 months and inside the 50 % band in 1 of 3; the simulated median was below"
        + " the actual by 3.0 deals a month on average (mean absolute error 56 % of the actual).");
  }

  @Test
  void backTest_startsFromTheCompanysStateAtTheFitDate_sameBytesForTheSameSeed() {
    ScenarioLoader loader = new ScenarioLoader();
    SalesParameters truth =
        loader.load(Path.of("src/test/resources/salesim/calibrate/truth.yaml")).parameters();
    SalesParameters reference = loader.loadDefaults().parameters();
    CrmHistory h = SyntheticCompany.generate(truth, 24, 5, 0.5);
    CalibrationOptions options = CalibrationOptions.of(CalibrationRoundTripTest.AS_OF);
    BackTest.Result a = BackTest.run(h, reference, null, options, 2, 8, 3, 1, tmp.resolve("a"));
    BackTest.Result b = BackTest.run(h, reference, null, options, 2, 8, 3, 2, tmp.resolve("b"));
    assertThat(a.fittedAsOf()).isEqualTo(CalibrationRoundTripTest.AS_OF.minusMonths(2));
    assertThat(a.months()).containsExactly("2025-11", "2025-12");
    assertThat(a.fromStartState()).isTrue();
    assertThat(a.warmupMonths()).isZero();
    assertThat(a.series()).extracting(BackTest.Series::metric)
        .containsExactly("bookings", "opportunities", "wins");
    assertThat(a.series()).isEqualTo(b.series()); // 1 or 2 threads: the same numbers
    // The actuals are the company's own held-out months.
    long created = h.opportunities().stream()
        .filter(o -> o.created().date().getYear() == 2025 && o.created().date().getMonthValue() == 11)
        .count();
    assertThat(a.series().get(1).actual().get(0)).isEqualTo((double) created);
  }
}
