package salesim.calibrate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.crm.CrmHistory;
import salesim.crm.Opportunity;
import salesim.experiment.Experiment;
import salesim.experiment.Variant;
import salesim.model.MonthlyMetric;
import salesim.model.SalesParameters;
import salesim.scenario.Scenario;

/**
 * The back-test (issue 17): calibrate on the data up to {@code as-of − N months}, simulate the
 * next N months, and compare the company's actual monthly bookings, opportunities created and
 * wins with the simulated fan — how many months fell inside the 50 % and 90 % bands, and how far
 * the simulated median was from the actual.
 *
 * <p>The simulation starts from the company's state at {@code as-of − N} (the calibration's
 * {@code start:}: its team with their tenures, its open deals at their stages and ages, its
 * customers), so the first held-out month already carries the pipeline the company had.
 *
 * <p>Stateless; thread-safe.
 */
public final class BackTest {

  private BackTest() {}

  /**
   * One compared metric.
   *
   * @param actual the company's value in each held-out month
   * @param p5 and the others: the simulated percentiles in each month (type 7, across runs)
   * @param inside50 months whose actual lies within P25–P75
   * @param inside90 months whose actual lies within P5–P95
   * @param medianError mean of (simulated median − actual)
   * @param medianRelativeError sum of |median − actual| over the sum of actuals
   * @param statement the comparison in a sentence
   */
  public record Series(String metric, String label, String unit, List<Double> actual,
      List<Double> p5, List<Double> p25, List<Double> p50, List<Double> p75, List<Double> p95,
      int inside50, int inside90, double medianError, double medianRelativeError,
      String statement) {

    public Series {
      actual = List.copyOf(actual);
      p5 = List.copyOf(p5);
      p25 = List.copyOf(p25);
      p50 = List.copyOf(p50);
      p75 = List.copyOf(p75);
      p95 = List.copyOf(p95);
    }
  }

  /**
   * The back-test's outcome.
   *
   * @param fittedAsOf the last day the fit saw
   * @param months the held-out calendar months ("2025-01")
   * @param warmupMonths simulated months before the compared ones
   * @param fromStartState whether the simulation started from the company's state
   * @param fitted the calibration at {@code fittedAsOf}
   */
  public record Result(LocalDate fittedAsOf, List<String> months, long runs, long seed,
      int warmupMonths, boolean fromStartState, List<Series> series, Calibration fitted) {

    public Result {
      months = List.copyOf(months);
      series = List.copyOf(series);
    }
  }

  /**
   * Calibrates at {@code asOf − holdoutMonths}, simulates, and compares.
   *
   * @param baseFile the base scenario file, or null for the reference
   * @param work a folder for the experiment's working files
   */
  public static Result run(CrmHistory history, SalesParameters base, Path baseFile,
      CalibrationOptions options, int holdoutMonths, long runs, long seed, int threads,
      Path work) {
    LocalDate fittedAsOf = options.asOf().minusMonths(holdoutMonths);
    if (options.asOf().equals(YearMonth.from(options.asOf()).atEndOfMonth())) {
      fittedAsOf = YearMonth.from(options.asOf()).minusMonths(holdoutMonths).atEndOfMonth();
    }
    Calibration fitted = Calibrator.calibrate(history, base,
        new CalibrationOptions(fittedAsOf, options.outboundSources(), options.minSample()));
    Scenario scenario = CalibratedScenario.bind(fitted, "back-test", baseFile, holdoutMonths,
        "back-test at " + fittedAsOf);
    return simulate(history, scenario.parameters(), fitted, fittedAsOf, holdoutMonths, 0,
        runs, seed, threads, work);
  }

