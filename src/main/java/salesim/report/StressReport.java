package salesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import salesim.experiment.Experiment;
import salesim.experiment.ExperimentKind;
import salesim.experiment.MetricSummary;
import salesim.experiment.PairMetric;
import salesim.experiment.Recovery;
import salesim.experiment.RunResult;
import salesim.experiment.StressMetric;
import salesim.experiment.StressWindow;
import salesim.model.Metric;
import salesim.model.shock.Shock;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan against a library of shocks: stress.csv (one row per shock), summary.json, and the
 * table {@code salesim stress} prints. Variant 0 is the plan without the shock; variant i is the
 * plan under shock i.
 */
public final class StressReport {

  private StressReport() {}

  /**
   * stress.csv: per shock, each stress metric's mean, CI, p5 and p95, the plan's P5s, and the
   * recovery: the share of runs that regain the run rate, the median months among them (empty if
   * none did) and whether the shock ends before the horizon (1) or is still on at it (0).
   */
  public static void writeCsv(
      Path file,
      List<String> shocks,
      List<RunResult> results,
      Experiment e,
      List<Recovery> recoveries) {
    try (BufferedWriter out = OutputFiles.writer(file)) {
      StringBuilder header = new StringBuilder("shock");
      List<String> keys = e.pairMetrics(1).stream().map(PairMetric::key).toList();
      for (String key : keys) {
        for (String stat : new String[] {"mean", "ci95_low", "ci95_high", "p5", "p50", "p95"}) {
          header.append(',').append(key).append('_').append(stat);
        }
      }
      header.append(",bookings_total_p5,contribution_p5,bookings_total_mean,contribution_mean");
      header.append(",share_recovered,median_months_among_recovered,shock_ends_before_horizon");
      out.write(header.append('\n').toString());
      out.write(row("none", null, results.get(0), keys.size()) + ",,,\n");
      for (int v = 1; v < results.size(); v++) {
        Recovery r = recoveries.get(v - 1);
        out.write(
            row(shocks.get(v - 1), e, results.get(v), v)
                + ","
                + Numbers.format(r.share())
                + ","
                + (Double.isNaN(r.medianMonths()) ? "" : Numbers.format(r.medianMonths()))
                + ","
                + (r.shockEndsBeforeHorizon() ? 1 : 0)
                + "\n");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
    }
  }

  private static String row(String shock, Experiment e, RunResult result, int variantOrCount) {
    StringBuilder row = new StringBuilder(Csv.field(shock));
    int metrics = e == null ? variantOrCount : e.pairMetrics(variantOrCount).size();
    for (int i = 0; i < metrics; i++) {
      MetricSummary s = e == null ? null : e.pairMetric(variantOrCount, i);
      double[] values =
          s == null
              ? new double[6]
              : new double[] {s.mean(), s.ci95Low(), s.ci95High(), s.p5(), s.p50(), s.p95()};
      for (double v : values) {
        row.append(',').append(Numbers.format(v));
      }
    }
    row.append(',').append(Numbers.format(result.summary(Metric.BOOKINGS_TOTAL).p5()));
    row.append(',').append(Numbers.format(result.summary(Metric.CONTRIBUTION).p5()));
    row.append(',').append(Numbers.format(result.summary(Metric.BOOKINGS_TOTAL).mean()));
    row.append(',').append(Numbers.format(result.summary(Metric.CONTRIBUTION).mean()));
    return row.toString();
  }

  /** summary.json: the plan's block, each shocked block, and the stress metrics. */
  public static void writeJson(
      Path file,
      Scenario plan,
      List<Scenario> shockFiles,
      List<RunResult> results,
      Experiment e,
      List<Recovery> recoveries,
      List<String> overrides) {
    List<String> shocks = shockFiles.stream().map(Scenario::name).toList();
    ObjectNode root = Json.header(ExperimentKind.STRESS, plan, results.get(0), overrides);
    ObjectNode baseline = root.putObject("no_shock");
    ObjectNode baseMetrics = baseline.putObject("metrics");
    for (Metric m : Metric.values()) {
      baseMetrics.set(m.key(), Json.summary(results.get(0).summary(m)));
    }
    baseline.set(SummaryJson.HIRE_PAYBACK, Json.hirePayback(results.get(0).hirePayback()));
    ArrayNode array = root.putArray("shocks");
    for (int v = 1; v < results.size(); v++) {
      ObjectNode node = array.addObject();
      node.put("shock", shocks.get(v - 1));
      Scenario shockFile = shockFiles.get(v - 1);
      node.put("description", shockFile.description());
      node.put("scenario_hash", shockFile.hash());
      ArrayNode windows = node.putArray("windows");
      for (Shock s : shockFile.parameters().shocks()) {
        ObjectNode w = windows.addObject();
        w.put("name", s.name());
        w.put("start_month", s.startMonth());
        w.put("duration_months", Numbers.decimal(s.durationMonths()));
        w.put("shape", s.shape().name());
        w.put("recovery", Numbers.decimal(s.recovery()));
      }
      Recovery r = recoveries.get(v - 1);
      ObjectNode recovery = node.putObject("recovery");
      recovery.put("share_recovered", Numbers.decimal(r.share()));
      recovery.put("runs_recovered", r.recovered());
      Json.putMaybe(recovery, "median_months_among_recovered", r.medianMonths());
      recovery.put("median_run_recovers", r.medianRunRecovers());
      recovery.put("shock_end_month", r.shockEndMonth());
      recovery.put("shock_ends_before_horizon", r.shockEndsBeforeHorizon());
      ObjectNode stress = node.putObject("stress");
      for (int i = 0; i < e.pairMetrics(v).size(); i++) {
        stress.set(e.pairMetrics(v).get(i).key(), Json.summary(e.pairMetric(v, i)));
      }
      ObjectNode differences = node.putObject("paired_differences");
      for (Metric m : Metric.values()) {
        differences.set(m.key(), CompareJson.difference(e.difference(v, m)));
      }
      ObjectNode metrics = node.putObject("metrics");
      for (Metric m : Metric.values()) {
        metrics.set(m.key(), Json.summary(results.get(v).summary(m)));
      }
      node.set(SummaryJson.HIRE_PAYBACK, Json.hirePayback(results.get(v).hirePayback()));
    }
    root.set("parameters", Json.stable(ScenarioWriter.toTree(plan)));
    Json.write(file, root);
  }

  /**
   * The table on stdout: per shock, what it costs, the share of runs back at the pre-shock run
   * rate by the end, and the median months among those ("not within the horizon" when fewer than
   * half are); a shock still on at the horizon is marked, with a warning under the table.
   */
  public static void print(
      PrintStream out,
      Scenario plan,
      List<String> shocks,
      List<RunResult> results,
      Experiment e,
      List<Recovery> recoveries) {
    out.printf(
        Locale.ROOT,
        "%s under %d shocks, %d runs each on common random numbers (against the same runs without"
            + " the shock)%n",
        plan.name(),
        shocks.size(),
        results.get(0).runs());
    int width = "shock".length();
    for (String s : shocks) {
      width = Math.max(width, s.length() + 2);
    }
    String line = "  %-" + width + "s %16s %10s %22s %16s %16s %16s%n";
    out.printf(
        Locale.ROOT, line, "shock", "bookings lost", "runs", "months to recover", "lowest monthly",
        "P5 bookings", "P5 contribution");
    out.printf(
        Locale.ROOT, line, "", "in the window", "recovered", "(median, if recovered)",
        "contribution", "(horizon)", "(horizon)");
    out.printf(
        Locale.ROOT,
        line,
        "none",
        "-",
        "-",
        "-",
        "-",
        HeadlineTable.value(
            results.get(0).summary(Metric.BOOKINGS_TOTAL).p5(), Metric.BOOKINGS_TOTAL, ""),
        HeadlineTable.value(
            results.get(0).summary(Metric.CONTRIBUTION).p5(), Metric.CONTRIBUTION, ""));
    List<String> cut = new ArrayList<>();
    for (int v = 1; v < results.size(); v++) {
      Recovery r = recoveries.get(v - 1);
      String mark = r.shockEndsBeforeHorizon() ? "" : " *";
      if (!mark.isEmpty()) {
        cut.add(shocks.get(v - 1) + " (to month " + r.shockEndMonth() + ")");
      }
      out.printf(
          Locale.ROOT,
          line,
          shocks.get(v - 1) + mark,
          HeadlineTable.value(
              stress(e, v, StressMetric.BOOKINGS_LOST_IN_SHOCK_WINDOW), Metric.BOOKINGS_TOTAL, ""),
          String.format(Locale.ROOT, "%.0f%%", 100 * r.share()),
          r.medianRunRecovers()
              ? String.format(Locale.ROOT, "%s", Numbers.format(r.medianMonths()))
              : "not within the horizon",
          HeadlineTable.value(
              stress(e, v, StressMetric.LOWEST_MONTHLY_CONTRIBUTION), Metric.CONTRIBUTION, ""),
          HeadlineTable.value(
              results.get(v).summary(Metric.BOOKINGS_TOTAL).p5(), Metric.BOOKINGS_TOTAL, ""),
          HeadlineTable.value(
              results.get(v).summary(Metric.CONTRIBUTION).p5(), Metric.CONTRIBUTION, ""));
    }
    if (!cut.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  * still on at the end of the %d-month horizon: %s. Its recovery figures count only"
              + " what happened by then.%n",
          results.get(0).months(),
          String.join(", ", cut));
    }
  }

