package salesim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import salesim.experiment.Experiment;
import salesim.experiment.PairedDifference;
import salesim.experiment.RunResult;
import salesim.experiment.Sensitivity;
import salesim.model.Metric;
import salesim.scenario.Scenario;
import salesim.scenario.ScenarioWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tornado: per parameter and metric, the paired effect of its low and high value against
 * the base. Variant 0 is the base; parameter i runs as variants 2i + 1 (low) and 2i + 2 (high).
 */
public final class SensitivityReport {

  /** The metrics every tornado row is given for. */
  public static final List<Metric> METRICS =
      List.of(Metric.CONTRIBUTION, Metric.BOOKINGS_TOTAL, Metric.COST_OF_SALES, Metric.OUTBOUND_HOURS_SHARE);

  private SensitivityReport() {}

  /** Parameter indices ordered by the swing of {@code target}, widest first. */
  static List<Integer> order(List<Sensitivity> parameters, Experiment e, Metric target) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingDouble((Integer i) -> -swing(e, i, target)).thenComparing(i -> i));
    return order;
  }

  static double swing(Experiment e, int i, Metric metric) {
    return Math.abs(e.difference(2 * i + 2, metric).mean() - e.difference(2 * i + 1, metric).mean());
  }

  /** sensitivity.csv, rows in tornado order of the target metric. */
  public static void writeCsv(Path file, List<Sensitivity> parameters, List<RunResult> results, Experiment e, Metric target) {
    try (BufferedWriter out = OutputFiles.writer(file)) {
      out.write(
          "parameter,base_value,low_value,high_value,metric,base_mean,low_mean,low_diff,low_diff_ci95_low,"
              + "low_diff_ci95_high,high_mean,high_diff,high_diff_ci95_low,high_diff_ci95_high,swing\n");
      for (int i : order(parameters, e, target)) {
        Sensitivity s = parameters.get(i);
        for (Metric metric : METRICS) {
          PairedDifference low = e.difference(2 * i + 1, metric);
          PairedDifference high = e.difference(2 * i + 2, metric);
          out.write(
              String.join(
                      ",",
                      Csv.field(s.path()),
                      Numbers.format(s.base()),
                      Numbers.format(s.low()),
                      Numbers.format(s.high()),
                      metric.key(),
                      Numbers.format(results.get(0).summary(metric).mean()),
                      Numbers.format(results.get(2 * i + 1).summary(metric).mean()),
                      Numbers.format(low.mean()),
                      Numbers.format(low.ci95Low()),
                      Numbers.format(low.ci95High()),
                      Numbers.format(results.get(2 * i + 2).summary(metric).mean()),
                      Numbers.format(high.mean()),
                      Numbers.format(high.ci95Low()),
                      Numbers.format(high.ci95High()),
                      Numbers.format(swing(e, i, metric)))
                  + "\n");
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
    }
  }

  /** summary.json of a sensitivity analysis. */
  public static void writeJson(
      Path file,
      Scenario base,
      double delta,
      List<Sensitivity> parameters,
      List<RunResult> results,
      Experiment e,
      Metric target,
      List<String> overrides) {
    ObjectNode root = Json.header("sensitivity", base, results.get(0), overrides);
    root.put("delta", Numbers.decimal(delta));
    root.put("target", target.key());
    ObjectNode baseMetrics = root.putObject("base").putObject("metrics");
    for (Metric m : METRICS) {
      baseMetrics.set(m.key(), Json.summary(results.get(0).summary(m)));
    }
    ArrayNode rows = root.putArray("tornado");
    for (int i : order(parameters, e, target)) {
      Sensitivity s = parameters.get(i);
      ObjectNode row = rows.addObject();
      row.put("parameter", s.path());
      row.put("base_value", Numbers.decimal(s.base()));
      row.put("low_value", Numbers.decimal(s.low()));
      row.put("high_value", Numbers.decimal(s.high()));
      ObjectNode effects = row.putObject("effects");
      for (Metric m : METRICS) {
        ObjectNode effect = effects.putObject(m.key());
        effect.set("low", CompareJson.difference(e.difference(2 * i + 1, m)));
        effect.set("high", CompareJson.difference(e.difference(2 * i + 2, m)));
      }
    }
    root.set("parameters", Json.stable(ScenarioWriter.toTree(base)));
    Json.write(file, root);
  }

  /** The tornado as text, widest bar first. */
  public static void print(PrintStream out, Scenario base, double delta, List<Sensitivity> parameters, Experiment e, Metric target, List<String> skipped) {
    out.printf(
        Locale.ROOT,
        "%s: effect of each parameter at -/+%.0f%% on %s (paired against the base, common random numbers)%n",
        base.name(),
        100 * delta,
        target.key());
    out.printf(Locale.ROOT, "  %-52s %14s %14s %14s%n", "parameter (low .. high)", "low", "high", "swing");
    for (int i : order(parameters, e, target)) {
      Sensitivity s = parameters.get(i);
      out.printf(
          Locale.ROOT,
          "  %-52s %14s %14s %14s%n",
          s.path() + " (" + Numbers.format(s.low()) + " .. " + Numbers.format(s.high()) + ")",
          signed(e.difference(2 * i + 1, target).mean(), target),
          signed(e.difference(2 * i + 2, target).mean(), target),
          HeadlineTable.value(swing(e, i, target), target, ""));
    }
    if (!skipped.isEmpty()) {
      out.println("  (not in this scenario, skipped: " + String.join(", ", skipped) + ")");
    }
  }

  private static String signed(double value, Metric metric) {
    String text = HeadlineTable.value(value, metric, "");
    return value > 0 ? "+" + text : text;
  }
}