  /**
   * Simulates {@code parameters} and compares its months from {@code warmup} on with the actuals
   * (0 when the parameters start from the company's state, as the back-test's do).
   */
  static Result simulate(CrmHistory history, SalesParameters parameters, Calibration fitted,
      LocalDate fittedAsOf, int holdoutMonths, int warmup, long runs, long seed, int threads,
      Path work) {
    YearMonth first = YearMonth.from(fittedAsOf.plusDays(1));
    List<String> months = new ArrayList<>();
    for (int m = 0; m < holdoutMonths; m++) {
      months.add(first.plusMonths(m).toString());
    }
    double[][] actual = actuals(history, fitted, first, holdoutMonths);
    double[][][] simulated = new double[3][holdoutMonths][(int) runs];
    try (Experiment e = Experiment.start(List.of(new Variant("back-test", parameters)), List.of(),
        seed, threads, work)) {
      e.advance(runs, (replication, results) -> {
        for (int m = 0; m < holdoutMonths; m++) {
          int at = warmup + m;
          var r = results[0];
          simulated[0][m][(int) replication] = r.get(MonthlyMetric.BOOKINGS_TOTAL, at);
          simulated[1][m][(int) replication] = r.get(MonthlyMetric.OPPORTUNITIES_INBOUND, at)
              + r.get(MonthlyMetric.OPPORTUNITIES_OUTBOUND, at);
          simulated[2][m][(int) replication] = r.get(MonthlyMetric.DEALS_WON_INBOUND, at)
              + r.get(MonthlyMetric.DEALS_WON_OUTBOUND, at);
        }
      });
    }
    String currency = fitted.currency();
    List<Series> series = new ArrayList<>();
    String[][] names = {{"bookings", "Bookings", currency}, {"opportunities",
        "Opportunities created", "deals"}, {"wins", "Deals won", "deals"}};
    for (int k = 0; k < 3; k++) {
      series.add(series(names[k][0], names[k][1], names[k][2], actual[k], simulated[k]));
    }
    return new Result(fittedAsOf, months, runs, seed, warmup, parameters.start().given(), series,
        fitted);
  }

  /** The company's bookings, opportunities created and wins in each held-out month. */
  static double[][] actuals(CrmHistory history, Calibration fitted, YearMonth first, int months) {
    double[][] actual = new double[3][months];
    LocalDate end = fitted.asOf().plusMonths(months);
    for (Opportunity o : history.opportunities()) {
      int created = (int) java.time.temporal.ChronoUnit.MONTHS.between(first,
          YearMonth.from(o.created().date()));
      if (created >= 0 && created < months) {
        actual[1][created]++;
      }
      if (o.won() && o.closeDate() != null && !o.closeDate().date().isAfter(end)) {
        int closed = (int) java.time.temporal.ChronoUnit.MONTHS.between(first,
            YearMonth.from(o.closeDate().date()));
        if (closed >= 0 && closed < months) {
          actual[2][closed]++;
          boolean sameCurrency = o.currency() == null || fitted.currency() == null
              || o.currency().equalsIgnoreCase(fitted.currency());
          if (o.amount() != null && o.amount() > 0 && sameCurrency) {
            actual[0][closed] += o.amount();
          }
        }
      }
    }
    return actual;
  }

  static Series series(String metric, String label, String unit, double[] actual,
      double[][] simulated) {
    int n = actual.length;
    List<Double> a = new ArrayList<>();
    List<List<Double>> q = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      q.add(new ArrayList<>());
    }
    double[] levels = {0.05, 0.25, 0.50, 0.75, 0.95};
    int in50 = 0;
    int in90 = 0;
    double error = 0;
    double absolute = 0;
    double total = 0;
    for (int m = 0; m < n; m++) {
      double[] sorted = Stats.sorted(simulated[m]);
      double[] p = new double[5];
      for (int i = 0; i < 5; i++) {
        p[i] = Stats.percentile(sorted, levels[i]);
        q.get(i).add(p[i]);
      }
      a.add(actual[m]);
      if (p[1] <= actual[m] && actual[m] <= p[3]) {
        in50++;
      }
      if (p[0] <= actual[m] && actual[m] <= p[4]) {
        in90++;
      }
      error += p[2] - actual[m];
      absolute += Math.abs(p[2] - actual[m]);
      total += actual[m];
    }
    double relative = total > 0 ? absolute / total : Double.NaN;
    double bias = error / n;
    String direction = bias > 0 ? "above" : "below";
    String statement = String.format(Locale.ROOT, "The actual %s fell inside the simulated 90 %%"
        + " band in %d of %d months and inside the 50 %% band in %d of %d; the simulated median"
        + " was %s the actual by %s a month on average%s.", label.toLowerCase(Locale.ROOT), in90,
        n, in50, n, direction, amount(Math.abs(bias), unit), Double.isNaN(relative) ? ""
            : String.format(Locale.ROOT, " (mean absolute error %.0f %% of the actual)",
                100 * relative));
    return new Series(metric, label, unit, a, q.get(0), q.get(1), q.get(2), q.get(3), q.get(4),
        in50, in90, bias, relative, statement);
  }

  private static String amount(double v, String unit) {
    if (unit.equals("deals")) {
      return String.format(Locale.ROOT, "%.1f deals", v);
    }
    return unit + " " + ScenarioText.number(v);
  }
}
