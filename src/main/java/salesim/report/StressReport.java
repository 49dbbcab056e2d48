package salesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import salesim.experiment.Experiment;
import salesim.experiment.ExperimentKind;
import salesim.experiment.MetricSummary;
import salesim.experiment.PairMetric;
import salesim.experiment.RunResult;
import salesim.experiment.StressMetric;
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

  /** stress.csv: per shock, each stress metric's mean, CI, p5 and p95, and the plan's P5s. */
  public static void writeCsv(Path file, List<String> shocks, List<RunResult> results, Experiment e) {
    try (BufferedWriter out = OutputFiles.writer(file)) {
      StringBuilder header = new StringBuilder("shock");
      List<String> keys = e.pairMetrics(1).stream().map(PairMetric::key).toList();
      for (String key : keys) {
        for (String stat : new String[] {"mean", "ci95_low", "ci95_high", "p5", "p50", "p95"}) {
          header.append(',').append(key).append('_').append(stat);
        }
      }
      header.append(",bookings_total_p5,contribution_p5,bookings_total_mean,contribution_mean");
      out.write(header.append('\n').toString());
      out.write(row("none", null, results.get(0), keys.size()));
      for (int v = 1; v < results.size(); v++) {
        out.write(row(shocks.get(v - 1), e, results.get(v), v));
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
    return row.append('\n').toString();
  }

  /** summary.json: the plan's block, each shocked block, and the stress metrics. */
  public static void writeJson(
      Path file,
      Scenario plan,
      List<Scenario> shockFiles,
      List<RunResult> results,
      Experiment e,
      List<String> overrides) {
    List<String> shocks = shockFiles.stream().map(Scenario::name).toList();
    ObjectNode root = Json.header(ExperimentKind.STRESS, plan, results.get(0), overrides);
    ObjectNode baseline = root.putObject("no_shock");
    ObjectNode baseMetrics = baseline.putObject("metrics");
    for (Metric m : Metric.values()) {
      baseMetrics.set(m.key(), Json.summary(results.get(0).summary(m)));
    }
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
    }
    root.set("parameters", Json.stable(ScenarioWriter.toTree(plan)));
    Json.write(file, root);
  }

  /** The table on stdout. */
  public static void print(PrintStream out, Scenario plan, List<String> shocks, List<RunResult> results, Experiment e) {
    out.printf(
        Locale.ROOT,
        "%s under %d shocks, %d runs each on common random numbers (against the same runs without the shock)%n",
        plan.name(),
        shocks.size(),
        results.get(0).runs());
    out.printf(
        Locale.ROOT,
        "  %-20s %16s %12s %16s %16s %16s%n",
        "shock",
        "bookings lost",
        "months to",
        "lowest monthly",
        "P5 bookings",
        "P5 contribution");
    out.printf(
        Locale.ROOT,
        "  %-20s %16s %12s %16s %16s %16s%n",
        "",
        "in the window",
        "recover",
        "contribution",
        "(horizon)",
        "(horizon)");
    out.printf(
        Locale.ROOT,
        "  %-20s %16s %12s %16s %16s %16s%n",
        "none",
        "-",
        "-",
        "-",
        HeadlineTable.value(results.get(0).summary(Metric.BOOKINGS_TOTAL).p5(), Metric.BOOKINGS_TOTAL, ""),
        HeadlineTable.value(results.get(0).summary(Metric.CONTRIBUTION).p5(), Metric.CONTRIBUTION, ""));
    for (int v = 1; v < results.size(); v++) {
      out.printf(
          Locale.ROOT,
          "  %-20s %16s %12.1f %16s %16s %16s%n",
          shocks.get(v - 1),
          HeadlineTable.value(
              stress(e, v, StressMetric.BOOKINGS_LOST_IN_SHOCK_WINDOW), Metric.BOOKINGS_TOTAL, ""),
          stress(e, v, StressMetric.MONTHS_TO_REGAIN_RUN_RATE),
          HeadlineTable.value(
              stress(e, v, StressMetric.LOWEST_MONTHLY_CONTRIBUTION), Metric.CONTRIBUTION, ""),
          HeadlineTable.value(results.get(v).summary(Metric.BOOKINGS_TOTAL).p5(), Metric.BOOKINGS_TOTAL, ""),
          HeadlineTable.value(results.get(v).summary(Metric.CONTRIBUTION).p5(), Metric.CONTRIBUTION, ""));
    }
  }

  /** The mean of a stress metric of shock variant {@code v}. */
  private static double stress(Experiment e, int v, StressMetric metric) {
    return e.pairMetric(v, metric.key()).mean();
  }
}