  /** The warning {@code salesim stress} gives before it runs; null if every shock ends in time. */
  public static String horizonWarning(List<String> shocks, List<StressWindow> windows, int months) {
    List<String> late = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < shocks.size(); i++) {
      if (!windows.get(i).endsInHorizon()) {
        late.add(shocks.get(i));
        ends.add(windows.get(i).shockEnd());
      }
    }
    return late.isEmpty()
        ? null
        : "salesim: warning: "
            + cutShort(late, ends, months)
            + "; its recovery figures are marked. Lengthen calendar.months to see it.";
  }

  /**
   * "long-u (to month 36) does not end before the 36-month horizon, so recovery from it cannot be
   * seen in full": the one sentence, for terminal and report, on shocks still on at the end.
   */
  static String cutShort(List<String> shocks, List<Integer> endMonths, long months) {
    List<String> named = new ArrayList<>();
    for (int i = 0; i < shocks.size(); i++) {
      named.add(shocks.get(i) + " (to month " + endMonths.get(i) + ")");
    }
    boolean one = named.size() == 1;
    return String.format(
        Locale.ROOT,
        "%s %s not end before the %d-month horizon, so recovery from %s cannot be seen in full",
        String.join(", ", named),
        one ? "does" : "do",
        months,
        one ? "it" : "them");
  }

  /** The mean of a stress metric of shock variant {@code v}. */
  private static double stress(Experiment e, int v, StressMetric metric) {
    return e.pairMetric(v, metric.key()).mean();
  }
}
